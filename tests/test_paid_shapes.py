"""The fake's payment updates are what the real libraries parse: aiogram's and
python-telegram-bot's own models read pre_checkout_query, message.successful_payment and
message.refunded_payment from them, and the mapping turns them into payment events."""

from __future__ import annotations

import pytest
from aiogram.types import Update as AiogramUpdate
from support.fake_telegram import payments
from support.fake_telegram.methods import ApiError
from support.fake_telegram.state import FakeWorld
from telegram import Update as PTBUpdate

from groupops.adapters.telegram.inbound import map_update
from groupops.core.events import CheckoutRequested, PaymentReceived, PaymentRefunded

USER = 42


def _world() -> tuple[FakeWorld, dict]:
    world = FakeWorld()
    world.user(USER, "Ann", "en")
    world.private(USER)
    invoice = {
        "chat_id": USER,
        "title": "Basic",
        "description": "A year in the group",
        "payload": "@club|paid|basic",
        "currency": "XTR",
        "prices": [{"label": "basic", "amount": 500}],
    }
    return world, payments.send_invoice(world, invoice)


def test_payment_updates_parse_in_both_libraries_and_map_to_events():
    world, message = _world()
    query = payments.pay(world, USER, USER, message["message_id"])
    payments.answer_checkout(world, {"pre_checkout_query_id": query, "ok": True})
    charge = next(iter(payments.ledger(world).charges))
    payments.refund(world, {"user_id": USER, "telegram_payment_charge_id": charge})
    checkout, paid, refunded = world.updates[-3:]

    a = AiogramUpdate.model_validate(checkout)
    p = PTBUpdate.de_json(checkout, None)
    assert a.pre_checkout_query.invoice_payload == p.pre_checkout_query.invoice_payload
    assert (a.pre_checkout_query.total_amount, p.pre_checkout_query.currency) == (500, "XTR")
    a, p = AiogramUpdate.model_validate(paid), PTBUpdate.de_json(paid, None)
    assert a.message.successful_payment.telegram_payment_charge_id == charge
    assert p.message.successful_payment.telegram_payment_charge_id == charge
    a, p = AiogramUpdate.model_validate(refunded), PTBUpdate.de_json(refunded, None)
    assert a.message.refunded_payment.telegram_payment_charge_id == charge
    assert p.message.refunded_payment.total_amount == 500

    (ask,) = map_update(checkout).events
    assert isinstance(ask, CheckoutRequested)
    assert (ask.query, ask.amount, ask.payload, ask.member) == (
        query,
        500,
        "@club|paid|basic",
        f"telegram:user:{USER}",
    )
    (got,) = map_update(paid).events
    assert isinstance(got, PaymentReceived) and got.charge == charge and got.currency == "XTR"
    (back,) = map_update(refunded).events
    assert isinstance(back, PaymentRefunded) and back.charge == charge


def test_the_fake_checks_what_the_bot_api_checks():
    world, message = _world()
    bad = {
        "chat_id": USER,
        "title": "Basic",
        "description": "x",
        "payload": "p",
        "currency": "XTR",
        "prices": [{"label": "b", "amount": 5}],
        "provider_token": "tok",
    }
    with pytest.raises(ApiError, match="provider_token"):
        payments.send_invoice(world, bad)
    query = payments.pay(world, USER, USER, message["message_id"])
    with pytest.raises(ApiError, match="error_message"):
        payments.answer_checkout(world, {"pre_checkout_query_id": query, "ok": False})
    payments.answer_checkout(world, {"pre_checkout_query_id": query, "ok": True})
    charge = next(iter(payments.ledger(world).charges))
    payments.refund(world, {"user_id": USER, "telegram_payment_charge_id": charge})
    with pytest.raises(ApiError, match="CHARGE_ALREADY_REFUNDED"):
        payments.refund(world, {"user_id": USER, "telegram_payment_charge_id": charge})
