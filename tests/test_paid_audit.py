"""The audit log of a Stars refund, through both Telegram drivers against the fake Bot API:
who asked for it, which charge and how much, in the log's rows and in /log, where admins
alone read it (the admin chat): /log in a group leaves payments out."""

from __future__ import annotations

import json

import pytest
from support.telegram_harness import CHAT_ID, OWNER_ID
from test_paid_telegram import ADMINS, ANN, buy, open_harness

from groupops.core.storage.models import AuditEntry

__all__ = ["open_harness"]  # the fixture, shared with test_paid_telegram
pytestmark = pytest.mark.parametrize("driver", ["aiogram", "ptb"])


async def test_a_refund_is_logged_with_the_admin_who_asked_and_the_charge(driver, open_harness):
    h = await open_harness(driver, {"communities": {"club": {"admin_chat": f"telegram:{ADMINS}"}}})
    h.world.group(ADMINS, "Admins")
    h.world.add_member(ADMINS, OWNER_ID, "creator")
    charge = (await buy(h))["telegram_payment_charge_id"]
    h.world.say(CHAT_ID, ANN, "hello")  # seen in the group: /refundstars @Ann finds her
    h.world.say(CHAT_ID, OWNER_ID, "/refundstars @Ann")
    await h.settle()
    paid = {"charge": charge, "amount": "500", "currency": "XTR"}
    asked = await AuditEntry.get(action="paid.refund")
    assert (asked.actor, asked.target, asked.outcome) == (
        f"telegram:user:{OWNER_ID}",
        f"telegram:user:{ANN}",
        "done",
    )
    assert json.loads(asked.detail) == paid
    ended = await AuditEntry.get(action="paid.refunded")
    assert json.loads(ended.detail) == paid

    h.world.say(CHAT_ID, OWNER_ID, "/log")  # in the group, before its members
    await h.settle()
    log = h.texts()[-1].splitlines()
    assert not [line for line in log if charge in line or "Ann" in line], log
    assert log[-1] == "(payments are listed by /log in the admin chat or in private)", log
    h.world.say(ADMINS, OWNER_ID, "/log")
    await h.settle()
    log = h.texts(ADMINS)[-1].splitlines()
    assert any(f"Stars refund asked Ann Olga done · {charge} 500 XTR" in line for line in log), log
    assert any(f"paid membership refunded Ann system done · {charge} 500 XTR" in line
               for line in log), log  # fmt: skip


async def test_stars_are_shown_whole_however_the_database_kept_them(driver, open_harness):
    """PostgreSQL gives a payment back as 500.00 after a restart: /log and the report still
    say 500 XTR, as for a payment made since."""
    from decimal import Decimal

    from groupops.core.paid.store import MembershipSlice

    h = await open_harness(driver, {"communities": {"club": {"admin_chat": f"telegram:{ADMINS}"}}})
    h.world.group(ADMINS, "Admins")
    h.world.add_member(ADMINS, OWNER_ID, "creator")
    charge = (await buy(h))["telegram_payment_charge_id"]
    payments = h.engine.state.get("club").slices[MembershipSlice].payments
    payments[charge].amount = Decimal("500.00")  # as read back from numeric(14, 2)
    await buy(h)  # a second year, kept
    h.world.say(CHAT_ID, OWNER_ID, f"/refundstars {charge}")
    await h.settle()
    h.world.say(ADMINS, OWNER_ID, "/log")
    await h.settle()
    log = h.texts(ADMINS)[-1].splitlines()
    assert any(f"Stars refund asked Ann Olga done · {charge} 500 XTR" in line for line in log), log
    h.world.say(CHAT_ID, OWNER_ID, "/stats month")
    await h.settle()
    assert "Revenue 2026-03: 500 XTR" in h.texts()[-1].split("\n"), h.texts()[-1]
