"""How a paid membership ends, through both Telegram drivers against the fake Bot API: the
member leaves only the paid chats no other plan of theirs opens, and the chat hears of it only
when they were in it. The clock is moved, not waited on."""

from __future__ import annotations

from datetime import timedelta

import pytest
from support.fake_telegram import payments
from support.telegram_harness import CHAT_ID, OWNER_ID, TelegramHarness
from test_paid_telegram import ANN, BOUGHT, PAID_ID, buy, open_harness, private_texts

from groupops.core.storage.models import PaidMembership

__all__ = ["open_harness"]  # the fixture, shared with test_paid_telegram
pytestmark = pytest.mark.parametrize("driver", ["aiogram", "ptb"])
DAYPASS = {
    "rulesets": {
        "main": {
            "paid": {
                "plans": {
                    "daypass": {
                        "title": "Day pass",
                        "price": 10,
                        "currency": "XTR",
                        "period": "1d",
                        "chats": [f"telegram:{PAID_ID}"],
                    }
                }
            }
        }
    }
}


async def buy_daypass(h: TelegramHarness) -> None:
    h.world.say(ANN, ANN, "/subscribe daypass")
    await h.settle()
    invoice = [m for m in h.world.bot_messages(ANN) if "invoice" in m][-1]
    payments.pay(h.world, ANN, ANN, invoice["message_id"])
    await h.settle()


async def let_in(h: TelegramHarness) -> None:
    link = next(t for t in private_texts(h, ANN) if t.startswith("Your personal link"))
    h.world.request_join(PAID_ID, ANN, link.rsplit(" ", 1)[-1])
    await h.settle()
    assert h.world.chats[PAID_ID].present(ANN)


async def test_a_day_pass_ending_keeps_a_member_whose_other_plan_opens_the_chat(
    driver, open_harness
):
    h = await open_harness(driver, DAYPASS)
    await buy(h)  # basic, a year
    await let_in(h)
    await buy_daypass(h)
    assert (await PaidMembership.get(plan="daypass")).status == "active"
    said_before = len(h.texts(PAID_ID))
    h.clock.set(BOUGHT + timedelta(days=1, minutes=1))
    await h.engine.scheduler.run_due()
    await h.settle()
    assert (await PaidMembership.get(plan="daypass")).status == "lapsed"
    assert h.world.chats[PAID_ID].present(ANN)  # basic opens the same chat
    assert not h.fake.called("banChatMember") and not h.fake.called("unbanChatMember")
    assert h.texts(PAID_ID)[said_before:] == []
    assert private_texts(h, ANN)[-1] == (
        "Your Day pass membership has ended; your other membership keeps you in the members' group."
    )


async def test_a_refunded_day_pass_keeps_a_member_whose_other_plan_opens_the_chat(
    driver, open_harness
):
    h = await open_harness(driver, DAYPASS)
    await buy(h)
    await let_in(h)
    await buy_daypass(h)
    h.world.say(CHAT_ID, ANN, "hello")  # seen in the group: /refundstars @Ann finds her
    h.world.say(CHAT_ID, OWNER_ID, "/refundstars @Ann daypass")
    await h.settle()
    assert (await PaidMembership.get(plan="daypass")).status == "refunded"
    assert h.world.chats[PAID_ID].present(ANN)
    assert not h.fake.called("banChatMember")
    assert private_texts(h, ANN)[-1] == (  # not as if they were out
        "Your Day pass payment was refunded and the membership has ended; your other "
        "membership keeps you in the members' group."
    )


async def test_a_membership_of_a_plan_removed_from_the_settings_still_ends(driver, open_harness):
    h = await open_harness(driver, DAYPASS)
    h.member(ANN, "Ann")
    h.world.private(ANN)
    await buy_daypass(h)
    await let_in(h)
    h.engine.ruleset_of("club").paid.plans.pop("daypass")  # no longer sold
    h.clock.set(BOUGHT + timedelta(days=1, minutes=1))
    await h.engine.scheduler.run_due()
    await h.settle()
    assert (await PaidMembership.get(plan="daypass")).status == "lapsed"
    assert h.world.chats[PAID_ID].status(ANN) == "left"  # the paid chats of the other plans
    assert h.texts(PAID_ID)[-1] == "Ann's daypass membership has ended; they have left this group."
    assert private_texts(h, ANN)[-1] == "Your daypass membership has ended."


