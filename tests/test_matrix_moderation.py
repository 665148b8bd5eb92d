"""Moderation of what Matrix clients show, against a real Synapse: a link hidden in a
message's HTML body, an edit chain of a message moderation removed, the bot losing its power
level or its place in the room."""

from __future__ import annotations

from urllib.parse import quote

import pytest
from loguru import logger
from support.harness import merge
from support.matrix_fixtures import until
from support.matrix_harness import MatrixHarness

from groupops.core.refs import Ref

pytestmark = pytest.mark.timeout(240)  # Synapse starting on a busy machine included
LOCKED_URL = {"rulesets": {"main": {"moderation": {"locks": {"locked": ["url"]}}}}}
NEWCOMERS = {"rulesets": {"main": {"moderation": {"newcomers": {"enabled": True}}}}}
CRYPTO = {"rulesets": {"main": {"moderation": {"blocklist": {"words": ["купуйте крипту"]}}}}}
GIFT = "https://free-gift.example/claim"
WELCOME = "Welcome to Test Club, {}! Please read the group rules and say hello."
NEWCOMER_REMINDER = "{}, please mind the group rules: links or contacts from a new member."


def hidden_link(h: MatrixHarness, member, words: str, url: str) -> str:
    """A message whose link is only in its HTML body, behind words (as clients render it)."""
    return h.users[member].send(
        h.room,
        f"{words}, щоб отримати подарунок",
        format="org.matrix.custom.html",
        formatted_body=f'<a href="{url}">{words}</a>, щоб отримати подарунок',
    )


async def test_a_link_hidden_in_the_html_body_is_caught_by_the_url_lock(open_matrix):
    h = await open_matrix(LOCKED_URL)
    kat = h.member("Kat")
    await h.settle()
    h.say(kat, "привіт")
    hidden_link(h, kat, "Натисніть тут", GIFT)
    await h.settle()
    assert h.visible() == [WELCOME.format("Kat"), "привіт"]  # the link's message redacted


async def test_a_newcomers_link_hidden_in_the_html_body_is_caught(open_matrix):
    h = await open_matrix(NEWCOMERS)
    kat = h.member("Kat")
    await h.settle()
    hidden_link(h, kat, "Натисніть тут", GIFT)
    await h.settle()
    assert h.visible() == [WELCOME.format("Kat"), NEWCOMER_REMINDER.format("Kat")]


def owner_of(h: MatrixHarness) -> Ref:
    return Ref.user("matrix", h.owner.user_id)


def set_levels(h: MatrixHarness, *, actions: dict | None = None, **users: int) -> None:
    """The owner changes power levels (members' by user id, `actions`' like kick) as a
    client would."""
    levels = h.owner.state(h.room, "m.room.power_levels") or {}
    levels["users"] = {**levels.get("users", {}), **users}
    levels.update(actions or {})
    path = f"/_matrix/client/v3/rooms/{quote(h.room)}/state/m.room.power_levels"
    h.owner.call("PUT", path, levels)


async def test_the_owner_is_told_once_when_the_bot_loses_its_power_level(open_matrix):
    h = await open_matrix()
    ann = h.member("Ann")
    await h.settle()
    set_levels(h, **{h.bot.user_id: 0})
    told = await until(lambda: h.direct_texts(owner_of(h)), settle=h.settle)
    assert told == [
        "The bot lost its admin rights in Test Club: it can no longer delete messages (spam "
        "stays up) and mute, ban or remove members. Make it an admin with those rights again "
        "to moderate."
    ]
    set_levels(h, **{ann.local_id: 10})  # a change that takes nothing more from the bot
    h.say(ann, "hello")
    await h.settle()
    assert h.direct_texts(owner_of(h)) == told


async def test_the_owner_is_told_what_a_lower_level_still_leaves_the_bot(open_matrix):
    h = await open_matrix()
    await h.settle()
    # may still redact, may no longer kick or ban
    set_levels(h, actions={"redact": 50, "kick": 75, "ban": 75}, **{h.bot.user_id: 60})
    told = await until(lambda: h.direct_texts(owner_of(h)), settle=h.settle)
    assert told == [
        "The bot lost its admin rights in Test Club: it can no longer mute, ban or remove "
        "members. Make it an admin with those rights again to moderate."
    ]


