"""An invoice made by hand (an operator's `createInvoiceLink`, or a link from before) whose
payload spells the plan otherwise than /subscribe does (`Basic`): its checkout is accepted,
as the plan's name is not case-sensitive, so the payment that follows starts the membership
and is recorded as an order; it was taken, then dropped with a traceback, nothing granted
or recorded and nobody told. Both drivers, the fake Bot API."""

from __future__ import annotations

import pytest
from support.fake_telegram import payments
from test_paid_telegram import ANN, open_harness, private_texts

from groupops.core.storage.models import Order, PaidMembership

__all__ = ["open_harness"]  # the fixture, shared with test_paid_telegram
pytestmark = pytest.mark.parametrize("driver", ["aiogram", "ptb"])


async def test_a_plan_spelt_in_capitals_in_the_payload_is_granted(driver, open_harness):
    h = await open_harness(driver)
    h.member(ANN, "Ann")
    h.world.private(ANN)
    h.world.say(ANN, ANN, "/subscribe basic")
    await h.settle()
    invoice = [m for m in h.world.bot_messages(ANN) if "invoice" in m][-1]
    stored = h.world.chats[ANN].messages[invoice["message_id"]]
    stored["payload"] = stored["payload"].replace("|basic", "|Basic")  # made by hand
    query = payments.pay(h.world, ANN, ANN, invoice["message_id"])
    await h.settle()
    assert payments.ledger(h.world).checkouts[query].answer == {"ok": True, "error_message": ""}
    (charge,) = payments.ledger(h.world).charges
    row = await PaidMembership.get(member=f"telegram:user:{ANN}")
    assert (row.plan, row.status) == ("basic", "active")
    assert (await Order.get(reference=charge)).amount == 500
    assert any(t.startswith("Thank you! Your Basic membership runs until") for t in (
        private_texts(h, ANN)
    ))  # fmt: skip
