"""Moderating a forum supergroup with its linked channel, on both drivers against the fake
Bot API: a notice about a message in a topic is posted in that topic; the channel's own posts,
copied in by Telegram, are never moderated; neither the group posting as itself (an anonymous
admin) nor a channel is counted as a member; /unban leaves no one recorded as banned."""

from __future__ import annotations

import pytest
from support.telegram_harness import CHAT_ID, OWNER_ID

from groupops.core.storage.models import Member

pytestmark = pytest.mark.parametrize("driver", ["aiogram", "ptb"])

RULES = {
    "rulesets": {
        "main": {
            "moderation": {
                "blocklist": {"words": ["scamcoin"]},
                "locks": {"locked": ["forward"]},
            }
        }
    }
}
TOPIC = {"message_thread_id": 7, "is_topic_message": True}
LINKED = {"id": -1002000000001, "type": "channel", "title": "Club News"}
TELEGRAM = {"id": 777000, "is_bot": False, "first_name": "Telegram"}  # automatic forwards
ANONYMOUS_BOT = 1087968824


def _forum(h) -> None:
    h.world.chats[CHAT_ID].is_forum = True


async def test_a_notice_about_a_message_in_a_topic_is_posted_in_that_topic(driver, open_harness):
    h = await open_harness(driver, RULES)
    _forum(h)
    ann = h.member(42, "Ann")  # never started the bot: the private warning falls back
    for _ in range(3):
        h.world.say(CHAT_ID, ann, "buy scamcoin now", **TOPIC)
        await h.settle()
    said = [(m["text"], m.get("message_thread_id")) for m in h.world.bot_messages(CHAT_ID)]
    assert said == [
        ("Ann, please mind the group rules: a blocked word.", 7),
        (
            "Ann: A warning from Test Club: a blocked word. You have 2 warnings; more may get "
            "you removed.",
            7,
        ),
        ("Ann has been removed from the group: a blocked word.", 7),
    ]


async def test_a_mute_given_in_a_topic_is_announced_in_it(driver, open_harness):
    h = await open_harness(driver, RULES)
    _forum(h)
    ann = h.member(42, "Ann", username="ann")
    h.world.say(CHAT_ID, ann, "hello", **TOPIC)
    await h.settle()
    h.world.say(CHAT_ID, OWNER_ID, "/mute @Ann 10m cool off", **TOPIC)
    await h.settle()
    said = [(m["text"], m.get("message_thread_id")) for m in h.world.bot_messages(CHAT_ID)]
    assert said[-1] == ("Ann has been muted for 10 minutes: cool off.", 7)


async def test_the_linked_channels_own_posts_are_never_moderated(driver, open_harness):
    h = await open_harness(driver, RULES)
    for text in ("New scamcoin scam going round: don't buy!", "Meetup on Friday"):
        h.world.push(
            "message",
            h.world.post(
                CHAT_ID, TELEGRAM, text, sender_chat=LINKED, is_automatic_forward=True,
                forward_origin={"type": "channel", "chat": LINKED, "message_id": 5, "date": 0},
            ),
        )  # fmt: skip
    await h.settle()
    assert h.world.visible(CHAT_ID) == [
        "New scamcoin scam going round: don't buy!",
        "Meetup on Friday",
    ]
    assert h.world.bot_messages(CHAT_ID) == []
    assert h.world.chats[CHAT_ID].banned_sender_chats == set()
    assert not await Member.exists(key=f"telegram:{LINKED['id']}")


async def test_the_group_itself_and_a_channel_are_no_members(driver, open_harness):
    h = await open_harness(driver, RULES)
    ann = h.member(42, "Ann")
    group = h.world.chats[CHAT_ID].as_json()
    anonymous = h.world.user(ANONYMOUS_BOT, "Group")
    h.world.push("message", h.world.post(CHAT_ID, anonymous, "Rules updated", sender_chat=group))
    h.world.say_as_channel(CHAT_ID, {"id": -1003000000001, "type": "channel", "title": "Deals"},
                           "hi all")  # fmt: skip
    h.world.say(CHAT_ID, ann, "hello")
    await h.settle()
    keys = set(await Member.filter(community="club").values_list("key", flat=True))
    assert f"telegram:user:{ann}" in keys
    assert not {f"telegram:{CHAT_ID}", "telegram:-1003000000001"} & keys


async def test_an_anonymous_admin_refused_a_deputy_command_is_told_why(driver, open_harness):
    h = await open_harness(driver, RULES)
    group = h.world.chats[CHAT_ID].as_json()
    anonymous = h.world.user(ANONYMOUS_BOT, "Group")
    h.world.push("message", h.world.post(CHAT_ID, anonymous, "/addblocklist spamword",
                                         sender_chat=group))  # fmt: skip
    await h.settle()
    assert h.texts() == [
        "Only the owner and deputy owners can use /addblocklist. Posting as the group, you "
        "count as an admin: send it under your own name."
    ]


async def test_an_unbanned_member_is_no_longer_recorded_as_banned(driver, open_harness):
    h = await open_harness(driver, RULES)
    ann = h.member(42, "Ann")
    h.world.say(CHAT_ID, ann, "hello")
    await h.settle()
    h.world.say(CHAT_ID, OWNER_ID, f"/ban {ann} spam")
    await h.settle()
    assert (await Member.get(community="club", key=f"telegram:user:{ann}")).status == "banned"
    h.world.say(CHAT_ID, OWNER_ID, f"/unban {ann}")
    await h.settle()
    assert h.texts()[-1] == "Ann is no longer banned."
    assert (
        await Member.get(community="club", key=f"telegram:user:{ann}")
    ).status == "unbanned"  # out until back, not gone
