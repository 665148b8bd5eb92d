"""What members and admins read of paid plans, through both Telegram drivers: a one-day plan
is "1 day", a second refund says the payment was refunded already, and an admin asking about
a member's plans is told whose they are."""

from __future__ import annotations

from datetime import timedelta

import pytest
from support.fake_telegram import payments
from support.telegram_harness import CHAT_ID, OWNER_ID
from test_paid_endings import DAYPASS
from test_paid_telegram import ANN, BOUGHT, buy, open_harness, private_texts

__all__ = ["open_harness"]  # the fixture, shared with test_paid_telegram
pytestmark = pytest.mark.parametrize("driver", ["aiogram", "ptb"])


async def test_a_one_day_plan_is_one_day(driver, open_harness):
    h = await open_harness(driver, DAYPASS)
    h.member(ANN, "Ann")
    h.world.private(ANN)
    h.world.say(ANN, ANN, "/plans")
    h.world.say(ANN, ANN, "/subscribe daypass")
    await h.settle()
    plans = [t for t in h.world.texts(ANN) if t and t.startswith("Plans:")][-1]
    assert "· daypass: Day pass — 10 XTR, 1 day\n" in plans + "\n", plans
    invoice = [m for m in h.world.bot_messages(ANN) if "invoice" in m][-1]
    assert invoice["invoice"]["description"] == "1 day in the members' group."


async def test_a_second_refund_says_it_was_refunded_already(driver, open_harness):
    h = await open_harness(driver)
    charge = (await buy(h))["telegram_payment_charge_id"]
    h.world.say(CHAT_ID, ANN, "hello")
    h.world.say(CHAT_ID, OWNER_ID, "/refundstars @Ann")
    await h.settle()
    h.world.say(CHAT_ID, OWNER_ID, "/refundstars @Ann")
    await h.settle()
    assert h.texts()[-1] == f"Ann's last Stars payment, {charge} (500 XTR), was refunded already."
    assert len(payments.ledger(h.world).refunded) == 1


async def test_an_admin_asking_about_a_member_is_told_whose_plan_it_is(driver, open_harness):
    h = await open_harness(driver)
    await buy(h)
    h.world.say(CHAT_ID, ANN, "hello")
    h.world.say(CHAT_ID, OWNER_ID, "/membership @Ann")
    await h.settle()
    assert h.texts()[-1].replace("\u202f", " ") == "Ann: Basic until Mar 3, 2027, 2:30 AM."


IVAN = 44


async def test_a_payer_never_seen_is_answered_in_their_telegram_language(driver, open_harness):
    """Ivan pays an invoice passed on to him (his Telegram is in Russian) without ever writing
    to the bot: the checkout's refusal, the thanks and the link after it are in Russian."""
    h = await open_harness(driver)
    h.world.user(IVAN, "Ivan", "ru")
    h.world.private(IVAN)
    h.member(ANN, "Ann")
    h.world.private(ANN)
    h.world.say(ANN, ANN, "/subscribe basic")
    await h.settle()
    invoice = [m for m in h.world.bot_messages(ANN) if "invoice" in m][-1]
    passed_on = h.world.chats[IVAN].messages
    passed_on[invoice["message_id"]] = dict(invoice, invoice=dict(invoice["invoice"]))
    passed_on[invoice["message_id"]]["invoice"]["total_amount"] = 1  # an old price
    query = payments.pay(h.world, IVAN, IVAN, invoice["message_id"])
    await h.settle()
    answer = payments.ledger(h.world).checkouts[query].answer
    assert answer == {
        "ok": False,
        "error_message": "Этот тариф больше не продаётся по этой цене. "
        "Отправьте /subscribe basic, чтобы получить новый счёт.",
    }

    passed_on[invoice["message_id"]]["invoice"]["total_amount"] = 500
    payments.pay(h.world, IVAN, IVAN, invoice["message_id"])
    await h.settle()
    said = private_texts(h, IVAN)
    assert any(t.startswith("Спасибо! Ваше членство Basic действует до ") for t in said), said
    assert any(t.startswith("Ваша личная ссылка в группу для участников: ") for t in said), said


async def test_a_payers_reminder_after_a_restart_is_still_in_their_telegram_language(
    driver, open_harness
):
    """Ivan (his Telegram in Russian) pays an invoice passed on to him without ever writing
    to the bot; the bot is restarted before his membership ends: the reminder is in Russian,
    as the thanks was, not in the community's language."""
    h = await open_harness(driver)
    h.world.user(IVAN, "Ivan", "ru")
    h.world.private(IVAN)
    h.member(ANN, "Ann")
    h.world.private(ANN)
    h.world.say(ANN, ANN, "/subscribe basic")
    await h.settle()
    invoice = [m for m in h.world.bot_messages(ANN) if "invoice" in m][-1]
    h.world.chats[IVAN].messages[invoice["message_id"]] = invoice
    payments.pay(h.world, IVAN, IVAN, invoice["message_id"])
    await h.settle()
    assert any(t.startswith("Спасибо! ") for t in private_texts(h, IVAN))

    await h.switch(driver)  # a redeploy: a new engine on the same database
    h.clock.set(BOUGHT + timedelta(days=358))
    await h.engine.scheduler.run_due()
    await h.settle()
    reminder = private_texts(h, IVAN)[-1]
    assert reminder.startswith("Ваше членство Basic заканчивается "), reminder
    assert "(через 7 дней). Отправьте /subscribe basic, чтобы продлить." in reminder
