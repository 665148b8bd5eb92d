"""/del, /purge and /cleancommands through both Telegram drivers: what members still see."""

from __future__ import annotations

import pytest
from support.telegram_harness import CHAT_ID, OWNER_ID

pytestmark = pytest.mark.parametrize("driver", ["aiogram", "ptb"])


async def test_del_and_purge_remove_what_they_answer(driver, open_harness):
    h = await open_harness(driver)
    ann = h.member(42, "Ann")
    keep = h.world.say(CHAT_ID, ann, "keep me")
    bad = h.world.say(CHAT_ID, ann, "delete me")
    h.world.say(CHAT_ID, OWNER_ID, "/del", reply_to_message=bad)
    await h.settle()
    assert h.world.visible(CHAT_ID) == ["keep me"]
    bo, cy = h.member(43, "Bo"), h.member(44, "Cy")
    first = h.world.say(CHAT_ID, bo, "off topic 1")
    h.world.say(CHAT_ID, cy, "off topic 2")
    h.world.say(CHAT_ID, bo, "off topic 3")
    h.world.say(CHAT_ID, OWNER_ID, "/purge", reply_to_message=first)
    await h.settle()
    assert h.world.visible(CHAT_ID) == ["keep me"]
    assert keep["message_id"] in h.world.chats[CHAT_ID].messages


async def test_purge_needs_a_reply_and_an_admin(driver, open_harness):
    h = await open_harness(driver)
    ann = h.member(42, "Ann")
    h.world.say(CHAT_ID, OWNER_ID, "/purge")
    h.world.say(CHAT_ID, ann, "/del")
    await h.settle()
    assert h.texts() == [
        "Reply to the first message to delete with /purge.",
        "Only admins can use /del.",
    ]


async def test_cleancommands_deletes_commands_once_answered(driver, open_harness):
    h = await open_harness(driver)
    ann = h.member(42, "Ann")
    h.world.say(CHAT_ID, OWNER_ID, "/cleancommands on")
    await h.settle()
    h.world.say(CHAT_ID, ann, "/rules")
    h.world.say(CHAT_ID, ann, "hello all")
    await h.settle()
    visible = h.world.visible(CHAT_ID)
    assert "/rules" not in visible and "hello all" in visible
    assert h.texts()[-1] == "No group rules have been set yet."  # answered, then removed
