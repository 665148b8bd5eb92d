"""A blocked word in Arabic script is caught however the keyboard spelt it: the Arabic or the
Persian form of a letter (ك/ک, ي/ی/ى), a word stretched with tatweel, its pieces parted by a
space, a zero-width non-joiner or nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from groupops.core.cli import main
from groupops.core.moderation import ModerationConfig, Moderator, Sample, normalise
from groupops.core.moderation.normalize import clean

SPELLINGS = [
    ("این كازينو عالی است", "کازینو"),  # Arabic kaf and yeh, Persian listed
    ("این کازینو عالی است", "كازينو"),  # Persian keheh and Farsi yeh, Arabic listed
    ("بیا شرط‌بندي کنیم", "شرط‌بندی"),  # an Arabic final yeh in a Persian word
    ("قـــمار نکنید", "قمار"),  # tatweel stretching the word
    ("اشتراك مجانى", "مجاني"),  # alef maksura for a final yeh
    ("اشتراك مجاني", "مجانى"),
    ("خانۀ قمار", "خانه قمار"),  # heh with yeh above
]


def check(words: list[str], text: str) -> list[str]:
    mod = Moderator(ModerationConfig.model_validate({"blocklist": {"words": words}}))
    text = clean(text)
    return [hit.rule for hit in mod.check(Sample(text=text, norm=normalise(text)))]


@pytest.mark.parametrize(("text", "word"), SPELLINGS)
def test_each_spelling_of_a_letter_is_caught_by_the_blocklist(text, word):
    assert check([word], text) == ["blocklist"]


@pytest.mark.parametrize(
    "text", ["کتاب خوبی است", "كيف حالك", "مرحبا بكم في المجموعة", "شرط ورود به گروه"]
)
def test_ordinary_persian_and_arabic_stay_clean(text):
    assert check(["کازینو", "قمار", "مجاني", "شرط‌بندی"], text) == []


JOINS = [
    ("بیا شرط بندی کنیم", "شرط‌بندی"),  # listed with a ZWNJ, written with a space
    ("بیا شرطبندی کنیم", "شرط‌بندی"),  # and with nothing
    ("بیا شرط‌بندی کنیم", "شرط بندی"),  # listed with a space, written with a ZWNJ
    ("ربحسريع كل يوم", "ربح سريع"),
    ("ربح‌سريع كل يوم", "ربح سريع"),
    ("ربح  سريع كل يوم", "ربح سريع"),
]


@pytest.mark.parametrize(("text", "word"), JOINS)
def test_a_space_a_zwnj_or_nothing_between_pieces_is_one_word(text, word):
    assert check([word], text) == ["blocklist"]


@pytest.mark.parametrize(
    "text",
    [
        "is that a class act",  # no Latin word is joined across a space
        "the free moneys",
        "fre e money",
        "to do list",
        "فقط قمارباز نه",  # a piece of a longer word is no match across a gap
        "شرط بندیها",
    ],
)
def test_only_arabic_script_pieces_are_joined_and_only_whole_words(text):
    assert check(["classact", "free money", "todo", "طقمار", "شرطبندي ه"], text) == []


SETTINGS = """
[default.rulesets.main]
locale = "ar"
[default.rulesets.main.moderation]
blocklist = { words = ["قمار", "کازینو", "شرط‌بندی", "مجاني"] }

[default.communities.main]
ruleset = "main"
chats = ["local:1"]
"""


def test_the_preview_flags_an_arabic_keyboard_spelling_of_a_persian_word(tmp_path: Path):
    settings = tmp_path / "settings.toml"
    settings.write_text(SETTINGS, encoding="utf-8")
    messages = tmp_path / "messages.txt"
    lines = ["این كازينو عالی است", "قـــمار", "مجانى", "سلام دوستان", "شرط بندی"]
    messages.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["moderate", "--settings", str(settings), str(messages)])
    assert result.exit_code == 0, result.output
    verdicts = [line.split()[0] for line in result.output.splitlines()[:5]]
    assert verdicts == ["remind", "remind", "remind", "ok", "remind"], result.output
    assert "5 messages, 4 flagged" in result.output
