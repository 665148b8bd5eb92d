"""A kick never lifts a ban, on both drivers against the fake Bot API: Telegram has no kick,
only a ban lifted at once, so kicking someone already banned would let them back."""

from __future__ import annotations

import pytest
from support.telegram_harness import CHAT_ID, OWNER_ID, TelegramHarness

from groupops.core.actions import Ban, Kick
from groupops.core.refs import Ref

pytestmark = pytest.mark.parametrize("driver", ["aiogram", "ptb"])


@pytest.fixture
async def h(sqlite_url, driver):
    harness = await TelegramHarness.open(driver, sqlite_url)
    yield harness
    await harness.close()


async def test_ban_then_kick_commands_leave_the_member_banned(h):
    h.member(42, "Ann")
    h.world.say(CHAT_ID, OWNER_ID, "/ban 42 spam")
    await h.settle()
    h.world.say(CHAT_ID, OWNER_ID, "/kick 42 spam again")
    await h.settle()
    assert h.world.chats[CHAT_ID].status(42) == "kicked"  # still banned: cannot rejoin
    assert h.fake.called("unbanChatMember") == []


async def test_a_queued_kick_after_a_ban_leaves_the_ban(h):
    h.member(42, "Ann")
    h.member(43, "Bo")
    ann, bo = Ref("telegram:user:42"), Ref("telegram:user:43")
    await h.adapter.perform(Ban(chat=h.chat, user=ann))
    await h.adapter.perform(Kick(chat=h.chat, user=ann))
    await h.adapter.perform(Kick(chat=h.chat, user=bo))
    chat = h.world.chats[CHAT_ID]
    assert chat.status(42) == "kicked"
    assert chat.status(43) == "left"  # a kick still lets a member who was not banned back
