"""A moderation command given as a reply to a message that is not a member's (the bot's own,
an anonymous admin's posted as the group) is refused, on both drivers against the fake Bot
API: nobody is banned or warned, nothing goes on the shared list."""

from __future__ import annotations

import pytest
from support.fake_telegram.state import BOT_ID
from support.telegram_harness import CHAT_ID, OWNER_ID, TelegramHarness

from groupops.core.storage.models import AuditEntry, Member, SharedBan

pytestmark = pytest.mark.parametrize("driver", ["aiogram", "ptb"])
REFUSAL = (
    "That message is not a member's (it is the bot's or an anonymous admin's); reply to a "
    "member's message, mention them or give their id."
)


@pytest.fixture
async def h(sqlite_url, driver):
    extra = {"rulesets": {"main": {"moderation": {"shared_bans": "acme"}}}}
    harness = await TelegramHarness.open(driver, sqlite_url, extra)
    yield harness
    await harness.close()


async def test_ban_and_warn_in_reply_to_the_bot_are_refused(h):
    h.member(42, "Ann")
    h.world.say(CHAT_ID, 42, "/points")  # the bot answers: a message of its own to reply to
    await h.settle()
    (answer,) = h.world.bot_messages(CHAT_ID)
    h.world.say(CHAT_ID, OWNER_ID, "/ban spam", reply_to_message=answer)
    h.world.say(CHAT_ID, OWNER_ID, "/warn rude", reply_to_message=answer)
    await h.settle()
    assert h.texts()[-2:] == [REFUSAL, REFUSAL]
    assert h.fake.called("banChatMember") == []
    assert h.world.chats[CHAT_ID].status(BOT_ID) != "kicked"
    assert await SharedBan.all().count() == 0
    assert await AuditEntry.filter(action__in=("ban", "warn")).count() == 0


async def test_ban_in_reply_to_an_anonymous_admin_is_refused(h):
    group = h.world.chats[CHAT_ID].as_json()
    anonymous = h.world.post(CHAT_ID, {"id": 1087968824, "is_bot": True, "first_name": "Group"},
                             "pinned the rules", sender_chat=group)  # fmt: skip
    h.world.say(CHAT_ID, OWNER_ID, "/ban", reply_to_message=anonymous)
    await h.settle()
    assert h.texts()[-1] == REFUSAL
    assert h.fake.called("banChatMember") == h.fake.called("banChatSenderChat") == []


async def test_points_for_the_bot_itself_are_refused(h):
    h.member(42, "Ann")
    h.world.say(CHAT_ID, 42, "hello")
    h.world.say(CHAT_ID, OWNER_ID, f"/give {BOT_ID} 5 botid")
    h.world.say(CHAT_ID, OWNER_ID, f"/take {BOT_ID} 1 x")
    h.world.say(CHAT_ID, OWNER_ID, "/give @groupops_bot 10")  # was "I don't know @… yet"
    h.world.say(CHAT_ID, OWNER_ID, "/give 42 5 helpful")
    h.world.say(CHAT_ID, OWNER_ID, "/top")
    h.world.say(CHAT_ID, OWNER_ID, "/tiers")
    await h.settle()
    refusal = (
        "That account is not a member's (it is the bot's own, or one the platform posts "
        "under); points are for members."
    )
    texts = h.texts()
    assert texts[:4] == [refusal, refusal, refusal, "Ann received 5 points (helpful). Balance 5."]
    assert "Groupops" not in texts[4] and str(BOT_ID) not in texts[4]
    assert texts[5].splitlines()[1] == "core 0 · active 0 · normal 0 · lurker 0"
    assert await Member.filter(key=f"telegram:user:{BOT_ID}").count() == 0


async def test_the_group_itself_and_a_channel_earn_no_points(h):
    group = h.world.chats[CHAT_ID].as_json()
    anonymous = {"id": 1087968824, "is_bot": True, "first_name": "Group"}
    channel = {"id": -1001700000002, "type": "channel", "title": "Deals Daily"}
    h.member(42, "Ann")
    h.world.push("message", h.world.post(CHAT_ID, anonymous, "/checkin", sender_chat=group))
    h.world.push("message", h.world.post(CHAT_ID, anonymous, "/points", sender_chat=group))
    post = h.world.say_as_channel(CHAT_ID, channel, "/checkin")
    h.world.say(CHAT_ID, OWNER_ID, "/points", reply_to_message=post)
    h.world.say(CHAT_ID, 42, "/checkin")
    await h.settle()
    h.world.say(CHAT_ID, 42, "/top")
    await h.settle()
    refusal = (
        "That account is not a member's (it is the bot's own, or one the platform posts "
        "under); points are for members."
    )
    texts = h.texts()
    assert texts[:4] == [refusal] * 4
    assert texts[4].startswith("Ann checked in: +1 point.")
    assert texts[5].splitlines()[1:] == ["1. Ann · 1 point"]
    keys = await Member.filter(balance__gt=0).values_list("key", flat=True)
    assert keys == ["telegram:user:42"]


async def test_a_typed_stand_in_id_is_said_to_be_no_member(h):
    h.world.say(CHAT_ID, OWNER_ID, "/warn 136817688 spam")
    h.world.say(CHAT_ID, OWNER_ID, "/ban 1087968824")
    h.world.say(CHAT_ID, OWNER_ID, "/ban 777000")  # posts the linked channel's forwards
    await h.settle()
    assert h.texts() == [
        f"{stand_in} is not a member: it is this group, the bot, or an account the platform "
        "posts under on others' behalf (an anonymous admin, a channel). Reply to a member's "
        "message, mention them or give their id."
        for stand_in in (136817688, 1087968824, 777000)
    ]
    assert h.fake.called("banChatMember") == []
    assert await AuditEntry.filter(action__in=("ban", "warn")).count() == 0
