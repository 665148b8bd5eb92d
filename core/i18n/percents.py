"""Percentages as each reader writes them: `100.0%` in English, `100,0 %` in Russian and German,
from Babel's locale data. A value in a message is said per reader, chosen when the text is
rendered, like an operator's text written per locale."""

from __future__ import annotations

import copy
from functools import lru_cache

from babel import Locale

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
