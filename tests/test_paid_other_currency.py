"""A payment in another currency than Stars (an invoice made elsewhere with the bot's token:
Telegram's `total_amount` is in the currency's smallest unit, 700 for 7.00 USD) matches no
plan and is held; the payer is told, and the order kept, in the amount paid, 7.00 USD, not
700 USD; the admins are told to refund it through the payment provider, not with /refundstars
(Telegram's refundStarPayment gives back Stars only), and /refundstars naming it asks Telegram
for nothing and says so. Both drivers, the fake Bot API."""

from __future__ import annotations

from decimal import Decimal

import pytest
from support.telegram_harness import CHAT_ID, OWNER_ID
from test_paid_telegram import ADMINS, ANN, open_harness, private_texts

from groupops.core.storage.models import Order

__all__ = ["open_harness"]  # the fixture, shared with test_paid_telegram
pytestmark = pytest.mark.parametrize("driver", ["aiogram", "ptb"])


async def test_a_payment_in_dollars_is_held_in_dollars(driver, open_harness):
    h = await open_harness(driver, {"communities": {"club": {"admin_chat": f"telegram:{ADMINS}"}}})
    h.world.group(ADMINS, "Admins")
    h.member(ANN, "Ann")
    h.world.private(ANN)
    payment = {
        "currency": "USD",
        "total_amount": 700,
        "invoice_payload": "@club|paid|basic",
        "telegram_payment_charge_id": "tg_usd_1",
        "provider_payment_charge_id": "prov_1",
    }
    h.world.push("message", h.world.post(ANN, h.world.users[ANN], "", successful_payment=payment))
    await h.settle()
    assert private_texts(h, ANN)[-1] == (
        "Your payment of 7.00 USD matches no plan on sale now; the admins were told and will "
        "refund it or grant the plan."
    )
    order = await Order.get(reference="tg_usd_1")
    assert (order.amount, order.currency) == (Decimal("7.00"), "USD")
    assert h.texts(ADMINS)[-1] == (
        "Payment tg_usd_1 by Ann matches no plan (paid in USD, the plan is sold in XTR): refund "
        "it through the payment provider (/refundstars gives back Stars only) or grant a plan "
        f"with /grant {ANN} PLAN tg_usd_1."
    )
    h.world.say(CHAT_ID, OWNER_ID, "/refundstars tg_usd_1")
    await h.settle()
    assert h.texts()[-1] == (
        "Payment tg_usd_1 was paid in USD, not in Telegram Stars: refund it through the payment "
        "provider."
    )
    assert not h.fake.called("refundStarPayment")
