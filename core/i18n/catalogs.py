"""Gettext catalogs (domain `groupops`) from locales/.

A compiled `.mo` is used when it is newer than its `.po`; otherwise the `.po` is compiled in
memory, so a fresh clone works before `scripts/i18n.py compile` has run.
"""

from __future__ import annotations

import io
from functools import cache
from pathlib import Path

from babel.messages.catalog import Message
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


@cache
def untranslated(locale: str) -> tuple[int, int]:
    """(messages the bot sends `locale`'s readers in English, messages in all) of its catalog:
    an empty or fuzzy entry is sent as its English source. A catalog just started with
    `scripts/i18n.py init` serves its language with every message untranslated."""
    folder = locales_dir()
    po = folder / locale / "LC_MESSAGES" / f"{DOMAIN}.po"
    if locale == SOURCE_LOCALE or not po.is_file():
        return 0, 0
    with po.open("rb") as handle:
        catalog = read_po(handle, locale=locale, domain=DOMAIN)
    template = folder / f"{DOMAIN}.pot"
    if template.is_file():  # the messages the code sends: a missing entry is English too
        with template.open("rb") as handle:
            ids = [m.id for m in read_po(handle) if m.id]
    else:
        ids = [m.id for m in catalog if m.id]
    english = sum(1 for msgid in ids if not _translated(catalog.get(msgid)))
    return english, len(ids)


def _translated(message: Message | None) -> bool:
    strings = message.string if message is not None else None
    if not strings or message is None or message.fuzzy:
        return False
    return not isinstance(strings, tuple) or all(strings)
