"""Moderating a channel posting in a group (Telegram's `sender_chat`), on both drivers against
the fake Bot API. Telegram bans a channel only for good, so a timed step against one is a ban
lifted by a job when it ends (surviving a restart), a kick a one-hour ban, and the texts say
what was done."""

from __future__ import annotations

import pytest
from support.telegram_harness import CHAT_ID, OWNER_ID, TelegramHarness

from groupops.core.storage.models import AuditEntry, Member

pytestmark = pytest.mark.parametrize("driver", ["aiogram", "ptb"])
SPAM = {"id": -1001700000002, "type": "channel", "title": "Deals Daily"}
ADMIN_CHAT = -1009999999999


@pytest.fixture
async def h(sqlite_url, driver):
    extra = {
        "rulesets": {"main": {"moderation": {"notify_admins": True}}},
        "communities": {"club": {"admin_chat": f"telegram:{ADMIN_CHAT}"}},
    }
    harness = await TelegramHarness.open(driver, sqlite_url, extra)
    harness.world.group(ADMIN_CHAT, "Admins")
    yield harness
    await harness.close()


def _banned(h) -> set[int]:
    return h.world.chats[CHAT_ID].banned_sender_chats


async def _post_and(h, command: str) -> None:
    post = h.world.say_as_channel(CHAT_ID, SPAM, "buy now")
    h.world.say(CHAT_ID, OWNER_ID, command, reply_to_message=post)
    await h.settle()


async def test_a_timed_mute_of_a_channel_is_a_ban_lifted_when_it_ends(h, driver):
    await _post_and(h, "/mute 1h spam")
    assert _banned(h) == {SPAM["id"]}
    assert h.texts()[-1] == "Deals Daily has been banned for 1 hour: spam."
    assert h.texts(ADMIN_CHAT)[-1].startswith("Moderation: Olga took ban for 1 hour against")
    await h.switch("ptb" if driver == "aiogram" else "aiogram")  # a restart in between
    h.clock.advance(minutes=61)
    await h.engine.scheduler.run_due()
    await h.settle()
    assert _banned(h) == set()
    assert h.fake.called("unbanChatSenderChat") == [
        {"chat_id": CHAT_ID, "sender_chat_id": SPAM["id"]}
    ]


async def test_a_kick_of_a_channel_is_a_one_hour_ban(h):
    await _post_and(h, "/kick")
    assert h.texts()[-1] == "Deals Daily has been banned for 1 hour: a moderator's decision."
    assert h.fake.called("banChatMember") == []
    h.clock.advance(minutes=61)
    await h.engine.scheduler.run_due()
    await h.settle()
    assert _banned(h) == set()


async def test_the_ladders_mute_step_against_a_spamming_channel_is_timed(sqlite_url, driver):
    extra = {
        "rulesets": {"main": {"moderation": {
            "notify_admins": True, "escalation": ["mute 1h"],
            "blocklist": {"words": ["scamcoin"]},
        }}},
        "communities": {"club": {"admin_chat": f"telegram:{ADMIN_CHAT}"}},
    }  # fmt: skip
    h = await TelegramHarness.open(driver, sqlite_url, extra)
    try:
        h.world.group(ADMIN_CHAT, "Admins")
        h.world.say_as_channel(CHAT_ID, SPAM, "buy scamcoin")
        await h.settle()
        assert h.texts()[-1] == "Deals Daily has been banned for 1 hour: a blocked word."
        assert "step: ban for 1 hour" in h.texts(ADMIN_CHAT)[-1]
        h.clock.advance(minutes=61)
        await h.engine.scheduler.run_due()
        await h.settle()
        assert _banned(h) == set()
    finally:
        await h.close()


async def test_a_timed_ban_of_a_channel_ends_and_a_permanent_one_does_not(h):
    await _post_and(h, "/ban 3d")
    h.world.say(CHAT_ID, OWNER_ID, f"/unban {SPAM['id']}")
    await h.settle()
    h.world.say(CHAT_ID, OWNER_ID, f"/ban {SPAM['id']} for good")  # given again, for good
    await h.settle()
    h.clock.advance(days=4)
    await h.engine.scheduler.run_due()
    await h.settle()
    assert _banned(h) == {SPAM["id"]}  # the earlier timed ban's end lifts nothing
    assert len(h.fake.called("unbanChatSenderChat")) == 1  # the /unban


