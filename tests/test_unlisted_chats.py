"""The log line for a chat in no community: said for a group nobody listed (a missing entry
under communities.NAME.chats), not for a member's private chat with the bot, which is never
listed (Telegram, through the fake Bot API)."""

from __future__ import annotations

import pytest
from loguru import logger
from support.telegram_harness import OWNER_ID

UNLISTED = "is not in any community; add it under communities.NAME.chats"


@pytest.mark.parametrize("driver", ["aiogram"])
async def test_a_private_chat_is_not_called_unlisted_and_a_stray_group_is(driver, open_harness):
    h = await open_harness(driver)
    said: list[str] = []
    sink = logger.add(lambda m: said.append(str(m)), level="INFO", format="{message}")
    try:
        h.world.private(OWNER_ID)
        h.world.say(OWNER_ID, OWNER_ID, "hello")
        h.world.group(-100777, "Stray Group")
        h.world.add_member(-100777, OWNER_ID, "creator")
        h.world.say(-100777, OWNER_ID, "hello there")
        await h.settle()
    finally:
        logger.remove(sink)
    unlisted = [line.strip() for line in said if UNLISTED in line]
    assert unlisted == [f"chat telegram:-100777 {UNLISTED}"]


@pytest.mark.parametrize("driver", ["aiogram"])
async def test_the_communitys_admin_chat_is_not_called_unlisted(driver, open_harness):
    admins = -100888
    h = await open_harness(driver, {"communities": {"club": {"admin_chat": f"telegram:{admins}"}}})
    said: list[str] = []
    sink = logger.add(lambda m: said.append(str(m)), level="INFO", format="{message}")
    try:
        h.world.group(admins, "Admins")
        h.world.add_member(admins, OWNER_ID, "creator")
        h.world.say(admins, OWNER_ID, "anyone seen the report?")
        await h.settle()
    finally:
        logger.remove(sink)
    assert not [line for line in said if UNLISTED in line], said
