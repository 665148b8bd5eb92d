"""Languages by name rather than code: each catalog's name in its own language (the console's
language menu), and a language named in whichever language its reader reads (/setlang's
answers), from Babel's locale data."""

from __future__ import annotations

from functools import cache

from babel import Locale, UnknownLocaleError

from ..segments import I18nText
from .catalogs import available_locales
from .render import localized

LOCALE_NAMES = {  # as their readers look for them in a menu; other catalogs get Babel's name
    "en": "English",
    "es": "Español",
    "id": "Bahasa Indonesia",
    "pt_BR": "Português (Brasil)",
    "ru": "Русский",
    "uk": "Українська",
    "zh_Hans": "简体中文",
    "zh_Hant": "繁體中文",
}


def _babel_name(code: str, reader: str) -> str:
    try:
        return str(Locale.parse(code).get_display_name(reader) or code)
    except (ValueError, UnknownLocaleError):
        return code


def locale_name(code: str) -> str:
    """A catalog's language in that language, as a menu lists it."""
    return LOCALE_NAMES.get(code) or _babel_name(code, code)


@cache
def language_name(code: str) -> I18nText:
    """`code`'s language named in the reader's language, chosen when the text is rendered:
    "русский" for a Russian reader, "俄语" for a Chinese one."""
    return localized({reader: _babel_name(code, reader) for reader in available_locales()})


@cache
def _by_name() -> dict[str, str]:
    """Each catalog by the names a reader may type for it: its menu name, and its language's
    and its own full name in every catalog's language ("Deutsch", "german", "немецкий",
    "中文"); a name two catalogs share (中文) goes to the first of them."""
    found: dict[str, str] = {}
    for code in available_locales():
        try:
            locale = Locale.parse(code)
        except (ValueError, UnknownLocaleError):
            continue
        names = {locale_name(code)}
        for reader in available_locales():
            names |= {locale.get_display_name(reader) or "", locale.get_language_name(reader) or ""}
        for name in names:
            found.setdefault(name.casefold(), code)
    return found


def locale_named(name: str) -> str | None:
    """The catalog a language name stands for ("Deutsch", "русский", "Chinese"), or None."""
    return _by_name().get(name.strip().casefold())
