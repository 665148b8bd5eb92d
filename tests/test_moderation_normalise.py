"""Normalisation takes the disguises off; the blocklist matches what a reader would read."""

from __future__ import annotations

import pytest

from groupops.core.moderation import normalise
from groupops.core.moderation.automaton import WordList

DISGUISES = [
    ("ＦＲＥＥ ＭＯＮＥＹ", "free money"),  # full-width
    ("FrЕЕ mоnеy", "free money"),  # Cyrillic look-alikes
    ("f\u200br\u200be\u200be money", "free money"),  # zero-width spaces
    ("f r e e money", "free money"),  # spaced out
    ("f.r.e.e money", "free money"),
    ("frée mönéy", "free money"),  # accents
    ("z\u0335\u0321a\u0336lgo", "zalgo"),  # stacked marks
    ("加 微 信", "加微信"),
    ("加-微-信", "加微信"),
    ("刷單賺錢", "刷单赚钱"),  # Traditional
    ("ℌ𝔢𝔩𝔩𝔬", "hello"),  # styled letters
]


@pytest.mark.parametrize(("text", "expected"), DISGUISES)
def test_disguises_come_off(text, expected):
    assert normalise(text) == expected


def test_latin_entries_match_whole_words_chinese_anywhere():
    words = WordList(["ass", "free money", "刷单"])
    assert words.find(normalise("my class is fun")) is None
    assert words.find(normalise("kick ass")) == (5, 8)
    assert words.find(normalise("兼职刷單日结")) == (2, 4)
    assert words.find(normalise("get FREE   MONEY")) == (4, 14)
