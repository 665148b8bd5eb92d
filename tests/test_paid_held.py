"""A Stars payment no plan accounted for (the price raised between the invoice and the
payment), through both Telegram drivers against the fake Bot API: the admins refund it with
/refundstars (by the member or by the charge the admin chat was told), or grant a plan with it
by /grant, which records what was paid and keeps it refundable."""

from __future__ import annotations

import pytest
from support.fake_telegram import payments
from support.telegram_harness import CHAT_ID, OWNER_ID, TelegramHarness
from test_paid_telegram import ANN, BOB, _paid, invoiced, open_harness, private_texts

from groupops.core.storage.models import MembershipPeriod, Order, PaidMembership

__all__ = ["open_harness"]  # the fixture, shared with test_paid_telegram
pytestmark = pytest.mark.parametrize("driver", ["aiogram", "ptb"])
CHARGE = "stxch_1_asic"  # what _paid names a 1-Star payment for the basic plan (500 Stars)


async def held(h: TelegramHarness) -> None:
    await invoiced(h)
    _paid(h, 1, "@club|paid|basic")
    payments.ledger(h.world).stars[ANN] = 1  # the Star she paid, the bot's to give back
    h.world.users[ANN]["username"] = "ann"
    h.world.say(CHAT_ID, ANN, "hello")  # seen in the group: @Ann finds her
    await h.settle()
    assert await PaidMembership.filter(member=f"telegram:user:{ANN}").count() == 0


@pytest.mark.parametrize("named", ["@Ann", CHARGE])
async def test_a_payment_matching_no_plan_is_refunded_by_member_or_charge(
    driver, open_harness, named
):
    h = await open_harness(driver)
    await held(h)
    h.world.say(CHAT_ID, OWNER_ID, f"/refundstars {named}")
    await h.settle()
    assert h.texts()[-1] == f"Refund of 1 XTR ({CHARGE}) requested."
    assert [p["telegram_payment_charge_id"] for p in h.fake.called("refundStarPayment")] == [CHARGE]
    assert CHARGE in payments.ledger(h.world).refunded
    assert (await MembershipPeriod.get(reference=CHARGE)).status == "refunded"
    h.world.say(CHAT_ID, OWNER_ID, f"/refundstars {named}")  # nothing left to give back
    await h.settle()
    assert len(h.fake.called("refundStarPayment")) == 1


async def test_a_plan_granted_with_a_held_payment_records_what_was_paid(driver, open_harness):
    h = await open_harness(driver)
    await held(h)
    h.world.say(CHAT_ID, OWNER_ID, f"/grant @Ann basic {CHARGE}")
    await h.settle()
    assert h.texts()[-1].startswith("Ann: Basic until ")
    period = await MembershipPeriod.get(reference=CHARGE)
    assert (period.source, int(period.amount), period.currency) == ("stars", 1, "XTR")
    assert await Order.filter(reference=CHARGE).count() == 1
    h.world.say(CHAT_ID, OWNER_ID, "/stats month")
    await h.settle()
    assert "Revenue 2026-03: 1 XTR" in h.texts()[-1], h.texts()[-1]
    h.world.say(CHAT_ID, OWNER_ID, "/refundstars @Ann")  # still a Stars payment: refundable
    await h.settle()
    assert CHARGE in payments.ledger(h.world).refunded
    assert (await PaidMembership.get(member=f"telegram:user:{ANN}")).status == "refunded"
    assert private_texts(h, ANN)[-1] == (
        "Your Basic payment was refunded and the membership has ended."
    )


@pytest.mark.parametrize(
    ("language", "told"),
    [
        (None, "Your payment of 1 XTR now pays for Basic: you are a member until "),
        ("ru", "Ваш платёж 1 XTR теперь оплачивает Basic: вы участник до "),
    ],
)
async def test_a_member_whose_held_payment_is_granted_is_told(driver, open_harness, language, told):
    """They were told the admins would refund it or grant the plan: they hear which, in their
    own language (a payer who wrote to the bot in private only: Telegram's hint)."""
    h = await open_harness(driver)
    h.world.user(ANN, "Ann", language)
    h.world.private(ANN)
    _paid(h, 1, "@club|paid|basic")
    await h.settle()
    h.world.say(CHAT_ID, OWNER_ID, f"/grant {ANN} basic {CHARGE}")
    await h.settle()
    assert h.texts()[-1].startswith("Ann: Basic until ")
    assert any(t.startswith(told) for t in private_texts(h, ANN)), private_texts(h, ANN)


async def test_a_held_payment_is_granted_only_to_its_payer(driver, open_harness):
    """An admin naming someone else (a typo) grants nothing: they are told who paid, and the
    payment stays held for the payer (refundable to them, grantable to them)."""
    h = await open_harness(driver)
    await invoiced(h)
    h.world.users[ANN].update(first_name="Mia", username="mia")
    _paid(h, 1, "@club|paid|basic")
    h.member(BOB, "Jack")
    h.world.users[BOB]["username"] = "jack"
    h.world.say(CHAT_ID, BOB, "hi")  # seen: @jack finds him
    await h.settle()
    told_before = len(private_texts(h, ANN))
    h.world.say(CHAT_ID, OWNER_ID, f"/grant @jack basic {CHARGE}")
    await h.settle()
    assert h.texts()[-1] == f"{CHARGE} was paid by @mia, not @jack."
    assert await PaidMembership.filter(member=f"telegram:user:{BOB}").count() == 0
    assert not h.fake.called("createChatInviteLink")  # no personal link for him
    assert len(private_texts(h, ANN)) == told_before
    h.world.say(CHAT_ID, OWNER_ID, f"/grant @mia basic {CHARGE}")  # still held: hers
    await h.settle()
    assert h.texts()[-1].startswith("Mia: Basic until ")
    assert (await MembershipPeriod.get(reference=CHARGE)).member == f"telegram:user:{ANN}"


async def test_a_held_payment_is_no_order_in_the_report(driver, open_harness):
    """No sale until the admins grant a plan with it: the report leaves it out of the orders
    and the conversion, as out of the revenue, and says it apart; granted, it is an order."""
    h = await open_harness(driver)
    await held(h)
    h.world.say(CHAT_ID, OWNER_ID, "/stats month")
    await h.settle()
    report = h.texts()[-1]
    assert "Orders: 0; points awarded: 0\nPayments held for the admins (not orders): 1\n" in report
    assert "conversion: unavailable: no orders are recorded for this community" in report, report
    h.world.say(CHAT_ID, OWNER_ID, f"/grant @Ann basic {CHARGE}")
    h.world.say(CHAT_ID, OWNER_ID, "/stats month")
    await h.settle()
    report = h.texts()[-1]
    assert "Orders: 1; points awarded: 0\n" in report, report
    assert "Payments held" not in report
    assert "conversion: 33.3% (healthy)" in report, report
