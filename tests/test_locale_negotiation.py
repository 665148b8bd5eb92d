"""Locale negotiation: what a member's choice, a community's setting or Telegram's
`language_code` asks for, and the catalog that serves it."""

from __future__ import annotations

import pytest

from groupops.core.i18n import available_locales, choose, render_text
from groupops.core.i18n.negotiate import best_match, match
from groupops.core.i18n.render import localized
from groupops.core.segments import TN, T

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


def test_the_shipped_catalogs_serve_both_chinese_scripts():
    assert {"en", "zh_Hans", "zh_Hant"} <= set(available_locales())
    assert [match(x) for x in ("zh-TW", "zh-HK", "zh-CN", "zh", "ko", "ja")] == [
        "zh_Hant", "zh_Hant", "zh_Hans", "zh_Hans", None, None,
    ]  # fmt: skip


def test_traditional_chinese_catalog_renders_plurals_and_numbers():
    message = TN("{name} checked in: +{n} point.", "{name} checked in: +{n} points.", 1500,
                 name="Ann")  # fmt: skip
    assert render_text(message, "zh_Hant") == "Ann 簽到成功：+1,500 積分。"
    assert render_text(T("Your language is now {language}.", language="zh_Hant"), "zh_Hant") == (
        "你的語言現在是 zh_Hant。"
    )


def test_an_operators_text_in_simplified_serves_a_traditional_reader():
    title = localized({"en": "Meetup invitation", "zh_Hans": "线下聚会邀请"})
    assert render_text(title, "zh_Hant") == "线下聚会邀请"  # the same language, not English
    both = localized({"en": "Meetup", "zh_Hans": "聚会", "zh-TW": "聚會"})
    assert render_text(both, "zh_Hant") == "聚會"
    assert render_text(both, "zh_Hans") == "聚会"
    assert render_text(both, "en") == "Meetup"


async def test_setlang_takes_a_region_and_answers_in_its_script(harness_factory):
    h = await harness_factory()
    ann = h.user("ann")
    await h.world.say(h.chat, ann, "/setlang zh-TW")
    await h.world.say(h.chat, ann, "/setlang zh-CN")
    await h.world.say(h.chat, ann, "/setlang ja")
    await h.settle()
    assert h.world.texts(h.chat)[-3:] == [
        "你的語言現在是 中文 (繁體)。",
        "你的语言现在是 中文 (简体)。",
        f"I don't speak 'ja'. Choose one of: {', '.join(available_locales())}.",
    ]


@pytest.mark.parametrize("asked", ["ja", "klingon", "xx-YY", "", "ko-KR"])
def test_an_unknown_language_matches_nothing(asked):
    assert best_match(asked, MANY) is None


def test_an_unknown_language_falls_to_the_communitys_default():
    # member's choice, community setting, ruleset, Telegram's hint: none usable
    assert choose([None, None, None, "ja"], default="zh_Hans") == "zh_Hans"
    assert choose(["klingon", None, None, "ko"], default="zh-CN") == "zh_Hans"
    assert choose([None, None, None, "ja"], default="en") == "en"
    assert choose([None, None, None, "zh-TW"], default="en") == "zh_Hant"
