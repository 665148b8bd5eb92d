"""A member's name inside a sentence reads right in every language: the name is a placeholder
the translation places (`{member}, вас заблоковано`, not "Іван вас заблоковано"), set apart by
a comma or a colon, and where Ukrainian or Russian would need it in an oblique case
("У Анна 1 бал") the sentence keeps it in the nominative ("Анна має 1 бал")."""

from __future__ import annotations

from groupops.core.capabilities import Capability
from groupops.core.i18n import render
from groupops.core.refs import Ref
from groupops.core.segments import Mention, T, Text

IVAN = Mention(Ref.user("local", "ivan"), "Іван")


def club(locale: str, moderation: dict | None = None) -> dict:
    return {
        "rulesets": {"main": {"moderation": moderation or {}}},
        "communities": {"club": {"locale": locale}},
    }


def last_id(h, user) -> str:
    return [m.id for m in h.world.chats[h.chat].messages.values() if m.sender == user][-1]


def test_a_mention_is_put_where_the_translation_places_its_placeholder():
    banned = T("{member} has been banned: {reason}.", member=IVAN, reason=T("spam"))
    assert render((banned,), "uk") == (IVAN, Text(", вас заблоковано: спам."))
    assert render((banned,), "en") == (IVAN, Text(" has been banned: spam."))
    reported = T("{reporter} reported {target} in {chat}", reporter="Софія", target=IVAN,
                 chat="Спільнота")  # fmt: skip
    assert render((reported,), "uk") == (Text("Скарга: Софія → "), IVAN, Text(", Спільнота"))
    # right to left: a sentence opening with a mention starts with a right-to-left mark
    said = render((banned,), "ar")
    assert said[0] == Text("\u200f") and said[2] == IVAN


async def test_a_ukrainian_group_is_addressed_with_a_comma_after_the_name(harness_factory):
    h = await harness_factory(club("uk", {"blocklist": {"words": ["казино"]}}))
    boss, ann = h.user("boss", admin=True), h.user("ann")
    await h.world.say(h.chat, ann, "казино")
    await h.settle()
    await h.world.say(h.chat, ann, "привіт")
    await h.world.say(h.chat, boss, "/tmute 10m", reply_to=last_id(h, ann))
    await h.world.say(h.chat, boss, "/warns", reply_to=last_id(h, ann))
    await h.world.say(h.chat, boss, "/ban", reply_to=last_id(h, ann))
    await h.world.say(h.chat, boss, "/unban @ann")
    await h.settle()
    assert h.world.texts(h.chat) == [
        "@Ann, будь ласка, дотримуйтеся правил групи: заборонене слово.",  # was "@Ann будь…"
        # was "@Ann вам заборонено писати…"
        "@Ann, вам заборонено писати (строк — 10 хвилин): рішення модератора.",
        "Ann має 1 попередження: заборонене слово.",  # was "У Ann 1 попередження…"
        "@Ann, вас заблоковано: рішення модератора.",  # was "@Ann вас заблоковано…"
        "Ann: бан знято.",  # was "Ann більше не заблоковано."
    ]


async def test_an_english_group_reads_the_notices_as_sentences(harness_factory):
    h = await harness_factory(club("en", {"blocklist": {"words": ["casino"]}}))
    boss, ann = h.user("boss", admin=True), h.user("ann")
    await h.world.say(h.chat, ann, "casino")
    await h.settle()
    await h.world.say(h.chat, ann, "hi")
    await h.world.say(h.chat, boss, "/tmute 10m", reply_to=last_id(h, ann))
    await h.settle()
    assert h.world.texts(h.chat) == [
        "@Ann, please mind the group rules: a blocked word.",  # was "@Ann please mind…"
        "@Ann has been muted for 10 minutes: a moderator's decision.",  # was "@Ann muted for…"
    ]


async def test_a_private_warning_said_in_the_group_sets_the_name_apart(harness_factory):
    no_private = [c for c in Capability if c not in (Capability.SEND_PRIVATE, Capability.MUTE)]
    moderation = {"blocklist": {"words": ["казино"]}, "escalation": ["warn_private"]}
    h = await harness_factory(club("uk", moderation), capabilities=no_private)
    ann = h.user("ann")
    await h.world.say(h.chat, ann, "казино")
    await h.settle()
    (said,) = h.world.texts(h.chat)
    # was "@Ann Попередження від спільноти…": the name ran into the sentence
    assert said.startswith("@Ann: Попередження від спільноти «Test Club»: заборонене слово.")