async def test_a_moderator_level_bot_is_said_to_lose_muting_only(open_matrix):
    h = await open_matrix()
    await h.settle()
    # level 50 still bans, removes and redacts; changing the power levels (a mute) needs 100
    set_levels(h, actions={"redact": 50, "kick": 50, "ban": 50}, **{h.bot.user_id: 50})
    told = await until(lambda: h.direct_texts(owner_of(h)), settle=h.settle)
    assert told == [
        "The bot lost its admin rights in Test Club: it can no longer mute members. Make it "
        "an admin with those rights again to moderate."
    ]


async def test_the_owner_is_told_when_the_bot_is_kicked(open_matrix):
    h = await open_matrix()
    await h.settle()
    said: list[str] = []
    sink = logger.add(said.append, format="{level} {message}", level="INFO")
    try:
        h.owner.member_call(h.room, "kick", h.bot.user_id)
        told = await until(lambda: h.direct_texts(owner_of(h)), settle=h.settle)
    finally:
        logger.remove(sink)
    # the operator watching `groupops run` heard nothing of it
    assert (
        f"WARNING {h.chat}: the bot was removed by {h.owner.user_id}: it no longer reads, "
        "moderates or answers there\n"
    ) in said, said
    assert told == [
        "The bot was removed from Test Club: it no longer reads, moderates or answers there. "
        "Add it back as an admin to moderate again."
    ]


def edit(h: MatrixHarness, member: Ref, original: str, text: str) -> str:
    new = {"msgtype": "m.text", "body": text}
    relates = {"rel_type": "m.replace", "event_id": original}
    return h.users[member].send(
        h.room, f"* {text}", **{"m.new_content": new, "m.relates_to": relates}
    )


async def test_every_edit_of_a_removed_message_is_redacted_also_later_ones(open_matrix):
    h = await open_matrix(CRYPTO)
    ivan = h.member("Ivan")
    await h.settle()
    first = h.say(ivan, "Хтось пробував asyncio з Tortoise ORM?")
    await h.settle()
    edit(h, ivan, first, "Купуйте крипту тут: https://scam-coin.example/ref=1")
    await h.settle()  # the original and this edit are redacted
    edit(h, ivan, first, "Купуйте крипту тут: https://scam-coin.example/ref=2 швидко")
    await h.settle()
    reminder = "Ivan, please mind the group rules: a blocked word."
    assert h.visible() == [WELCOME.format("Ivan"), reminder]  # one message, one reminder


async def test_later_edits_of_a_message_the_rule_leaves_up_stay(open_matrix):
    kept = {"rulesets": {"main": {"moderation": {"blocklist": {"delete": False}}}}}
    h = await open_matrix(merge(CRYPTO, kept))
    ivan = h.member("Ivan")
    await h.settle()
    first = h.say(ivan, "Хтось пробував asyncio?")
    await h.settle()
    edit(h, ivan, first, "Купуйте крипту тут")
    await h.settle()
    edit(h, ivan, first, "Купуйте крипту тут, швидко")
    await h.settle()
    reminder = "Ivan, please mind the group rules: a blocked word."
    assert h.visible() == [
        WELCOME.format("Ivan"),
        "Хтось пробував asyncio?",
        "* Купуйте крипту тут",
        reminder,
        "* Купуйте крипту тут, швидко",
    ]


async def test_spam_given_on_a_message_moderation_deleted_redacts_it_once(open_matrix):
    h = await open_matrix(CRYPTO)
    ivan = h.member("Ivan")
    await h.settle()
    spam = h.say(ivan, "Купуйте крипту тут")
    await h.settle()  # deleted by the blocklist, with a reminder
    reply = {"m.relates_to": {"m.in_reply_to": {"event_id": spam}}}
    h.owner.send(h.room, "/spam", **reply)
    await h.settle()
    redactions = [
        e for e in h.synapse.messages(h.room)
        if e["type"] == "m.room.redaction" and e.get("redacts", e["content"].get("redacts")) == spam
    ]  # fmt: skip
    assert len(redactions) == 1
    assert h.texts()[-1] == "Learned as spam: Ivan, ban."
