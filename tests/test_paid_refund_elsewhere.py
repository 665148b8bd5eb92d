"""A Stars payment refunded without /refundstars (by Telegram's support, or a tool outside the
bot), through both drivers against the fake Bot API: the membership ends as for any refund, and
the admin chat hears of it, since no admin asked; a refund the admins asked for is not told
twice."""

from __future__ import annotations

import pytest
from support.fake_telegram import payments
from support.telegram_harness import CHAT_ID, OWNER_ID
from test_paid_telegram import ANN, buy, open_harness, private_texts

from groupops.core.storage.models import PaidMembership

__all__ = ["open_harness"]  # the fixture, shared with test_paid_telegram
pytestmark = pytest.mark.parametrize("driver", ["aiogram", "ptb"])
ADMINS = -1005550001
WITH_ADMIN_CHAT = {"communities": {"club": {"admin_chat": f"telegram:{ADMINS}"}}}


async def test_a_refund_made_outside_the_bot_is_told_to_the_admins(driver, open_harness):
    h = await open_harness(driver, WITH_ADMIN_CHAT)
    h.world.group(ADMINS, "Admins")
    payment = await buy(h)
    charge = payment["telegram_payment_charge_id"]
    payments.refund(h.world, {"user_id": ANN, "telegram_payment_charge_id": charge})
    await h.settle()
    assert (await PaidMembership.get(member=f"telegram:user:{ANN}")).status == "refunded"
    assert (
        private_texts(h, ANN)[-1] == "Your Basic payment was refunded and the membership has ended."
    )
    assert h.texts(ADMINS) == [
        f"Payment {charge} by Ann (500 XTR) was refunded outside the bot, not with "
        "/refundstars; what it paid for is taken back."
    ]
    assert h.texts(CHAT_ID) == []  # nothing of it in the group


async def test_a_refund_the_admins_asked_for_is_not_told_again(driver, open_harness):
    h = await open_harness(driver, WITH_ADMIN_CHAT)
    h.world.group(ADMINS, "Admins")
    h.world.add_member(ADMINS, OWNER_ID, "creator")
    payment = await buy(h)
    h.world.say(ADMINS, OWNER_ID, "/refundstars @ann")
    await h.settle()
    charge = payment["telegram_payment_charge_id"]
    assert charge in payments.ledger(h.world).refunded
    assert (await PaidMembership.get(member=f"telegram:user:{ANN}")).status == "refunded"
    assert h.texts(ADMINS) == [f"Refund of 500 XTR ({charge}) requested."]
