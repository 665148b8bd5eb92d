"""An amount as people read it: Telegram Stars are whole (750 XTR, never 750.00 XTR, however
the database kept it); other currencies as recorded, with their cents (497.00 CNY)."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

STARS = "XTR"  # Telegram Stars, the currency of digital goods in Telegram


def amount_text(amount: Any, currency: str) -> str:
    """The amount alone ("750" for Stars); what cannot be read as a number, as it is."""
    try:
        value = Decimal(str(amount))
    except InvalidOperation:
        return str(amount)
    if currency.upper() == STARS and value == value.to_integral_value():
        return f"{value.to_integral_value():f}"
    return str(amount)


def money(amount: Any, currency: str) -> str:
    """The amount with its currency: "750 XTR", "497.00 CNY"."""
    return f"{amount_text(amount, currency)} {currency}"
