"""Telegram Stars in the fake: sendInvoice, answerPreCheckoutQuery and refundStarPayment as
the Bot API documents them, and a member paying an invoice (`pay`): a `pre_checkout_query`
update, then, once the bot accepted, a `successful_payment` message from the payer; a refund
posts a `refunded_payment` message in the payer's private chat."""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from typing import Any

from .methods import ApiError, _chat
from .state import BOT_USER, FakeWorld

STARS = "XTR"


@dataclass
class Checkout:
    user_id: int
    chat_id: int
    invoice: dict[str, Any]
    answer: dict[str, Any] | None = None  # what the bot said: {"ok": …, "error_message": …}


@dataclass
class Ledger:
    """What the fake's payment side knows: open pre-checkout queries and the charges made."""

    checkouts: dict[str, Checkout] = field(default_factory=dict)
    charges: dict[str, dict[str, Any]] = field(default_factory=dict)  # charge id -> payment
    refunded: set[str] = field(default_factory=set)
    stars: dict[int, int] = field(default_factory=dict)  # user id -> stars spent, net


def ledger(world: FakeWorld) -> Ledger:
    found = getattr(world, "payments", None)
    if found is None:
        found = world.payments = Ledger()  # type: ignore[attr-defined]
    return found


def send_invoice(world: FakeWorld, params: dict[str, Any]) -> dict:
    chat_id = params["chat_id"]
    if chat_id > 0 and chat_id not in world.chats:
        raise ApiError(403, "Forbidden: bot can't initiate conversation with a user")
    chat = _chat(world, params)
    if not 1 <= len(params["title"]) <= 32:
        raise ApiError(
            400,
            "Bad Request: INVOICE_TITLE_EMPTY"
            if not params["title"]
            else "Bad Request: title is too long",
        )
    if not 1 <= len(params["description"]) <= 255:
        raise ApiError(400, "Bad Request: INVOICE_DESCRIPTION_EMPTY")
    if not 1 <= len(params["payload"].encode()) <= 128:
        raise ApiError(400, "Bad Request: INVOICE_PAYLOAD_INVALID")
    prices = params["prices"]
    if params["currency"] == STARS:
        if params.get("provider_token"):
            raise ApiError(
                400, "Bad Request: provider_token must be empty for payments in Telegram Stars"
            )
        if len(prices) != 1:
            raise ApiError(400, "Bad Request: exactly one price must be given for Telegram Stars")
    total = sum(int(p["amount"]) for p in prices)
    if total <= 0 or any(not p.get("label") for p in prices):
        raise ApiError(400, "Bad Request: CURRENCY_TOTAL_AMOUNT_INVALID")
    invoice = {
        "title": params["title"],
        "description": params["description"],
        "start_parameter": "",
        "currency": params["currency"],
        "total_amount": total,
    }
    message = world.post(chat.id, BOT_USER, "", invoice=invoice)
    message["payload"] = params["payload"]  # kept by Telegram, never shown to members
    return {k: v for k, v in message.items() if k != "payload"}


def pay(world: FakeWorld, chat_id: int, user_id: int, message_id: int) -> str:
    """`user_id` taps Pay under the invoice: Telegram asks the bot first (pre_checkout_query).
    Returns the query id."""
    message = world.chats[chat_id].messages[message_id]
    invoice = message["invoice"]
    query_id = secrets.token_hex(8)
    ledger(world).checkouts[query_id] = Checkout(user_id, chat_id, message)
    world.push(
        "pre_checkout_query",
        {
            "id": query_id,
            "from": world.users[user_id],
            "currency": invoice["currency"],
            "total_amount": invoice["total_amount"],
            "invoice_payload": message["payload"],
        },
    )
    return query_id


def answer_checkout(world: FakeWorld, params: dict[str, Any]) -> bool:
    book = ledger(world)
    checkout = book.checkouts.get(params["pre_checkout_query_id"])
    if checkout is None or checkout.answer is not None:
        raise ApiError(
            400, "Bad Request: query is too old and response timeout expired or query ID is invalid"
        )
    if not params["ok"] and not params.get("error_message"):
        raise ApiError(400, "Bad Request: error_message is required when ok is false")
    checkout.answer = {"ok": params["ok"], "error_message": params.get("error_message", "")}
    if params["ok"]:
        _charge(world, book, checkout)
    return True


def _charge(world: FakeWorld, book: Ledger, checkout: Checkout) -> None:
    invoice = checkout.invoice["invoice"]
    charge = f"stxch_{secrets.token_hex(10)}"
    payment = {
        "currency": invoice["currency"],
        "total_amount": invoice["total_amount"],
        "invoice_payload": checkout.invoice["payload"],
        "telegram_payment_charge_id": charge,
        "provider_payment_charge_id": "",
    }
    book.charges[charge] = payment | {"user_id": checkout.user_id}
    book.stars[checkout.user_id] = book.stars.get(checkout.user_id, 0) + invoice["total_amount"]
    user = world.users[checkout.user_id]
    world.push("message", world.post(checkout.chat_id, user, "", successful_payment=payment))


def refund(world: FakeWorld, params: dict[str, Any]) -> bool:
    book = ledger(world)
    charge = book.charges.get(params["telegram_payment_charge_id"])
    if charge is None or charge["user_id"] != params["user_id"]:
        raise ApiError(400, "Bad Request: CHARGE_NOT_FOUND")
    charge_id = params["telegram_payment_charge_id"]
    if charge_id in book.refunded:
        raise ApiError(400, "Bad Request: CHARGE_ALREADY_REFUNDED")
    book.refunded.add(charge_id)
    book.stars[params["user_id"]] -= charge["total_amount"]
    user_id = params["user_id"]
    if user_id not in world.chats:
        world.private(user_id)
    refunded = {k: v for k, v in charge.items() if k != "user_id"}
    world.push("message", world.post(user_id, world.users[user_id], "", refunded_payment=refunded))
    return True


METHODS = {
    "sendInvoice": send_invoice,
    "answerPreCheckoutQuery": answer_checkout,
    "refundStarPayment": refund,
}
SPECS: dict[str, dict[str, tuple[Any, bool]]] = {
    "sendInvoice": {
        "chat_id": (int, True),
        "title": (str, True),
        "description": (str, True),
        "payload": (str, True),
        "currency": (str, True),
        "prices": (list, True),
        "provider_token": (str, False),
        "message_thread_id": (int, False),
        "start_parameter": (str, False),
        "photo_url": (str, False),
    },
    "answerPreCheckoutQuery": {
        "pre_checkout_query_id": (str, True),
        "ok": (bool, True),
        "error_message": (str, False),
    },
    "refundStarPayment": {"user_id": (int, True), "telegram_payment_charge_id": (str, True)},
}
