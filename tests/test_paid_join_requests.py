"""A join request to a paid chat from someone without a plan, through both Telegram drivers
against the fake Bot API: Telegram lets the bot write to a requester who never started it only
while the request is pending, so the private note goes before the decline; a note refused all
the same is said nowhere else: never in the paid chat, which the requester cannot see and every
paying member can."""

from __future__ import annotations

from datetime import timedelta

import pytest
from support.telegram_harness import CHAT_ID, TelegramHarness
from test_paid_telegram import BOUGHT, PAID_ID, open_harness, private_texts

__all__ = ["open_harness"]  # the fixture, shared with test_paid_telegram
pytestmark = pytest.mark.parametrize("driver", ["aiogram", "ptb"])
CHEN = 44
REFUSED = "This group is for paid members. Send /plans to see the plans."


def declined(h: TelegramHarness, user_id: int) -> bool:
    paid = h.world.chats[PAID_ID]
    return not paid.present(user_id) and user_id not in paid.join_requests


def told(h: TelegramHarness, user_id: int) -> list[str]:
    """The bot's texts in the user's private chat: none where it never opened one."""
    return private_texts(h, user_id) if user_id in h.world.chats else []


async def test_a_requester_who_never_started_the_bot_is_told_privately(driver, open_harness):
    h = await open_harness(driver)
    h.member(CHEN, "Chen")  # in the free group; never started the bot
    h.world.request_join(PAID_ID, CHEN)
    await h.settle()
    assert h.texts(PAID_ID) == [] and h.texts(CHAT_ID) == []
    assert told(h, CHEN) == [REFUSED]
    assert declined(h, CHEN)


async def test_a_note_refused_all_the_same_is_not_said_in_the_paid_chat(driver, open_harness):
    h = await open_harness(driver)
    h.member(CHEN, "Chen")
    h.world.request_join(PAID_ID, CHEN)
    h.clock.set(BOUGHT + timedelta(minutes=6))  # seen late: Telegram no longer lets the bot write
    await h.settle()
    assert h.texts(PAID_ID) == [] and h.texts(CHAT_ID) == []
    assert told(h, CHEN) == []
    assert declined(h, CHEN)
