"""The translation workflow (Babel, domain `groupops`).

    python scripts/i18n.py extract   # scan core/ and adapters/ into locales/groupops.pot
    python scripts/i18n.py update [DIR]  # merge the template into every locale's groupops.po
    python scripts/i18n.py compile   # write the .mo files (optional: .po files are read directly)
    python scripts/i18n.py check [DIR]   # fail if a catalog (in locales/ or DIR) misses a
                                         # translation or a plural form, has a fuzzy one, or
                                         # one whose {placeholders} differ from the source
    python scripts/i18n.py init LOCALE   # start a catalog for a new locale (e.g. ja)

Strings are marked with T("...") and TN("singular", "plural", n) from groupops.core.segments.
The English catalog is the source language: `update` fills its msgstr with the msgid.
"""

from __future__ import annotations

import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
LOCALES = ROOT / "locales"
TEMPLATE = LOCALES / "groupops.pot"
SOURCES = ("core", "adapters")
KEYWORDS = {"T": None, "TN": (1, 2)}
# Python sources, and the console's Jinja2 templates, which call the same T("...")
METHODS = [("**.py", "python"), ("**/console/templates/**.html", "jinja2")]
SOURCE_LOCALE = "en"
# Files without line numbers: a catalog's diff then shows changed strings, not moved lines
LAYOUT = {"width": 100, "sort_output": True, "include_lineno": False}
DERIVED = {"zh_Hant": "zh_Hans"}  # filled from the other by `update` (core/i18n/traditional.py)


def catalogs(locales: Path = LOCALES) -> list[Path]:
    return sorted(locales.glob("*/LC_MESSAGES/groupops.po"))


def extract() -> Catalog:
    template = Catalog(
        project="groupops",
        domain="groupops",
        copyright_holder="groupops contributors",
        msgid_bugs_address="",
        fuzzy=False,
    )
    for folder in SOURCES:
        for filename, lineno, message, comments, context in extract_from_dir(
            ROOT / folder, method_map=METHODS, keywords=KEYWORDS, comment_tags=("i18n:",)
        ):
            template.add(
                message,
                locations=[(f"{folder}/{filename}", lineno)],
                auto_comments=comments,
                context=context,
            )
    if TEMPLATE.is_file():  # dated when its strings last changed, not each run
        with TEMPLATE.open("rb") as handle:
            before = read_po(handle)
        if {m.id for m in before} == {m.id for m in template}:
            template.creation_date = before.creation_date
    with TEMPLATE.open("wb") as handle:
        write_po(handle, template, **LAYOUT)
    print(f"{TEMPLATE.relative_to(ROOT)}: {len(template)} messages")
    return template


def update(locales: Path = LOCALES) -> None:
    for path in catalogs(locales):
        locale = path.parent.parent.name
        with path.open("rb") as handle:
            catalog = read_po(handle, locale=locale)
        # the template read afresh for each catalog: Catalog.update puts the template's own
        # Message into the catalog for a new id, so English filled in for `en` would reach
        # every catalog after it
        with (locales / TEMPLATE.name).open("rb") as handle:
            catalog.update(read_po(handle), update_creation_date=False)
        if locale in DERIVED:
            _derive(catalog, locale, locales)
        if locale == SOURCE_LOCALE:
            for message in catalog:
                stale = "fuzzy" in message.flags  # a guess from a similar message: not English
                if message.id and (stale or not (message.string and all(message.string))):
                    message.string = message.id  # a plural's id is (singular, plural), as en needs
                    message.flags.discard("fuzzy")
        with path.open("wb") as handle:
            write_po(handle, catalog, ignore_obsolete=True, **LAYOUT)
        print(f"{path.relative_to(locales.parent)}: updated")


def _complete(strings: object) -> bool:
    return bool(strings) and (not isinstance(strings, tuple) or all(strings))


def _derive(catalog: Catalog, locale: str, locales: Path) -> None:
    """Fill the entries a derived catalog (zh_Hant) lacks from its source (zh_Hans)."""
    from groupops.core.i18n.traditional import DERIVED, REVIEW_NOTE, to_traditional

    source_path = locales / DERIVED[locale] / "LC_MESSAGES" / "groupops.po"
    with source_path.open("rb") as handle:
        source = read_po(handle, locale=DERIVED[locale])
    for message in catalog:
        found = source.get(message.id) if message.id else None
        if found is None or (_complete(message.string) and not message.fuzzy):
            continue
        if not _complete(found.string) or found.fuzzy:
            continue
        strings = found.string
        message.string = (
            tuple(to_traditional(s) for s in strings)
            if isinstance(strings, tuple)
            else to_traditional(strings)
        )
        message.flags.discard("fuzzy")
        if REVIEW_NOTE not in message.user_comments:
            message.user_comments.append(REVIEW_NOTE)


