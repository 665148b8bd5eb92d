"""Gettext catalogs (domain `groupops`) from locales/.

A compiled `.mo` is used when it is newer than its `.po`; otherwise the `.po` is compiled in
memory, so a fresh clone works before `scripts/i18n.py compile` has run.
"""

from __future__ import annotations

import io
from functools import cache
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import NullTranslations, Translations

DOMAIN = "groupops"
SOURCE_LOCALE = "en"


def locales_dir() -> Path:
    import groupops.locales as package

    return Path(next(iter(package.__path__)))


@cache
def available_locales() -> tuple[str, ...]:
    found = {p.parent.parent.name for p in locales_dir().glob(f"*/LC_MESSAGES/{DOMAIN}.po")}
    return tuple(sorted(found | {SOURCE_LOCALE}))


@cache
def translations(locale: str) -> NullTranslations:
    folder = locales_dir() / locale / "LC_MESSAGES"
    po, mo = folder / f"{DOMAIN}.po", folder / f"{DOMAIN}.mo"
    if mo.is_file() and (not po.is_file() or mo.stat().st_mtime >= po.stat().st_mtime):
        with mo.open("rb") as handle:
            return Translations(handle, domain=DOMAIN)
    if not po.is_file():
        return NullTranslations()
    with po.open("rb") as handle:
        catalog = read_po(handle, locale=locale, domain=DOMAIN)
    buffer = io.BytesIO()
    write_mo(buffer, catalog)
    buffer.seek(0)
    return Translations(buffer, domain=DOMAIN)
