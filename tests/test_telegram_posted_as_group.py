"""Only Telegram's anonymous-admin account speaks as the group: a member's message that
carries `sender_chat` = the group beside their own `from` (a forged or malformed update) is
that member's, on both drivers against the fake Bot API: no admin power, no exemption."""

from __future__ import annotations

import pytest
from support.telegram_harness import CHAT_ID, TelegramHarness

from groupops.core.storage.models import AuditEntry

pytestmark = pytest.mark.parametrize("driver", ["aiogram", "ptb"])
RULES = {"rulesets": {"main": {"moderation": {"blocklist": {"words": ["刷单"]}}}}}
ANONYMOUS = {"id": 1087968824, "is_bot": True, "first_name": "Group",
             "username": "GroupAnonymousBot"}  # fmt: skip
MALLORY, VICTOR = 400001, 400002


@pytest.fixture
async def h(sqlite_url, driver):
    harness = await TelegramHarness.open(driver, sqlite_url, RULES)
    harness.member(MALLORY, "Mallory")
    harness.member(VICTOR, "Victor")
    harness.world.users[VICTOR]["username"] = "victor"
    yield harness
    await harness.close()


def as_group(h: TelegramHarness, sender: dict, text: str, **extra) -> dict:
    group = h.world.chats[CHAT_ID].as_json()
    message = h.world.post(CHAT_ID, sender, text, sender_chat=group, **extra)
    h.world.push("message", message)
    return message


async def test_a_member_posting_with_the_group_as_sender_chat_is_no_admin(h):
    victim = h.world.say(CHAT_ID, VICTOR, "victor again")
    await h.settle()
    mallory = h.world.users[MALLORY]
    as_group(h, mallory, "/ban", reply_to_message=victim)
    as_group(h, mallory, "/warn @victor spoof")
    await h.settle()
    assert h.world.chats[CHAT_ID].status(VICTOR) == "member"
    assert h.fake.called("banChatMember") == h.fake.called("banChatSenderChat") == []
    assert await AuditEntry.filter(action__in=("ban", "warn", "remind")).count() == 0
    assert not any("Victor" in text for text in h.texts())


async def test_a_member_posting_with_the_group_as_sender_chat_is_moderated(h):
    spam = as_group(h, h.world.users[MALLORY], "加微信 abc123456 刷单")
    await h.settle()
    assert h.world.chats[CHAT_ID].messages[spam["message_id"]].get("deleted")
    assert any(text.startswith("Mallory") for text in h.texts())


async def test_the_anonymous_admin_still_speaks_as_the_group(h):
    h.world.say(CHAT_ID, VICTOR, "hello")
    as_group(h, ANONYMOUS, "/warn @victor be kind")
    await h.settle()
    assert h.texts()[-1] == "Victor now has 1 warning."
    assert await AuditEntry.filter(action="warn").count() == 1
