"""A held Stars payment's charge through both Telegram drivers against the fake Bot API, once
an admin has granted or refunded it: Telegram delivering it again is a duplicate (nobody is
told twice, nothing held twice), a refund of a granted charge takes back its period as any
refund does and leaves the revenue, and the charge names its payment to /refundstars."""

from __future__ import annotations

import json

import pytest
from support.fake_telegram import payments
from support.telegram_harness import CHAT_ID, OWNER_ID
from test_paid_telegram import ANN, _paid, buy, invoiced, open_harness, private_texts
from test_paid_unclaimed import ADMINS, GONE, GONE_CHARGE, with_admin_chat

from groupops.core.storage.models import AuditEntry, MembershipPeriod, PaidMembership

__all__ = ["open_harness"]  # the fixture, shared with test_paid_telegram
pytestmark = pytest.mark.parametrize("driver", ["aiogram", "ptb"])
REFUNDED = "Your Basic payment was refunded and the membership has ended."


async def stats(h) -> list[str]:
    h.world.say(ADMINS, OWNER_ID, "/stats month")
    await h.settle()
    lines = h.texts(ADMINS)[-1].split("\n")
    return [line for line in lines if line.startswith(("Paid members", "Revenue"))]


async def test_a_granted_held_charge_delivered_again_is_a_duplicate_and_its_refund_ends_it(
    driver, open_harness
):
    h = await with_admin_chat(driver, open_harness)
    await invoiced(h)
    _paid(h, 500, GONE)
    await h.settle()
    told_ann, told_admins = len(private_texts(h, ANN)), len(h.texts(ADMINS))
    _paid(h, 500, GONE)  # Telegram delivers it again, before any grant
    await h.settle()
    assert (len(private_texts(h, ANN)), len(h.texts(ADMINS))) == (told_ann, told_admins)

    h.world.say(ADMINS, OWNER_ID, f"/grant {ANN} basic {GONE_CHARGE}")
    await h.settle()
    assert h.texts(ADMINS)[-1].startswith("Ann: Basic until "), h.texts(ADMINS)[-1]
    started = await AuditEntry.get(action="paid.start")
    assert started.actor == f"telegram:user:{OWNER_ID}"
    assert json.loads(started.detail)["charge"] == GONE_CHARGE
    told_ann, told_admins = len(private_texts(h, ANN)), len(h.texts(ADMINS))
    _paid(h, 500, GONE)  # and again after the grant
    await h.settle()
    assert (len(private_texts(h, ANN)), len(h.texts(ADMINS))) == (told_ann, told_admins)
    assert await AuditEntry.filter(action="paid.unmatched").count() == 1

    h.world.say(ADMINS, OWNER_ID, f"/refundstars {GONE_CHARGE}")
    await h.settle()
    assert GONE_CHARGE in payments.ledger(h.world).refunded
    assert h.texts(ADMINS)[-1] == f"Refund of 500 XTR ({GONE_CHARGE}) requested."
    assert private_texts(h, ANN)[-1] == REFUNDED
    row = await PaidMembership.get(member=f"telegram:user:{ANN}")
    assert (row.status, row.ended_at is not None) == ("refunded", True)
    assert (await MembershipPeriod.get(reference=GONE_CHARGE)).status == "refunded"
    paid, *revenue = await stats(h)
    assert "started 1, renewed 0, lapsed 0, refunded 1" in paid
    assert revenue == []  # the Stars went back

    told_ann = len(private_texts(h, ANN))
    _paid(h, 500, GONE)  # delivered once more after the refund: nothing comes back to life
    await h.settle()
    assert len(private_texts(h, ANN)) == told_ann
    assert (await PaidMembership.get(member=f"telegram:user:{ANN}")).status == "refunded"
    for command in (f"/refundstars {GONE_CHARGE}", f"/grant {ANN} basic {GONE_CHARGE}"):
        h.world.say(ADMINS, OWNER_ID, command)
        await h.settle()
        assert h.texts(ADMINS)[-1] == f"Payment {GONE_CHARGE} was refunded already."
    assert h.texts(ADMINS).count(f"Refund of 500 XTR ({GONE_CHARGE}) requested.") == 1


async def test_a_refunded_charge_that_extended_a_membership_takes_back_that_year(
    driver, open_harness
):
    h = await with_admin_chat(driver, open_harness)
    await buy(h)
    _paid(h, 500, GONE)
    await h.settle()
    h.world.say(ADMINS, OWNER_ID, f"/grant {ANN} basic {GONE_CHARGE}")  # a second year
    await h.settle()
    renewed = await AuditEntry.get(action="paid.renew")
    assert renewed.actor == f"telegram:user:{OWNER_ID}"
    assert json.loads(renewed.detail)["charge"] == GONE_CHARGE

    # Telegram gives it back (the payer's dispute)
    charge = payments.ledger(h.world).charges[GONE_CHARGE]
    refunded = {k: v for k, v in charge.items() if k != "user_id"}
    h.world.push("message", h.world.post(ANN, h.world.users[ANN], "", refunded_payment=refunded))
    await h.settle()
    assert private_texts(h, ANN)[-1] == (
        "Your Basic payment was refunded; your membership now runs until Mar 3, 2027, 2:30 AM."
    )
    assert (await PaidMembership.get(member=f"telegram:user:{ANN}")).status == "active"
    assert not await AuditEntry.filter(action="paid.held_refunded")


async def test_refundstars_names_a_bought_membership_by_its_charge(driver, open_harness):
    h = await with_admin_chat(driver, open_harness)
    charge = (await buy(h))["telegram_payment_charge_id"]
    h.world.say(CHAT_ID, OWNER_ID, f"/refundstars {charge}")
    await h.settle()
    assert charge in payments.ledger(h.world).refunded
    assert h.texts()[-1] == f"Refund of 500 XTR ({charge}) requested."
    assert private_texts(h, ANN)[-1] == REFUNDED
    assert (await PaidMembership.get(member=f"telegram:user:{ANN}")).status == "refunded"
    h.world.say(CHAT_ID, OWNER_ID, f"/refundstars {charge}")
    await h.settle()
    assert h.texts()[-1] == f"Payment {charge} was refunded already."
