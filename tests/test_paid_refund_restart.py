"""A /refundstars whose answer comes after a restart, through both drivers against the fake Bot
API: the bot goes down with the refund still in its outbox, and comes back. Telegram's
confirmation (the refund's own answer, or the `refunded_payment` it posts) is then taken as
asked: the membership is taken back and the admin chat is not told of a refund made outside
the bot. A refund Telegram refuses, or an operator cancels, is answered where it was asked and
no longer counts as asked, after a restart too: a refund made later by Telegram's support is
told to the admins."""

from __future__ import annotations

import pytest
from support.fake_telegram import payments
from support.fake_telegram.methods import ApiError
from support.telegram_harness import CHAT_ID, OWNER_ID, TelegramHarness
from test_delivery_outbox import groupops
from test_paid_telegram import ANN, buy, open_harness, private_texts

from groupops.core.storage.models import OutboxItem, PaidMembership

__all__ = ["open_harness"]  # the fixture, shared with test_paid_telegram
pytestmark = pytest.mark.parametrize("driver", ["aiogram", "ptb"])
ADMINS = -1005550001
WITH_ADMIN_CHAT = {"communities": {"club": {"admin_chat": f"telegram:{ADMINS}"}}}
ENDED = "Your Basic payment was refunded and the membership has ended."


def bad_gateway() -> list[ApiError]:
    """refundStarPayment answering 5xx, try after try, until the test clears it."""
    return [ApiError(502, "Bad Gateway") for _ in range(100)]


async def asked_then_down(h: TelegramHarness) -> str:
    """Ann pays; an admin asks for the refund in the group; Telegram answers 5xx and the bot
    goes down with the refund still in its outbox. Returns the charge."""
    h.world.group(ADMINS, "Admins")
    charge = (await buy(h))["telegram_payment_charge_id"]
    h.fake.refuse["refundStarPayment"] = bad_gateway()
    h.world.say(CHAT_ID, OWNER_ID, "/refundstars @ann")
    await h.fake.wait_until(lambda: ("refundStarPayment", 502) in h.fake.rejected)
    await h.engine.stop(drain_timeout=0)
    assert await OutboxItem.filter(kind="refund", status="pending").count() == 1
    return charge


async def status_of_ann() -> str:
    return (await PaidMembership.get(member=f"telegram:user:{ANN}")).status


async def test_a_refund_confirmed_after_a_restart_is_taken_as_asked(driver, open_harness):
    h = await open_harness(driver, WITH_ADMIN_CHAT)
    charge = await asked_then_down(h)
    h.fake.refuse.clear()
    await h.switch(driver)  # back up: the outbox sends the refund, Telegram confirms it
    await h.settle()
    assert charge in payments.ledger(h.world).refunded
    assert await status_of_ann() == "refunded"
    assert private_texts(h, ANN)[-1] == ENDED
    assert h.texts()[-1] == f"Refund of 500 XTR ({charge}) requested."
    assert h.texts(ADMINS) == []  # asked with /refundstars: not "refunded outside the bot"


async def test_telegrams_refunded_payment_before_the_refunds_answer_is_taken_as_asked(
    driver, open_harness
):
    """The try that got the 5xx went through: Telegram posts the `refunded_payment` while the
    bot is down, and the bot reads it before its own retry hears CHARGE_ALREADY_REFUNDED."""
    h = await open_harness(driver, WITH_ADMIN_CHAT)
    charge = await asked_then_down(h)
    payments.refund(h.world, {"user_id": ANN, "telegram_payment_charge_id": charge})
    await h.switch(driver)
    await h.world.wait_acknowledged()  # the refunded_payment is in, the refund still refused
    assert await status_of_ann() == "refunded"
    h.fake.refuse.clear()
    await h.settle()
    assert private_texts(h, ANN)[-1] == ENDED
    assert h.texts()[-1] == f"Refund of 500 XTR ({charge}) requested."
    assert h.texts(ADMINS) == []


async def test_a_refund_refused_after_a_restart_no_longer_counts_as_asked(driver, open_harness):
    h = await open_harness(driver, WITH_ADMIN_CHAT)
    charge = await asked_then_down(h)
    refused = ApiError(400, "Bad Request: STARS_BALANCE_TOO_LOW")
    h.fake.refuse["refundStarPayment"] = [refused]
    await h.switch(driver)
    await h.settle()
    assert h.texts()[-1] == (
        f"The refund of 500 XTR ({charge}) failed: telegram: Bad Request: STARS_BALANCE_TOO_LOW"
    )
    assert await status_of_ann() == "active"
    await h.switch(driver)  # restarted once more: what was asked is read back
    payments.refund(h.world, {"user_id": ANN, "telegram_payment_charge_id": charge})  # support
    await h.settle()
    assert await status_of_ann() == "refunded"
    assert h.texts(ADMINS) == [
        f"Payment {charge} by Ann (500 XTR) was refunded outside the bot, not with "
        "/refundstars; what it paid for is taken back."
    ]


async def test_a_refund_the_operator_cancels_is_answered_and_no_longer_asked(
    driver, open_harness, db_url, tmp_path
):
    h = await open_harness(driver, WITH_ADMIN_CHAT)
    h.world.group(ADMINS, "Admins")
    charge = (await buy(h))["telegram_payment_charge_id"]
    h.fake.refuse["refundStarPayment"] = bad_gateway()
    h.world.say(CHAT_ID, OWNER_ID, "/refundstars @ann")
    await h.fake.wait_until(lambda: ("refundStarPayment", 502) in h.fake.rejected)
    stuck = await OutboxItem.get(kind="refund")
    code, _, err = await groupops("outbox", "cancel", stuck.id, "--db", db_url, cwd=tmp_path)
    assert code == 0, err
    assert await h.engine.outbox.cancellations.sweep() == 1  # what the running bot does every 30 s
    await h.settle()
    assert h.texts()[-1] == (
        f"The refund of 500 XTR ({charge}) failed: cancelled by the operator "
        "(groupops outbox cancel)"
    )
    assert await status_of_ann() == "active"
    assert charge not in payments.ledger(h.world).refunded
    await h.switch(driver)
    payments.refund(h.world, {"user_id": ANN, "telegram_payment_charge_id": charge})  # support
    await h.settle()
    assert await status_of_ann() == "refunded"
    assert private_texts(h, ANN)[-1] == ENDED
    assert h.texts(ADMINS) == [
        f"Payment {charge} by Ann (500 XTR) was refunded outside the bot, not with "
        "/refundstars; what it paid for is taken back."
    ]
