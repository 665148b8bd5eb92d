"""An amount as people read it: Telegram Stars are whole (750 XTR, never 750.00 XTR, however
the database kept it); other currencies as recorded, with their cents (497.00 CNY)."""

from __future__ import annotations

import copy
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Any

from babel import Locale
from babel.numbers import get_currency_precision

from .i18n import available_locales, localized
from .segments import I18nText

STARS = "XTR"  # Telegram Stars, the currency of digital goods in Telegram


def from_smallest(amount: int, currency: str) -> Decimal:
    """A payment's amount as the platform sends it, in the currency's smallest unit (Telegram's
    `total_amount`: 700 is 7.00 USD, 700 JPY, 700 XTR), as people read it."""
    if currency.upper() == STARS:
        return Decimal(amount)
    return Decimal(amount).scaleb(-get_currency_precision(currency.upper()))


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


@lru_cache(maxsize=1024)
def format_amount_in(amount: Decimal, locale: str) -> str:
    """`amount` with the cents it was recorded with, in the locale's digits: `1,497.00` in
    English, `1 497,00` in Russian, `1.497,00` in German."""
    decimals = max(0, -int(amount.as_tuple().exponent))
    pattern = copy.copy(Locale.parse(locale).decimal_formats[None])
    pattern.frac_prec = (decimals, decimals)
    return pattern.apply(amount, Locale.parse(locale), decimal_quantization=False)


def said_amount(amount: Any, currency: str) -> I18nText | str:
    """An amount for a message, in each reader's number format (a Russian group read
    `30.00 CNY`, an English decimal point in a Russian sentence); as written if not a number."""
    text = amount_text(amount, currency)
    try:
        value = Decimal(text)
    except InvalidOperation:
        return text
    return localized({locale: format_amount_in(value, locale) for locale in available_locales()})