async def test_a_member_who_never_joined_the_paid_chat_is_neither_removed_nor_announced(
    driver, open_harness
):
    h = await open_harness(driver)
    await buy(h)  # and never used the personal link
    h.clock.set(BOUGHT + timedelta(days=365, minutes=1))
    await h.engine.scheduler.run_due()
    await h.settle()
    assert (await PaidMembership.get(member=f"telegram:user:{ANN}")).status == "lapsed"
    assert not h.fake.called("banChatMember") and not h.fake.called("unbanChatMember")
    assert h.texts(PAID_ID) == []
    assert private_texts(h, ANN)[-1] == (
        "Your Basic membership has ended. Send /subscribe basic to join again."
    )


async def test_a_refund_of_a_member_who_left_the_paid_chat_announces_nothing(driver, open_harness):
    h = await open_harness(driver)
    await buy(h)
    await let_in(h)
    h.world.leave(PAID_ID, ANN)
    h.world.say(CHAT_ID, ANN, "hello")
    await h.settle()
    said = len(h.texts(PAID_ID))
    h.world.say(CHAT_ID, OWNER_ID, "/refundstars @Ann")
    await h.settle()
    assert (await PaidMembership.get(member=f"telegram:user:{ANN}")).status == "refunded"
    assert not h.fake.called("banChatMember")
    assert h.texts(PAID_ID)[said:] == []


async def test_refunding_a_renewal_takes_back_that_period_only(driver, open_harness):
    h = await open_harness(driver)
    first = (await buy(h))["telegram_payment_charge_id"]
    await let_in(h)
    renewal = (await buy(h))["telegram_payment_charge_id"]  # a second year after the first
    h.world.say(CHAT_ID, OWNER_ID, f"/refundstars {renewal}")
    await h.settle()
    assert renewal in payments.ledger(h.world).refunded
    assert private_texts(h, ANN)[-1] == (
        "Your Basic payment was refunded; your membership now runs until Mar 3, 2027, 2:30 AM."
    )
    assert h.world.chats[PAID_ID].present(ANN)  # the first year is still paid for
    assert not h.fake.called("banChatMember")
    row = await PaidMembership.get(member=f"telegram:user:{ANN}")
    assert (row.status, row.expires_at) == ("active", BOUGHT + timedelta(days=365))
    h.world.say(CHAT_ID, OWNER_ID, "/stats month")
    await h.settle()
    report = h.texts()[-1].split("\n")
    (paid,) = [line for line in report if line.startswith("Paid members")]
    assert paid.startswith("Paid members: 1 (basic 1); started 1, renewed 1, lapsed 0, refunded 0")
    (revenue,) = [line for line in report if line.startswith("Revenue")]
    assert revenue.startswith("Revenue 2026-03: 500"), revenue  # the renewal's 500 given back

    h.clock.set(BOUGHT + timedelta(days=365, minutes=1))  # the end of the year kept
    await h.engine.scheduler.run_due()
    await h.settle()
    assert h.world.chats[PAID_ID].status(ANN) == "left"
    assert first not in payments.ledger(h.world).refunded


async def test_refunding_the_only_period_left_removes_the_member(driver, open_harness):
    h = await open_harness(driver)
    await buy(h)
    await let_in(h)
    second = (await buy(h))["telegram_payment_charge_id"]
    h.clock.set(BOUGHT + timedelta(days=400))  # into the second year: the first is used up
    h.world.say(CHAT_ID, OWNER_ID, f"/refundstars {second}")
    await h.settle()
    assert h.world.chats[PAID_ID].status(ANN) == "left"
    assert private_texts(h, ANN)[-1] == (
        "Your Basic payment was refunded and the membership has ended."
    )


@pytest.mark.parametrize(
    ("down_until", "told"),
    [
        (timedelta(days=365, minutes=-2), "in 2 minutes"),
        (timedelta(days=364, hours=19), "in 5 hours"),
    ],
)
async def test_a_reminder_sent_late_says_the_time_truly_left(
    driver, open_harness, down_until, told
):
    h = await open_harness(driver)
    await buy(h)
    h.clock.set(BOUGHT + down_until)  # down over the 1-day reminder, back just before the end
    await h.engine.scheduler.run_due()
    await h.settle()
    assert private_texts(h, ANN)[-1] == (
        f"Your Basic membership ends on Mar 3, 2027, 2:30 AM ({told}). "
        "Send /subscribe basic to renew."
    )
