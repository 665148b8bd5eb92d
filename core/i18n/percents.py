"""Percentages as each reader writes them: `100.0%` in English, `100,0 %` in Russian and German,
from Babel's locale data. A value in a message is said per reader, chosen when the text is
rendered, like an operator's text written per locale."""

from __future__ import annotations

import copy
from functools import lru_cache

from babel import Locale
from babel.numbers import format_decimal

from ..segments import I18nText
from .catalogs import available_locales
from .render import localized


@lru_cache(maxsize=1024)
def format_percent_in(value: float, locale: str, decimals: tuple[int, int] = (1, 1)) -> str:
    """`value` (1.0 is 100 %) with the locale's percent pattern and `decimals` (least, most)
    digits after the separator."""
    pattern = copy.copy(Locale.parse(locale).percent_formats[None])
    pattern.frac_prec = decimals
    return pattern.apply(value, Locale.parse(locale))


def said_percent(value: float | None, decimals: tuple[int, int] = (1, 1)) -> I18nText | str:
    """A share for a message, in the reader's number format: one decimal by default ("14,3 %"),
    (0, 1) for a limit an operator wrote ("15 %", "12,5 %"); "—" where there is no value."""
    if value is None:
        return "—"
    return localized(
        {locale: format_percent_in(value, locale, decimals) for locale in available_locales()}
    )


@lru_cache(maxsize=256)
def format_percent_range_in(low: float, high: float, locale: str) -> str:
    """A range of whole percents as the locale writes a percent (`5–10%`, `5–10 %`, `%5–10`):
    the low bound put before the high one's number, inside the locale's pattern."""
    said = format_percent_in(high, locale, (0, 0))
    number = format_decimal(round(high * 100), locale=locale)
    low_said = format_decimal(round(low * 100), locale=locale)
    return said.replace(number, f"{low_said}\u2013{number}", 1)


def said_percent_range(low: float, high: float) -> I18nText:
    """A range of shares for a message (a playbook's suggested share), in the reader's format."""
    return localized(
        {locale: format_percent_range_in(low, high, locale) for locale in available_locales()}
    )
