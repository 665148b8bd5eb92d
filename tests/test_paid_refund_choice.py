"""`/refundstars @member` gives back the member's last Stars payment, once: asked again (the
admin unsure the first went through) it says that payment was refunded already and lists the
earlier charges to name, rather than giving back one more payment each time. The answer says
which charge and how much it asks back. Both Telegram drivers, the fake Bot API."""

from __future__ import annotations

from datetime import timedelta

import pytest
from support.fake_telegram import payments
from support.fake_telegram.methods import ApiError
from support.telegram_harness import CHAT_ID, OWNER_ID
from test_paid_telegram import ANN, BOUGHT, buy, open_harness

from groupops.core.storage.models import PaidMembership

__all__ = ["open_harness"]  # the fixture, shared with test_paid_telegram
pytestmark = pytest.mark.parametrize("driver", ["aiogram", "ptb"])


async def test_refundstars_by_member_repeated_refunds_only_the_last_payment(driver, open_harness):
    h = await open_harness(driver)
    charges = []
    for day in range(3):  # a year and two renewals, paid ahead
        h.clock.set(BOUGHT + timedelta(days=day))
        charges.append((await buy(h))["telegram_payment_charge_id"])
    first, second, third = charges
    h.fake.refuse["refundStarPayment"] = [ApiError(400, "Bad Request: STARS_BALANCE_TOO_LOW")]
    h.world.say(CHAT_ID, OWNER_ID, "/refundstars @Ann")
    await h.settle()
    assert h.texts()[-1] == (
        f"The refund of 500 XTR ({third}) failed: telegram: Bad Request: STARS_BALANCE_TOO_LOW"
    )
    h.world.say(CHAT_ID, OWNER_ID, "/refundstars @Ann")  # tried again: the last payment
    await h.settle()
    assert h.texts()[-1] == f"Refund of 500 XTR ({third}) requested."
    assert payments.ledger(h.world).refunded == {third}
    for _ in range(2):  # again: nothing more is given back, the admin is told what to name
        h.world.say(CHAT_ID, OWNER_ID, "/refundstars @Ann")
        await h.settle()
        assert h.texts()[-1] == (
            f"Ann's last Stars payment, {third} (500 XTR), was refunded already. To give back "
            f"an earlier one, name its charge: /refundstars {second} (500 XTR), "
            f"/refundstars {first} (500 XTR)."
        )
    assert payments.ledger(h.world).refunded == {third}
    row = await PaidMembership.get(member=f"telegram:user:{ANN}")
    assert (row.status, row.expires_at) == ("active", BOUGHT + timedelta(days=730))
    h.world.say(CHAT_ID, OWNER_ID, f"/refundstars {first}")  # named: that one
    await h.settle()
    assert h.texts()[-1] == f"Refund of 500 XTR ({first}) requested."
    assert payments.ledger(h.world).refunded == {third, first}


async def test_refundstars_by_member_after_a_restart_still_refunds_once(driver, open_harness):
    """What was paid and given back is read back from the database after a restart."""
    h = await open_harness(driver)
    first = (await buy(h))["telegram_payment_charge_id"]
    h.clock.set(BOUGHT + timedelta(days=1))
    second = (await buy(h))["telegram_payment_charge_id"]
    h.world.say(CHAT_ID, OWNER_ID, "/refundstars @Ann")
    await h.settle()
    assert payments.ledger(h.world).refunded == {second}
    await h.switch(driver)  # a redeploy: the slices are loaded again
    h.world.say(CHAT_ID, OWNER_ID, "/refundstars @Ann")
    await h.settle()
    assert h.texts()[-1] == (
        f"Ann's last Stars payment, {second} (500 XTR), was refunded already. To give back an "
        f"earlier one, name its charge: /refundstars {first} (500 XTR)."
    )
    assert payments.ledger(h.world).refunded == {second}


async def test_refundstars_and_grant_say_what_is_not_known(driver, open_harness):
    """An unknown charge, an order paid in the shop, a mistyped plan: each named, not
    "Reply to their message, mention them or give their id." nor the bare usage."""
    h = await open_harness(driver)
    h.member(ANN, "Ann", username="ann")
    h.world.say(CHAT_ID, ANN, "hello")  # seen: @Ann finds her
    h.world.say(CHAT_ID, OWNER_ID, "/grant @Ann basic ORD-7")  # an order paid in CNY
    await h.settle()
    for command, answer in [
        ("/refundstars ch-unknown-xyz", "No Telegram Stars payment with charge id ch-unknown-xyz "
         "is known."),
        ("/refundstars ORD-7", "Order ORD-7 was paid in CNY, not in Telegram Stars: there is "
         "nothing to refund through Telegram."),
        ("/grant @Ann gold ref-9", "There is no plan gold; the plans: basic."),
    ]:  # fmt: skip
        h.world.say(CHAT_ID, OWNER_ID, command)
        await h.settle()
        assert h.texts()[-1] == answer
    assert not h.fake.called("refundStarPayment")
    assert await PaidMembership.filter(plan="gold").count() == 0
