"""A change in a count said with its sign, in the reader's digits and grouping: `+1,500` in
English, `+1.500` in Vietnamese, `-1 500` in Russian. Babel writes a positive number without a
sign, so the locale's own pattern is given one (a gain must read as a gain)."""

from __future__ import annotations

import copy
from functools import lru_cache

from babel import Locale

from ..segments import I18nText
from .catalogs import available_locales
from .render import localized


@lru_cache(maxsize=1024)
def format_signed_in(value: int, locale: str) -> str:
    """`value` with the locale's decimal pattern, a `+` before a gain and a `-` before a loss."""
    pattern = copy.copy(Locale.parse(locale).decimal_formats[None])
    pattern.prefix = ("+", "-")
    return pattern.apply(value, Locale.parse(locale))


def said_signed(value: int) -> I18nText:
    """A signed change for a message, chosen per reader when it is rendered (as said_percent)."""
    return localized({locale: format_signed_in(value, locale) for locale in available_locales()})
