"""Locale negotiation: what a member's choice, a community's setting or Telegram's
`language_code` asks for, and the catalog that serves it."""

from __future__ import annotations

import pytest

from groupops.core.i18n import choose
from groupops.core.i18n.negotiate import best_match, match

# the catalogs a fuller install has; the repository ships en and zh_Hans
MANY = ("en", "pt_BR", "pt_PT", "zh_Hans", "zh_Hant")


@pytest.mark.parametrize(
    ("asked", "served"),
    [
        ("zh-TW", "zh_Hant"),
        ("zh-HK", "zh_Hant"),
        ("zh-MO", "zh_Hant"),
        ("zh-hant", "zh_Hant"),  # Telegram's language_code for Traditional Chinese
        ("zh_Hant_HK", "zh_Hant"),
        ("zh-CN", "zh_Hans"),
        ("zh-SG", "zh_Hans"),
        ("zh", "zh_Hans"),
        ("zh-hans", "zh_Hans"),
        ("pt", "pt_BR"),
        ("pt-BR", "pt_BR"),
        ("pt-PT", "pt_PT"),
        ("pt-AO", "pt_BR"),  # no Angolan catalog: the language's usual one
        ("en-GB", "en"),
        ("EN-us", "en"),
    ],
)
def test_a_requested_locale_is_served_by_the_closest_catalog(asked, served):
    assert best_match(asked, MANY) == served


def test_portuguese_without_a_brazilian_catalog_gets_the_other_one():
    assert best_match("pt", ("en", "pt_PT")) == "pt_PT"


def test_traditional_chinese_with_only_simplified_gets_simplified():
    assert best_match("zh-TW", ("en", "zh_Hans")) == "zh_Hans"
    assert match("zh-HK") == "zh_Hans"  # the catalogs shipped today


@pytest.mark.parametrize("asked", ["ja", "klingon", "xx-YY", "", "de-DE"])
def test_an_unknown_language_matches_nothing(asked):
    assert best_match(asked, MANY) is None


def test_an_unknown_language_falls_to_the_communitys_default():
    # member's choice, community setting, ruleset, Telegram's hint: none usable
    assert choose([None, None, None, "ja"], default="zh_Hans") == "zh_Hans"
    assert choose(["klingon", None, None, "pt"], default="zh-CN") == "zh_Hans"
    assert choose([None, None, None, "ja"], default="en") == "en"
    assert choose([None, None, None, "zh-TW"], default="en") == "zh_Hans"
