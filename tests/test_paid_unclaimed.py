"""Stars payments the admins settle by hand, through both Telegram drivers against the fake Bot
API: a payment whose invoice names a community no longer in the settings is held by the
community that sells (never dropped), a refund of it is taken there too, and the admin chat is
told what to type to grant or refund a held payment, for a payer who never spoke in a group."""

from __future__ import annotations

import pytest
from support.fake_telegram import payments
from support.telegram_harness import OWNER_ID, TelegramHarness
from test_paid_telegram import ADMINS, ANN, _paid, invoiced, open_harness, private_texts

from groupops.core.storage.models import AuditEntry, MembershipPeriod, Order, PaidMembership

__all__ = ["open_harness"]  # the fixture, shared with test_paid_telegram
pytestmark = pytest.mark.parametrize("driver", ["aiogram", "ptb"])
WITH_ADMINS = {"communities": {"club": {"admin_chat": f"telegram:{ADMINS}"}}}
GONE = "@gone|paid|basic"  # the invoice of a community renamed since the checkout
GONE_CHARGE = "stxch_500_asic"  # what _paid names it


async def with_admin_chat(driver: str, open_harness) -> TelegramHarness:
    h = await open_harness(driver, WITH_ADMINS)
    h.world.group(ADMINS, "Admins")
    h.world.add_member(ADMINS, OWNER_ID, "creator")
    return h


async def test_a_payment_for_a_community_no_longer_configured_is_held(driver, open_harness):
    h = await with_admin_chat(driver, open_harness)
    await invoiced(h)
    _paid(h, 500, GONE)
    await h.settle()
    order = await Order.get(reference=GONE_CHARGE)
    assert (order.community, int(order.amount), order.currency) == ("club", 500, "XTR")
    assert await PaidMembership.filter(member=f"telegram:user:{ANN}").count() == 0
    assert private_texts(h, ANN)[-1] == (
        "Your payment of 500 XTR matches no plan on sale now; the admins were told and will "
        "refund it or grant the plan."
    )
    assert h.texts(ADMINS)[-1] == (
        f"Payment {GONE_CHARGE} by Ann matches no plan (its invoice names community 'gone', "
        f"not in the settings): refund it with /refundstars {GONE_CHARGE} or grant a plan with "
        f"/grant {ANN} PLAN {GONE_CHARGE}."
    )
    assert (await AuditEntry.get(action="paid.unmatched")).target == f"telegram:user:{ANN}"

    # Telegram gives it back (the payer's dispute): the refund reaches the same community
    charge = payments.ledger(h.world).charges[GONE_CHARGE]
    refunded = {k: v for k, v in charge.items() if k != "user_id"}
    h.world.push("message", h.world.post(ANN, h.world.users[ANN], "", refunded_payment=refunded))
    await h.settle()
    assert (await MembershipPeriod.get(reference=GONE_CHARGE)).status == "refunded"
    assert await AuditEntry.filter(action="paid.held_refunded", target=f"telegram:user:{ANN}")
    h.world.say(ADMINS, OWNER_ID, f"/refundstars {GONE_CHARGE}")  # nothing left to give back
    await h.settle()
    assert h.fake.called("refundStarPayment") == []


async def test_the_admin_chat_names_a_held_payer_as_grant_reads_them(driver, open_harness):
    h = await with_admin_chat(driver, open_harness)
    await invoiced(h)
    h.world.users[ANN]["username"] = "ann_pays"  # she has paid, and never spoke in a group
    _paid(h, 500, "@club|paid|gold")
    await h.settle()
    charge = "stxch_500_gold"
    assert h.texts(ADMINS)[-1].endswith(f"/grant @ann_pays PLAN {charge}."), h.texts(ADMINS)
    h.world.say(ADMINS, OWNER_ID, f"/grant @ann_pays basic {charge}")
    await h.settle()
    assert h.texts(ADMINS)[-1].startswith("Ann: Basic until "), h.texts(ADMINS)[-1]
    assert (await PaidMembership.get(member=f"telegram:user:{ANN}")).status == "active"

    h.world.say(ADMINS, OWNER_ID, f"/grant @nobody basic {charge}")
    await h.settle()
    assert h.texts(ADMINS)[-1] == (
        "I don't know @nobody yet: they have not posted or joined since I arrived. "
        "Reply to one of their messages, or give their id."
    )
