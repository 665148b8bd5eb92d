"""/start and /help in a private chat with the bot, through both Telegram drivers: the member
is told what the bot is and which commands answer there, in their app's language; in the group
/start says nothing and /help says where to ask."""

from __future__ import annotations

import pytest
from support.telegram_harness import CHAT_ID

pytestmark = pytest.mark.parametrize("driver", ["aiogram", "ptb"])


async def test_start_in_private_says_what_the_bot_is_and_lists_private_commands(
    driver, open_harness
):
    h = await open_harness(driver)
    ann = h.member(42, "Ann")
    h.world.private(ann)
    h.world.say(ann, ann, "/start")
    await h.settle()
    (answer,) = h.world.texts(ann)
    first, *listed = answer.split("\n")
    assert first == (
        "I am the bot of Test Club: I look after its group chats (rules, points, campaigns). "
        "Here in private you can use:"
    )
    assert "/points – your points balance" in listed
    assert "/rules – show the group rules" in listed
    assert "/checkin – check in for today's points" in listed  # it counts from here too
    assert all(not line.startswith(("/start", "/help", "/ban")) for line in listed)
    h.world.say(ann, ann, "/help")
    await h.settle()
    assert h.world.texts(ann) == [answer, answer]


async def test_help_in_private_answers_in_the_members_language(driver, open_harness):
    h = await open_harness(driver)
    ivan = h.member(43, "Ivan", language="ru")
    h.world.private(ivan)
    h.world.say(ivan, ivan, "/help")
    await h.settle()
    (answer,) = h.world.texts(ivan)
    assert answer.startswith("Я бот сообщества Test Club")
    assert "/points – ваш баланс баллов" in answer


async def test_start_in_the_group_says_nothing(driver, open_harness):
    h = await open_harness(driver)
    ann = h.member(42, "Ann")
    h.world.say(CHAT_ID, ann, "/start")
    await h.settle()
    assert h.texts() == []
