"""The bot demoted or removed, on both drivers against the fake Bot API: the admins are told
once what it can no longer do, in the admin chat or, without one, the owner privately."""

from __future__ import annotations

import pytest
from support.fake_telegram.state import BOT_ID, BOT_USER, member_json
from support.telegram_harness import CHAT_ID, OWNER_ID

pytestmark = pytest.mark.parametrize("driver", ["aiogram", "ptb"])

ADMIN_CHAT_ID = -1009876543210
WITH_ADMIN_CHAT = {"communities": {"club": {"admin_chat": f"telegram:{ADMIN_CHAT_ID}"}}}
LOST = (
    "The bot lost its admin rights in Test Club: it can no longer delete messages (spam stays "
    "up) and mute, ban or remove members. Make it an admin with those rights again to moderate."
)
REMOVED = (
    "The bot was removed from Test Club: it no longer reads, moderates or answers there. Add "
    "it back as an admin to moderate again."
)


def bot_becomes(h, status: str) -> None:
    """The owner changes the bot's standing: Telegram sends the bot a my_chat_member."""
    chat = h.world.chats[CHAT_ID]
    old, new = chat.members[BOT_ID], member_json(BOT_USER, status)
    chat.members[BOT_ID] = new
    body = {
        "chat": chat.as_json(),
        "from": h.world.users[OWNER_ID],
        "date": h.world.now(),
        "old_chat_member": old,
        "new_chat_member": new,
    }
    h.world.push("my_chat_member", body)


async def test_the_admin_chat_hears_the_bot_was_demoted_then_removed(driver, open_harness):
    h = await open_harness(driver, WITH_ADMIN_CHAT)
    h.world.group(ADMIN_CHAT_ID, "Admins")
    bot_becomes(h, "member")
    await h.settle()
    assert h.world.texts(ADMIN_CHAT_ID) == [LOST]
    bot_becomes(h, "kicked")
    await h.settle()
    assert h.world.texts(ADMIN_CHAT_ID) == [LOST, REMOVED]
    assert h.texts() == []


async def test_without_an_admin_chat_the_owner_hears_it_privately(driver, open_harness):
    h = await open_harness(driver)
    h.world.private(OWNER_ID)
    bot_becomes(h, "member")
    await h.settle()
    assert h.world.texts(OWNER_ID) == [LOST]
    assert h.texts() == []


async def test_no_reminder_for_spam_the_demoted_bot_could_not_delete(driver, open_harness):
    rules = {"rulesets": {"main": {"moderation": {"blocklist": {"words": ["scamcoin"]}}}}}
    h = await open_harness(driver, WITH_ADMIN_CHAT | rules)
    h.world.group(ADMIN_CHAT_ID, "Admins")
    lou = h.member(45, "Lou")
    h.world.reads_all_messages = True  # privacy mode off: a member bot still reads the group
    bot_becomes(h, "member")
    await h.settle()
    ad = h.world.say(CHAT_ID, lou, "buy scamcoin now")
    await h.settle()
    assert not h.world.chats[CHAT_ID].messages[ad["message_id"]].get("deleted")
    assert h.texts() == []  # no "Lou please mind the group rules" beside the spam still up
    assert h.world.texts(ADMIN_CHAT_ID)[0] == LOST
