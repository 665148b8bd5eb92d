"""What the bot says to a member privately is in their group's language: a Persian member of a
community whose default is Arabic reads /points, /help and /start in Persian."""

from __future__ import annotations

from groupops.core.refs import Ref

SETTINGS = {
    "communities": {
        "club": {
            "chats": ["local:ar", "local:fa"],
            "locale": "ar",
            "chat_locales": {"local:fa": "fa"},
        }
    }
}
AR, FA = Ref("local:ar"), Ref("local:fa")


def answers(h, user: Ref) -> list[str]:
    """The bot's answers in the member's private chat with it, without the bidi marks."""
    marks = str.maketrans("", "", "\u2068\u2069\u200e\u200f")
    return [t.translate(marks) for t in h.world.texts(h.world.chat(user.local_id).ref)]


async def test_a_member_seen_in_the_persian_group_is_answered_privately_in_persian(
    harness_factory,
):
    h = await harness_factory(SETTINGS)
    reza, ahmad = h.user("reza", chat=FA), h.user("ahmad", chat=AR)
    await h.world.say(FA, reza, "سلام", language="fa")
    await h.world.say(AR, ahmad, "مرحبا", language="en")  # an English app, an Arabic group
    await h.settle()
    for member in (reza, ahmad):
        h.world.chat(member.local_id)
    await h.world.say_private(reza, "/points", language="fa")
    await h.world.say_private(ahmad, "/points", language="en")
    await h.settle()
    assert answers(h, reza) == ["Reza 0 امتیاز دارد."]
    assert answers(h, ahmad) == ["ليس لدى Ahmad أي نقاط بعد."]  # the zero form says none yet


async def test_one_seen_in_no_group_yet_is_answered_in_the_platforms_language(harness_factory):
    h = await harness_factory(SETTINGS)
    omid = h.world.user("omid", "Omid")
    h.world.chat(omid.local_id)
    await h.world.say_private(omid, "/setlang", language="fa")
    await h.settle()
    assert answers(h, omid)[-1].startswith("کاربرد: /setlang")
    await h.world.say_private(omid, "/setlang de", language="fa")  # /setlang still wins
    await h.world.say_private(omid, "/setlang", language="fa")
    await h.settle()
    assert answers(h, omid)[-1].startswith("Verwendung: ")


async def test_the_group_a_member_was_last_seen_in_survives_a_restart(harness_factory):
    # kept with the member (members.last_group): after a redeploy Reza is still answered in
    # Persian, not the community's Arabic, before he writes in the group again
    h = await harness_factory(SETTINGS)
    reza = h.user("reza", chat=FA)
    await h.world.say(FA, reza, "سلام")
    await h.settle()
    await h.restart()
    h.world.chat(reza.local_id)
    await h.world.say_private(reza, "/points")
    await h.settle()
    assert answers(h, reza) == ["Reza 0 امتیاز دارد."]
