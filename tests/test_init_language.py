"""`groupops init` asks the community's language: it wrote `locale = "en"` for everyone, and
a Spanish group's members were welcomed and warned in English. The environment's language
is offered first; `--locale` answers it in a script."""

from __future__ import annotations

import tomllib

import pytest
from support.cli import groupops
from support.fake_telegram import FakeBotAPI
from support.fake_telegram.server import TOKEN

pytestmark = pytest.mark.timeout(900)

CLUB, OWNER = -1001234567890, 10
SPANISH_NOTE = "# Spanish is not among them: it knows little Spanish spam until admins teach it.\n"


@pytest.fixture
async def fake():
    fake = FakeBotAPI()
    await fake.start()
    fake.world.user(OWNER, "Olga")
    fake.world.add_bot(CLUB, "Corredores Monterrey", by=OWNER)
    fake.world.say(CLUB, OWNER, "hola")
    yield fake
    await fake.close()


def ruleset(tmp_path) -> dict:
    text = (tmp_path / "settings.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)["default"]["rulesets"]["main"]


async def test_init_asks_the_language_offering_the_operators_own(tmp_path, fake):
    typed = "\n".join(["telegram", TOKEN, "all", "", "français", ""]) + "\n"
    result = await groupops(
        "init", "--base-url", fake.base_url, cwd=tmp_path, stdin=typed,
        LANG="es_MX.UTF-8", LC_ALL="", LC_MESSAGES="",
    )  # fmt: skip
    assert result.code == 0, result.text
    assert "Languages: ar العربية, de Deutsch, en English, es Español," in result.out
    assert "Language of the bot's messages to the members [es]:" in result.out
    assert "'français' is not a language groupops speaks (one of: ar, de, en, es," in result.text
    assert ruleset(tmp_path)["locale"] == "es"
    assert SPANISH_NOTE in (tmp_path / "settings.toml").read_text(encoding="utf-8")
    check = await groupops("check", cwd=tmp_path)
    assert check.code == 0, check.text


async def test_init_takes_a_language_by_its_name_or_a_regional_code(tmp_path, fake):
    for folder in ("ru", "es", "fr"):
        (tmp_path / folder).mkdir()
    typed = "\n".join(["telegram", TOKEN, "all", "", "Русский"]) + "\n"
    by_name = await groupops(
        "init", "--base-url", fake.base_url, cwd=tmp_path / "ru", stdin=typed, LANG="C.UTF-8"
    )
    assert by_name.code == 0, by_name.text
    assert "Language of the bot's messages to the members [en]:" in by_name.out
    assert ruleset(tmp_path / "ru")["locale"] == "ru"
    assert "is not among them" not in (tmp_path / "ru" / "settings.toml").read_text()
    scripted = await groupops(
        "init", "--non-interactive", "--token", TOKEN, "--base-url", fake.base_url,
        "--locale", "es_MX", cwd=tmp_path / "es", LANG="C.UTF-8",
    )  # fmt: skip
    assert scripted.code == 0, scripted.text
    assert ruleset(tmp_path / "es")["locale"] == "es"
    unknown = await groupops(
        "init", "--non-interactive", "--token", TOKEN, "--locale", "fr", cwd=tmp_path / "fr"
    )
    assert unknown.code == 2
    assert "Invalid value for '--locale': 'fr' has no catalog (one of: ar, de, en," in unknown.err
    assert not (tmp_path / "fr" / "settings.toml").exists()


async def test_init_without_asking_takes_the_environments_language(tmp_path, fake):
    result = await groupops(
        "init", "--non-interactive", "--token", TOKEN, "--base-url", fake.base_url,
        cwd=tmp_path, LANG="pt_BR.UTF-8", LC_ALL="", LC_MESSAGES="",
    )  # fmt: skip
    assert result.code == 0, result.text
    assert ruleset(tmp_path)["locale"] == "pt_BR"
