"""`groupops commands`: every chat command from the registry; docs/commands.md is its output."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from groupops.core import catalog
from groupops.core.cli import main
from groupops.core.errors import MissingExtra

DOC = Path(__file__).resolve().parent.parent / "docs" / "commands.md"


def test_json_lists_each_command_with_role_and_platforms():
    result = CliRunner().invoke(main, ["commands", "--json"])
    assert result.exit_code == 0, result.output
    found = {c["name"]: c for c in json.loads(result.output)}
    for name in ("report", "stats", "purge", "del", "captcha", "antiraid", "cleancommands"):
        assert name in found, name
    assert found["report"]["role"] == "member" and found["report"]["aliases"] == ["举报"]
    assert found["stats"]["role"] == "admin"
    assert found["purge"]["platforms"] == ["telegram", "matrix"]  # WeChat bridges cannot delete
    assert found["captcha"]["platforms"] == ["telegram", "wechat", "matrix"]
    assert "matrix" not in found["subscribe"]["platforms"]  # no payments on Matrix
    assert all(c["description"] for c in found.values())


def test_the_doc_is_the_generated_list():
    result = CliRunner().invoke(main, ["commands", "--markdown"])
    assert result.exit_code == 0, result.output
    assert DOC.read_text(encoding="utf-8") == result.output, (
        "docs/commands.md is stale: run groupops commands --markdown > docs/commands.md"
    )


def test_descriptions_in_a_language_english_by_default():
    english = CliRunner().invoke(main, ["commands"])
    assert "/points" in english.output and "your points balance" in english.output
    russian = CliRunner().invoke(main, ["commands", "--locale", "ru"])
    assert russian.exit_code == 0, russian.output
    line = next(line for line in russian.output.splitlines() if line.startswith("/points "))
    assert "ваш баланс баллов" in line
    found = json.loads(CliRunner().invoke(main, ["commands", "--json", "--locale", "pt"]).output)
    assert next(c for c in found if c["name"] == "ban")["description"].startswith("banir")
    unknown = CliRunner().invoke(main, ["commands", "--locale", "xx"])
    assert unknown.exit_code == 2 and "'xx' has no catalog" in unknown.output


def test_every_description_is_a_catalog_string():
    """The menu and --locale translate them: a plain string would go out in English."""
    from groupops.core.catalog import commands
    from groupops.core.catalog_text import DESCRIPTIONS, PRIVATE
    from groupops.core.segments import I18nText

    names = {c.name for c in commands()}
    assert all(isinstance(text, I18nText) for text in DESCRIPTIONS.values())
    assert names <= set(DESCRIPTIONS), sorted(names - set(DESCRIPTIONS))
    assert names >= PRIVATE, sorted(PRIVATE - names)


def test_a_platform_whose_extra_is_missing_is_named(monkeypatch):
    """Without aiogram and python-telegram-bot, /pin cannot be said to run on Telegram: the list
    says which extra is missing instead of printing `platforms: []` unexplained."""
    real = catalog.load_adapter

    def without_telegram(name: str):
        if name in ("aiogram", "ptb"):
            raise MissingExtra(f"the {name} adapter", "telegram", "aiogram")
        return real(name)

    monkeypatch.setattr(catalog, "load_adapter", without_telegram)
    result = CliRunner().invoke(main, ["commands", "--json"])
    assert result.exit_code == 0, result.output
    assert result.stderr == (
        "warning: no telegram adapter can be imported here (needs the 'telegram' extra: "
        "pip install 'groupops[telegram]'), so no command lists telegram among its platforms\n"
    )
    found = {c["name"]: c for c in json.loads(result.stdout)}
    assert "telegram" not in found["pin"]["platforms"]
    # nor a command that needs nothing of the platform (it listed telegram all the same)
    assert found["help"]["platforms"] == ["wechat", "matrix"]