def catalog_name(wanted: str) -> str:
    """The folder name of a new catalog: Babel's spelling of a locale it knows (`zh-TW` and
    `zh_tw` are zh_TW), else the script stops with one line (a catalog of a language Babel
    does not know would have no plural rule, and would never be matched)."""
    from babel import Locale, UnknownLocaleError

    try:
        return str(Locale.parse(wanted.replace("-", "_")))
    except (ValueError, UnknownLocaleError):
        sys.exit(f"error: {wanted!r} is not a locale Babel knows (e.g. fr, ja, pt_PT, zh_Hant)")


def init(locale: str) -> None:
    locale = catalog_name(locale)
    with TEMPLATE.open("rb") as handle:
        template = read_po(handle)
    path = LOCALES / locale / "LC_MESSAGES" / "groupops.po"
    if path.exists():
        sys.exit(f"{path.relative_to(ROOT)} exists; use update")
    catalog = Catalog(locale=locale, domain="groupops", project="groupops", fuzzy=False)
    catalog.update(template)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as handle:
        write_po(handle, catalog, **LAYOUT)
    print(f"{path.relative_to(ROOT)}: created")


def compile_all() -> None:
    for path in catalogs():
        with path.open("rb") as handle:
            catalog = read_po(handle, locale=path.parent.parent.name)
        with path.with_suffix(".mo").open("wb") as handle:
            write_mo(handle, catalog)
        print(f"{path.with_suffix('.mo').relative_to(ROOT)}: compiled")


def empty_forms(strings: tuple[str, ...], numbers: dict[int, tuple[int, ...]]) -> str:
    """' (msgstr[2], for 2, 3, 4…, left empty)': the plural forms a translator left out and
    the counts each is read for (French has three: 0-1, exact millions, the rest)."""
    empty = [form for form in numbers if form >= len(strings) or not strings[form]]
    said = "; ".join(f"msgstr[{form}], for {', '.join(map(str, numbers[form]))}…" for form in empty)
    return f" ({said}: left empty)"


def check(locales: Path = LOCALES) -> int:
    """Every template message translated in every catalog, in all its plural forms, none
    fuzzy, each with the source's {placeholders}."""
    from groupops.core.i18n.placeholders import (
        form_numbers,
        placeholder_problem,
        single_number_forms,
    )

    with (locales / TEMPLATE.name).open("rb") as handle:
        template = read_po(handle)
    problems: dict[Path, int] = {}  # catalog -> how many of its messages are wrong
    for path in catalogs(locales):
        with path.open("rb") as handle:
            catalog = read_po(handle, locale=path.parent.parent.name)
        where = path.relative_to(locales.parent)
        single = single_number_forms(catalog.plural_expr, catalog.num_plurals)
        numbers = form_numbers(catalog.plural_expr, catalog.num_plurals)
        for message in template:
            if not message.id:
                continue
            found = catalog.get(message.id)
            strings = found.string if found else None
            missing = not strings or (isinstance(strings, tuple) and not all(strings))
            if isinstance(strings, tuple) and len(strings) < catalog.num_plurals:
                missing = True  # a plural form of the language left out
            if missing or (found and found.fuzzy):
                problems[where] = problems.get(where, 0) + 1
                hint = DERIVED.get(path.parent.parent.name)
                state = "untranslated" if missing else "fuzzy (a guess to check)"
                forms = (
                    empty_forms(strings, numbers)
                    if missing and isinstance(strings, tuple) and any(strings)
                    else ""
                )
                print(
                    f"{where}: {state} {message.id!r}{forms}"
                    + (
                        f" (translate it in {hint}, then run scripts/i18n.py update)"
                        if hint
                        else ""
                    )
                )
                continue
            assert strings is not None
            wrong = placeholder_problem(message.id, strings, single)
            if wrong:
                problems[where] = problems.get(where, 0) + 1
                print(f"{where}: {message.id!r}: {wrong}")
    for where, count in problems.items():  # after a long list, what each catalog lacks
        print(f"{where}: {count} of {len(template)} messages to mend")
    return 1 if problems else 0


if __name__ == "__main__":
    command, args = (sys.argv[1], sys.argv[2:]) if len(sys.argv) > 1 else ("", [])
    if command in ("check", "update") and len(args) <= 1:
        sys.exit(
            {"check": check, "update": update}[command](
                Path(args[0]).resolve() if args else LOCALES
            )
        )
    elif command == "init" and len(args) == 1:
        init(args[0])
    elif command in ("extract", "compile") and not args:
        {"extract": extract, "compile": compile_all}[command]()
    else:
        sys.exit(__doc__)