async def test_a_channels_id_names_the_channel_never_a_user(h):
    post = h.world.say_as_channel(CHAT_ID, SPAM, "buy now")
    h.world.say(CHAT_ID, OWNER_ID, "/unmute", reply_to_message=post)
    h.world.say(CHAT_ID, OWNER_ID, "/ban -1001700000003 spam")  # not seen here: as asked
    # neither the community's own chats nor ids no channel has: each was banned as a channel
    for typed in (f"/ban {ADMIN_CHAT}", "/ban -5", "/ban -4500000001"):
        h.world.say(CHAT_ID, OWNER_ID, typed)
    await h.settle()
    assert h.texts()[0] == (
        "Deals Daily is a channel: a channel cannot be muted, only banned (/ban, /unban)."
    )
    assert sorted(h.texts()[1:]) == sorted(
        [
            "-1001700000003 has been banned: spam.",
            f"{ADMIN_CHAT} is not a member: it is this group, the bot, or an account the platform "
            "posts under on others' behalf (an anonymous admin, a channel). Reply to a member's "
            "message, mention them or give their id.",
            "Reply to their message, mention them or give their id.",
            "Reply to their message, mention them or give their id.",
        ]
    )
    assert h.fake.called("restrictChatMember") == h.fake.called("banChatMember") == []
    assert h.fake.called("banChatSenderChat") == [
        {"chat_id": CHAT_ID, "sender_chat_id": -1001700000003}
    ]
    assert not await Member.exists(key__startswith="telegram:user:-")


async def test_commands_in_reply_to_the_linked_channels_post_are_refused(h):
    linked = {"id": -1002000000001, "type": "channel", "title": "Club News"}
    telegram = {"id": 777000, "is_bot": False, "first_name": "Telegram"}
    forward = h.world.post(
        CHAT_ID, telegram, "Meetup on Friday", sender_chat=linked, is_automatic_forward=True,
        forward_origin={"type": "channel", "chat": linked, "message_id": 5, "date": 0},
    )  # fmt: skip
    h.world.push("message", forward)
    h.world.say(CHAT_ID, OWNER_ID, "/mute", reply_to_message=forward)
    h.world.say(CHAT_ID, OWNER_ID, "/warn", reply_to_message=forward)
    await h.settle()
    refusal = (
        "That message is a post of the group's own linked channel, copied in by the platform; "
        "commands never act on the group or its channel. Reply to a member's message, mention "
        "them or give their id."
    )
    assert h.texts() == [refusal, refusal]
    assert _banned(h) == set()
    assert await AuditEntry.filter(action__in=("ban", "warn", "remind")).count() == 0


async def test_a_channel_and_an_anonymous_admin_are_named_as_members_see_them(h):
    h.member(42, "Ann")
    ann = h.world.say(CHAT_ID, 42, "hello")
    post = h.world.say_as_channel(CHAT_ID, SPAM, "buy now")
    h.world.say(CHAT_ID, OWNER_ID, "/info", reply_to_message=post)
    group = h.world.chats[CHAT_ID].as_json()
    anonymous = {"id": 1087968824, "is_bot": True, "first_name": "Group"}
    h.world.push("message", h.world.post(CHAT_ID, anonymous, "/warn be kind", sender_chat=group,
                                         reply_to_message=ann))  # fmt: skip
    await h.settle()
    assert h.texts()[0] == (
        "Deals Daily (-1001700000002)\n"
        "A channel posting in the group: no member; moderation can only ban it."
    )
    assert h.texts(ADMIN_CHAT)[-1].startswith(
        "Moderation: an anonymous admin took reminder against Ann"
    )


@pytest.mark.parametrize("blank", ["    ", "\u200b\u200c", "\u3164 \u2800"])
async def test_a_name_that_shows_nothing_reads_as_the_username_or_id(h, blank):
    h.world.user(43, blank)
    h.world.users[43]["username"] = "bo_blank"
    h.world.add_member(CHAT_ID, 43)
    h.world.user(44, blank)
    h.world.add_member(CHAT_ID, 44)
    h.world.say(CHAT_ID, 43, "/checkin")
    h.world.say(CHAT_ID, 44, "/checkin")
    await h.settle()
    h.world.say(CHAT_ID, 43, "/top")
    await h.settle()
    texts = h.texts()
    assert texts[0].startswith("@bo_blank checked in")
    assert texts[1].startswith("44 checked in")
    assert texts[2].splitlines()[1:] == ["1. @bo_blank · 1 point", "2. 44 · 1 point"]


async def test_unmute_of_a_channel_lifts_its_timed_ban(h):
    post = h.world.say_as_channel(CHAT_ID, SPAM, "buy now")
    h.world.say(CHAT_ID, OWNER_ID, "/mute 1h", reply_to_message=post)
    await h.settle()
    h.world.say(CHAT_ID, OWNER_ID, "/unmute", reply_to_message=post)
    await h.settle()
    assert h.texts()[-1] == "Deals Daily is no longer banned."
    assert _banned(h) == set()
    assert h.fake.called("restrictChatMember") == []
    h.clock.advance(minutes=61)
    await h.engine.scheduler.run_due()
    await h.settle()
    assert len(h.fake.called("unbanChatSenderChat")) == 1  # the ban's end finds it lifted
