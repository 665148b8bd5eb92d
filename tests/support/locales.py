"""A `locales` folder of the test's own in place of the shipped one: a language being added
(`scripts/i18n.py init ja`, partly translated) as an installation would serve it."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po, write_po

from groupops.core.i18n import catalogs, names, negotiate
from groupops.core.i18n.render import _template


def _forget() -> None:
    """Every cache that holds what the catalogs served."""
    cached = (catalogs.available_locales, catalogs.translations, catalogs.untranslated,
              negotiate.match, names.language_name, names._by_name, _template)  # fmt: skip
    for function in cached:
        function.cache_clear()


def started_catalog(locales: Path, locale: str, translated: dict[str, str]) -> Catalog:
    """`locale`'s catalog as `scripts/i18n.py init` starts it, with `translated` filled in;
    the shipped template and English catalog beside it. Returns the template."""
    shipped = catalogs.locales_dir()
    locales.mkdir(parents=True, exist_ok=True)
    shutil.copy(shipped / "groupops.pot", locales / "groupops.pot")
    shutil.copytree(shipped / "en", locales / "en")
    with (locales / "groupops.pot").open("rb") as handle:
        template = read_po(handle)
    catalog = Catalog(locale=locale, domain="groupops")
    catalog.update(template)
    for msgid, string in translated.items():
        catalog[msgid].string = string
    (locales / locale / "LC_MESSAGES").mkdir(parents=True)
    with (locales / locale / "LC_MESSAGES" / "groupops.po").open("wb") as handle:
        write_po(handle, catalog)
    return template


@contextmanager
def serving(locales: Path) -> Iterator[None]:
    """The bot and `groupops check` read their catalogs from `locales` meanwhile."""
    original = catalogs.locales_dir
    catalogs.locales_dir = lambda: locales
    _forget()
    try:
        yield
    finally:
        catalogs.locales_dir = original
        _forget()
