"""Catalogs, the locale chain and Babel formatting."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

from groupops.core.i18n import available_locales, choose, render_text
from groupops.core.i18n.render import localized, render
from groupops.core.segments import TN, T, Text, plain_text

ROOT = Path(__file__).resolve().parent.parent


def test_english_and_simplified_chinese_catalogs_are_complete():
    assert {"en", "zh_Hans"} <= set(available_locales())
    result = subprocess.run(
        [sys.executable, "scripts/i18n.py", "check"], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout


def test_template_is_up_to_date_with_the_code(tmp_path):
    """Every marked string in the code is in locales/groupops.pot (run scripts/i18n.py extract)."""
    from babel.messages.extract import extract_from_dir
    from babel.messages.pofile import read_po

    with (ROOT / "locales" / "groupops.pot").open("rb") as handle:
        template = {m.id if isinstance(m.id, str) else m.id[0] for m in read_po(handle) if m.id}
    found = set()
    for folder in ("core", "adapters"):
        for _, _, message, _, _ in extract_from_dir(
            ROOT / folder, keywords={"T": None, "TN": (1, 2)}
        ):
            found.add(message if isinstance(message, str) else message[0])
    assert found - template == set(), (
        "run: python scripts/i18n.py extract && python scripts/i18n.py update"
    )


def test_locale_chain_member_then_community_then_hint_then_default():
    assert choose(["zh_Hans", "en", "en", "en"]) == "zh_Hans"  # the member's own choice wins
    assert choose([None, "zh_Hans", "en"]) == "zh_Hans"  # then the community's setting
    assert choose([None, None, "zh-CN"]) == "zh_Hans"  # then Telegram's language_code
    assert choose([None, None, "ko-KR"], default="en") == "en"  # no catalog: the default


def test_plurals_numbers_and_dates_follow_the_locale():
    message = TN(
        "{name} checked in: +{n} point.", "{name} checked in: +{n} points.", 1500, name="Ann"
    )
    assert render_text(message, "en") == "Ann checked in: +1,500 points."
    assert render_text(message, "zh_Hans") == "Ann 签到成功：+1,500 积分。"
    dated = T("{when}", when=datetime(2026, 3, 2, 20, 30, tzinfo=UTC))
    assert render_text(dated, "en", "Asia/Shanghai") == "Mar 3, 2026, 4:30\u202fAM"
    assert render_text(dated, "zh_Hans", "Asia/Shanghai") == "2026年3月3日 04:30"


def test_operator_text_by_locale_and_stray_braces():
    welcome = localized({"en": "Hi {name}", "zh_Hans": "你好 {name}"}, name="Li")
    assert render_text(welcome, "zh_Hans") == "你好 Li"
    assert render_text(welcome, "en") == "Hi Li"
    assert render_text(localized("Use {braces} and {", name="x"), "en") == "Use {braces} and {"


def test_a_line_break_after_a_chinese_sentence_stays():
    message = (T("Best price reached: {price}.", price="80"), Text("\n"), Text("Spring tea"))
    assert plain_text(render(message, "zh_Hans")) == "已达到最低价：80。\nSpring tea"


def test_a_translation_with_a_placeholder_the_message_lacks_is_sent_in_english(monkeypatch):
    """A catalog mistake (`{nom}` for `{name}`, a stray brace) reached members as written."""
    import importlib
    import io

    from babel.messages.catalog import Catalog
    from babel.messages.mofile import write_mo
    from babel.support import Translations
    from loguru import logger

    rendering = importlib.import_module("groupops.core.i18n.render")  # the package's `render`
    # is the function of that name
    catalog = Catalog(locale="fr", domain="groupops")
    catalog.add("Welcome, {name}!", "Bienvenue, {nmae} !")
    catalog.add("Bye, {name}!", "Au revoir, {name !")
    catalog.add("Hi, {name}!", "Salut, {name} !")
    catalog.add(("{name} got {n} point.", "{name} got {n} points."),
                ("{nom} a reçu {n} point.", "{nom} a reçu {n} points."))  # fmt: skip
    mo = io.BytesIO()
    write_mo(mo, catalog)
    mo.seek(0)
    french = Translations(mo, domain="groupops")
    monkeypatch.setattr(rendering, "translations", lambda locale: french)
    rendering._template.cache_clear()
    said: list[str] = []
    sink = logger.add(said.append, format="{message}", level="WARNING")
    try:
        assert render_text(T("Welcome, {name}!", name="Ann"), "fr") == "Welcome, Ann!"
        assert render_text(T("Bye, {name}!", name="Ann"), "fr") == "Bye, Ann!"
        assert render_text(T("Hi, {name}!", name="Ann"), "fr") == "Salut, Ann !"
        points = TN("{name} got {n} point.", "{name} got {n} points.", 1, name="Bo")
        assert render_text(points, "fr") == "Bo got 1 point."
    finally:
        logger.remove(sink)
        rendering._template.cache_clear()
    assert said[0] == (
        "the fr translation of 'Welcome, {name}!' has placeholders the message has not; sent "
        "in English\n"
    )
    assert len(said) == 3
