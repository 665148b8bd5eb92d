"""`scripts/i18n.py check`, which CI runs through test_i18n: a catalog with a missing
translation, a missing plural form or a `{placeholder}` unlike the source's fails it."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from groupops.core.i18n.placeholders import placeholder_problem, single_number_forms

ROOT = Path(__file__).resolve().parent.parent
ZH = Path("zh_Hans/LC_MESSAGES/groupops.po")
AR = Path("ar/LC_MESSAGES/groupops.po")
RU = Path("ru/LC_MESSAGES/groupops.po")
DE = Path("de/LC_MESSAGES/groupops.po")
DE_ONE = 'msgstr[0] "{n} Eintrag zur Sperrliste hinzugefügt."'
AR_ZERO = 'msgstr[0] "لدى {name} {n} تحذير: {rules}."'
EN = Path("en/LC_MESSAGES/groupops.po")
SETLANG = 'msgid "Your language is now {language}."\nmsgstr "你的语言现在是 {language}。"'
BLOCKLIST_FORMS = (
    'msgid_plural "Added {n} entries to the blocklist."\n'
    'msgstr[0] "Added {n} entry to the blocklist."\n'
    'msgstr[1] "Added {n} entries to the blocklist."'
)


def check(locales: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "scripts/i18n.py", "check", str(locales)],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )


def edited(tmp_path: Path, catalog: Path, old: str, new: str) -> Path:
    """A copy of locales/ with one catalog edited."""
    locales = tmp_path / "locales"
    shutil.copytree(ROOT / "locales", locales, ignore=shutil.ignore_patterns("*.mo"))
    path = locales / catalog
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return locales


def test_the_shipped_catalogs_pass(tmp_path):
    result = check(edited(tmp_path, ZH, SETLANG, SETLANG))
    assert result.returncode == 0, result.stdout


def test_a_missing_translation_fails(tmp_path):
    result = check(edited(tmp_path, ZH, SETLANG, SETLANG.split("\nmsgstr")[0] + '\nmsgstr ""'))
    assert result.returncode == 1
    first, last = result.stdout.strip().splitlines()
    assert first == (
        "locales/zh_Hans/LC_MESSAGES/groupops.po: untranslated 'Your language is now {language}.'"
    )
    assert re.fullmatch(r"locales/zh_Hans/LC_MESSAGES/groupops.po: 1 of \d+ messages to mend", last)


def test_a_misspelt_placeholder_fails(tmp_path):
    result = check(edited(tmp_path, ZH, "你的语言现在是 {language}。", "你的语言现在是 {langue}。"))
    assert result.returncode == 1
    assert "'Your language is now {language}.': placeholders {langue}" in result.stdout
    assert "source has {language}" in result.stdout


def test_a_dropped_placeholder_fails(tmp_path):
    result = check(edited(tmp_path, ZH, "你的语言现在是 {language}。", "你的语言已更改。"))
    assert result.returncode == 1
    assert "placeholders none in '你的语言已更改。', source has {language}" in result.stdout


def test_a_missing_plural_form_fails(tmp_path):
    one_form = BLOCKLIST_FORMS.rsplit("\n", 1)[0]
    result = check(edited(tmp_path, EN, BLOCKLIST_FORMS, one_form))
    assert result.returncode == 1
    assert "untranslated ('Added {n} entry to the blocklist.'," in result.stdout
    # which form is empty, and the counts it is read for (English: 0, 2, 3 take the plural)
    assert "(msgstr[1], for 0, 2, 3…: left empty)" in result.stdout


@pytest.mark.parametrize(
    ("source", "translated", "problem"),
    [
        ("Hi {name}", "你好 {name}", ""),
        ("Hi {name}", "你好 {name!s:>5}", ""),  # conversions and specs are the translator's
        ("{{literal}} {n}", "{{字面}} {n}", ""),
        (("one point", "{n} points"), ("{n} 积分",), ""),  # one form, like the plural
        (("{n} point", "{n} points"), ("{n} point", "{n} pointe", "{m} x"), "{m}"),
        ("Hi {name}", "你好 {name", "unreadable braces"),
    ],
)
def test_placeholders_are_compared_by_name(source, translated, problem):
    found = placeholder_problem(source, translated)
    assert (problem in found) if problem else found == ""


def test_traditional_is_converted_with_the_reviewed_corrections():
    from groupops.core.i18n.traditional import to_traditional

    assert to_traditional("请回复要删除的消息并发送 /del。") == "請回覆要刪除的訊息並傳送 /del。"
    assert to_traditional("消息类型：{types}") == "訊息類型：{types}"  # not 型別
    assert to_traditional("“{trigger}”的特殊权限") == "「{trigger}」的特殊權限"


def test_a_traditional_entry_missing_says_how_to_fill_it(tmp_path):
    hant = Path("zh_Hant/LC_MESSAGES/groupops.po")
    line = 'msgstr "你的語言現在是 {language}。"'
    result = check(edited(tmp_path, hant, line, 'msgstr ""'))
    assert result.returncode == 1
    assert "(translate it in zh_Hans, then run scripts/i18n.py update)" in result.stdout


def test_update_leaves_a_new_string_untranslated_in_every_other_language(tmp_path):
    """English is filled in for `en` alone: each other catalog lists the new string as
    untranslated (it once got English in every catalog after `en`, and check passed)."""
    locales = tmp_path / "locales"
    shutil.copytree(ROOT / "locales", locales, ignore=shutil.ignore_patterns("*.mo"))
    template = locales / "groupops.pot"
    new = 'msgid "Zebra quokka xylophone"\nmsgstr ""\n'
    template.write_text(template.read_text(encoding="utf-8") + "\n" + new, encoding="utf-8")
    updated = subprocess.run(
        [sys.executable, "scripts/i18n.py", "update", str(locales)],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert updated.returncode == 0, updated.stderr
    result = check(locales)
    assert result.returncode == 1
    listed = [line for line in result.stdout.splitlines() if "messages to mend" not in line]
    flagged = sorted(line.split("/")[1] for line in listed)
    others = sorted(p.name for p in locales.iterdir() if p.is_dir() and p.name != "en")
    assert flagged == others
    assert all("untranslated 'Zebra quokka xylophone'" in line for line in listed)
    english = (locales / EN).read_text(encoding="utf-8")
    assert 'msgid "Zebra quokka xylophone"\nmsgstr "Zebra quokka xylophone"' in english


@pytest.mark.parametrize(
    ("locale", "forms"),
    [("ar", {0, 1, 2}), ("de", {0}), ("es", {0}), ("ru", set()), ("fa", set()), ("vi", set())],
)
def test_the_forms_used_for_one_number_only(locale, forms):
    from babel.messages.catalog import Catalog

    catalog = Catalog(locale=locale)
    assert single_number_forms(catalog.plural_expr, catalog.num_plurals) == forms


def test_a_form_for_one_number_may_say_it_in_words(tmp_path):
    # German's one form is used for 1 only: "One entry added", without the 1
    result = check(
        edited(tmp_path, DE, DE_ONE, 'msgstr[0] "Ein Eintrag zur Sperrliste hinzugefügt."')
    )
    assert result.returncode == 0, result.stdout


def test_it_keeps_every_other_placeholder(tmp_path):
    # Arabic's zero form, without the warnings' rules
    result = check(edited(tmp_path, AR, AR_ZERO, 'msgstr[0] "ليس لدى {name} أي تحذير."'))
    assert result.returncode == 1
    assert "placeholders {name} in 'ليس لدى {name} أي تحذير.'" in result.stdout


def test_a_form_for_many_numbers_keeps_the_count(tmp_path):
    # Arabic's 3-10 form, and Russian's "one" form, also used for 21, 31…
    arabic = 'msgstr[3] "لدى {name} {n} نقاط."'
    result = check(edited(tmp_path, AR, arabic, 'msgstr[3] "لدى {name} نقاط."'))
    assert result.returncode == 1 and "placeholders {name} in" in result.stdout
    one = 'msgid "{name} has {n} point."\nmsgid_plural "{name} has {n} points."\nmsgstr[0] "'
    text = (ROOT / "locales" / RU).read_text(encoding="utf-8")
    start = text.index(one) + len(one)
    form = text[start : text.index('"', start)]
    result = check(edited(tmp_path / "ru", RU, one + form, one + form.replace("{n} ", "")))
    assert result.returncode == 1 and "placeholders {name} in" in result.stdout


def test_init_refuses_a_locale_babel_does_not_know_in_one_line():
    """`init zh-TW` ended in a traceback, and `init xx` made a catalog no locale matches."""
    result = subprocess.run(
        [sys.executable, "scripts/i18n.py", "init", "xx"], cwd=ROOT, capture_output=True,
        text=True,
    )  # fmt: skip
    assert result.returncode == 1
    assert (
        result.stderr == "error: 'xx' is not a locale Babel knows (e.g. fr, ja, pt_PT, zh_Hant)\n"
    )
    assert not (ROOT / "locales" / "xx").exists()
