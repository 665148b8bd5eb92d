"""Where a member who never started the bot (who paid in the group) hears of their membership,
the bot being refused their private chat: a lapse in the group they read, not in the paid chat
they were just removed from; a refund nowhere, least of all in the paid chat, which hears only
that the membership ended (a refund is the member's business). Both drivers, the fake Bot
API."""

from __future__ import annotations

from datetime import timedelta

import pytest
from support.fake_telegram import payments
from support.fake_telegram.methods import METHODS
from support.telegram_harness import CHAT_ID, OWNER_ID, TelegramHarness
from test_paid_telegram import BOUGHT, PAID_ID, open_harness

__all__ = ["open_harness"]  # the fixture, shared with test_paid_telegram
pytestmark = pytest.mark.parametrize("driver", ["aiogram", "ptb"])
CY = 77
ENDED = "Cy's Basic membership has ended; they have left this group."


async def paid_in_the_group(h: TelegramHarness) -> None:
    """Cy, who never started the bot, pays in the group and joins the paid chat."""
    h.member(CY, "Cy", username="cy")
    h.world.say(CHAT_ID, CY, "/subscribe basic")
    await h.settle()
    invoice = [m for m in h.world.bot_messages(CHAT_ID) if "invoice" in m][-1]
    payments.pay(h.world, CHAT_ID, CY, invoice["message_id"])
    await h.settle()
    h.world.add_member(PAID_ID, CY)  # in, as through the personal link
    assert CY not in h.world.chats


async def test_a_lapse_is_said_in_the_group_they_read(driver, open_harness):
    h = await open_harness(driver)
    await paid_in_the_group(h)
    h.clock.set(BOUGHT + timedelta(days=365, minutes=1))
    await h.engine.scheduler.run_due()
    await h.settle()
    assert h.world.chats[PAID_ID].status(CY) == "left"
    assert h.texts(PAID_ID) == [ENDED]
    assert h.texts(CHAT_ID)[-1] == (
        "Cy: Your Basic membership has ended. Send /subscribe basic to join again."
    )


def _refund_unstarted(world, params):
    """Telegram's refund to one who never started the bot: its private chat stays closed."""
    opened = params["user_id"] in world.chats
    try:
        return payments.refund(world, params)
    finally:
        if not opened:
            del world.chats[params["user_id"]]


async def test_a_refund_is_said_nowhere_but_privately(driver, open_harness, monkeypatch):
    monkeypatch.setitem(METHODS, "refundStarPayment", _refund_unstarted)
    h = await open_harness(driver)
    await paid_in_the_group(h)
    h.world.say(CHAT_ID, OWNER_ID, "/refundstars @cy")
    await h.settle()
    assert h.world.chats[PAID_ID].status(CY) == "left"
    assert h.texts(PAID_ID) == [ENDED]
    assert not any("refunded" in t for t in h.texts(CHAT_ID))
    assert CY not in h.world.chats
