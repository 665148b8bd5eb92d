"""Babel-backed i18n: catalogs in locales/, locale negotiation and rendering."""

from .catalogs import DOMAIN, SOURCE_LOCALE, available_locales, translations
from .negotiate import choose, match
from .render import format_value, localized, render, render_text

__all__ = [
    "DOMAIN",
    "SOURCE_LOCALE",
    "available_locales",
    "choose",
    "format_value",
    "localized",
    "match",
    "render",
    "render_text",
    "translations",
]
