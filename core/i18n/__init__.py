"""Babel-backed i18n: catalogs in locales/, locale negotiation and rendering."""

from .catalogs import DOMAIN, SOURCE_LOCALE, available_locales, translations
from .names import language_name, locale_name
from .negotiate import choose, match
from .percents import format_percent_in, said_percent, said_percent_range
from .render import format_value, localized, render, render_text
from .signed import format_signed_in, said_signed

__all__ = [
    "DOMAIN",
    "SOURCE_LOCALE",
    "available_locales",
    "choose",
    "format_percent_in",
    "format_signed_in",
    "format_value",
    "language_name",
    "locale_name",
    "localized",
    "match",
    "render",
    "render_text",
    "said_percent",
    "said_percent_range",
    "said_signed",
    "translations",
]
