"""A payer who never wrote in the community's groups hears the paid membership's messages in
their own language (Telegram's language_code), though the community speaks English
(`locale = "en"`, as `groupops init` writes it) and the admin's command came from an English
group: the refund's new end, the /grant of a held payment, the reminders after a restart,
and the refusal of a join request to a paid chat. Both drivers, the fake Bot API."""

from __future__ import annotations

from datetime import timedelta

import pytest
from support.fake_telegram import payments
from support.fake_telegram.methods import METHODS
from support.telegram_harness import CHAT_ID, OWNER_ID, TelegramHarness
from test_paid_telegram import ANN, BOB, BOUGHT, PAID_ID, _paid, open_harness, private_texts

__all__ = ["open_harness"]  # the fixture, shared with test_paid_telegram
pytestmark = pytest.mark.parametrize("driver", ["aiogram", "ptb"])
ENGLISH = {"rulesets": {"main": {"locale": "en"}}}


async def pay(h: TelegramHarness, user_id: int = ANN) -> str:
    """The payer, Spanish, asks for the plan in private and pays: the charge."""
    if user_id not in h.world.users:
        h.world.user(user_id, "Ana", "es")
        h.world.private(user_id)
    h.world.say(user_id, user_id, "/subscribe basic")
    await h.settle()
    invoice = [m for m in h.world.bot_messages(user_id) if "invoice" in m][-1]
    payments.pay(h.world, user_id, user_id, invoice["message_id"])
    await h.settle()
    paid = [m for m in h.world.chats[user_id].messages.values() if "successful_payment" in m]
    return paid[-1]["successful_payment"]["telegram_payment_charge_id"]


def _refund_unannounced(world, params):
    """Telegram's refund, its `refunded_payment` message not (yet) delivered: the refund's
    answer to the admin's command ends the period, in the admin's group's event."""
    world.push = lambda *args, **kwargs: None
    try:
        return payments.refund(world, params)
    finally:
        del world.push


@pytest.mark.parametrize("announced", [True, False])
async def test_the_refund_of_a_renewal_is_told_in_the_payers_language(
    driver, open_harness, monkeypatch, announced
):
    if not announced:
        monkeypatch.setitem(METHODS, "refundStarPayment", _refund_unannounced)
    h = await open_harness(driver, ENGLISH)
    await pay(h)
    renewal = await pay(h)
    h.world.say(CHAT_ID, OWNER_ID, f"/refundstars {renewal}")
    await h.settle()
    assert private_texts(h, ANN)[-1].startswith(
        "Se reembolsó tu pago de Basic; tu membresía ahora dura hasta el "
    ), (private_texts(h, ANN), h.texts())  # the admin's group: whether the refund was asked


async def test_a_grant_of_a_held_payment_is_told_in_the_payers_language(driver, open_harness):
    h = await open_harness(driver, ENGLISH)
    h.world.user(ANN, "Ana", "es")
    h.world.private(ANN)
    _paid(h, 1, "@club|paid|basic")  # a price raised meanwhile: held
    await h.settle()
    await h.switch(driver)  # a redeploy before the admins decide
    h.world.say(CHAT_ID, OWNER_ID, f"/grant {ANN} basic stxch_1_asic")
    await h.settle()
    told = private_texts(h, ANN)[-2:]  # the grant, and the personal link it opens
    assert told[0].startswith("Tu pago de 1 XTR ahora paga Basic: eres miembro hasta el "), told
    assert told[1].startswith("Tu enlace personal al grupo de miembros: "), told


async def test_a_reminder_after_a_restart_is_in_the_payers_language(driver, open_harness):
    h = await open_harness(driver, ENGLISH)
    await pay(h)
    link = next(t for t in private_texts(h, ANN) if t.startswith("Tu enlace personal"))
    h.world.request_join(PAID_ID, ANN, link.rsplit(" ", 1)[-1])  # in the paid chat, silent
    await h.settle()
    assert h.world.chats[PAID_ID].present(ANN)
    await h.switch(driver)
    h.clock.set(BOUGHT + timedelta(days=358))
    await h.engine.scheduler.run_due()
    await h.settle()
    assert private_texts(h, ANN)[-1].startswith("Tu membresía Basic termina el "), private_texts(
        h, ANN
    )


async def test_a_join_request_refused_is_told_in_the_requesters_language(driver, open_harness):
    h = await open_harness(driver, ENGLISH)
    h.world.user(BOB, "Beto", "es")
    h.world.private(BOB)  # started the bot once, never wrote in a group
    h.world.request_join(PAID_ID, BOB)
    await h.settle()
    assert private_texts(h, BOB) == [
        "Este grupo es para miembros de pago. Envía /plans para ver los planes."
    ]


async def test_a_grant_for_an_order_tells_the_member_what_it_bought(driver, open_harness):
    h = await open_harness(driver, ENGLISH)
    h.world.user(ANN, "Ana", "es")
    h.world.private(ANN)
    h.world.say(ANN, ANN, "/membership")  # known to the bot; never wrote in a group
    await h.settle()
    h.world.say(CHAT_ID, OWNER_ID, f"/grant {ANN} basic SHOP-7")
    await h.settle()
    told = private_texts(h, ANN)[-2:]  # what the order bought, then the personal link
    assert told[0].startswith(
        "El pedido SHOP-7 se ha registrado: tu membresía Basic dura hasta el "
    ), told
    assert told[1].startswith("Tu enlace personal al grupo de miembros: "), told
