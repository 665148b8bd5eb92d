"""The Russian, Ukrainian and German catalogs: found from what Telegram or a member asks for,
spoken by the bot to the group and privately, with each language's plural forms."""

from __future__ import annotations

import pytest

from groupops.core.i18n import render_text
from groupops.core.i18n.negotiate import match
from groupops.core.metrics.charts import Labeller
from groupops.core.refs import Ref
from groupops.core.segments import TN, T


@pytest.mark.parametrize(
    ("asked", "served"),
    [
        ("ru", "ru"),
        ("ru-RU", "ru"),
        ("ru-UA", "ru"),  # Russian read in Ukraine is still Russian
        ("uk", "uk"),
        ("uk-UA", "uk"),
        ("de", "de"),
        ("de-DE", "de"),
        ("de-AT", "de"),
        ("de-CH", "de"),
    ],
)
def test_a_regional_request_finds_the_languages_catalog(asked, served):
    assert match(asked) == served


# (n, what "{n} point" reads as): one, few and many in Russian and Ukrainian; German's two
POINTS = {
    "ru": [(1, "1 балл"), (2, "2 балла"), (4, "4 балла"), (5, "5 баллов"), (11, "11 баллов"),
           (21, "21 балл"), (22, "22 балла"), (25, "25 баллов"), (111, "111 баллов")],
    "de": [(0, "0 Punkte"), (1, "1 Punkt"), (2, "2 Punkte"), (21, "21 Punkte")],
    "uk": [(1, "1 бал"), (3, "3 бали"), (5, "5 балів"), (12, "12 балів"), (21, "21 бал"),
           (24, "24 бали"), (100, "100 балів")],
}  # fmt: skip


@pytest.mark.parametrize(
    ("locale", "n", "expected"),
    [(locale, n, text) for locale, rows in POINTS.items() for n, text in rows],
)
def test_points_take_the_languages_plural_form(locale, n, expected):
    assert render_text(TN("{n} point", "{n} points", n), locale) == expected


# an admin's two warnings (their reasons), then what the group and the member read
WARNINGS = {
    "de": (
        ("Werbung", "nochmal"),
        [
            "@Ann, bitte beachte die Gruppenregeln: Werbung.",
            "Ann hat jetzt 1 Verwarnung.",
            "Ann hat jetzt 2 Verwarnungen.",
        ],
        "Eine Verwarnung von Test Club: nochmal. Du hast 2 Verwarnungen; bei weiteren kannst du "
        "entfernt werden.",
    ),
    "ru": (
        ("реклама", "снова"),
        [
            "@Ann, пожалуйста, соблюдайте правила группы: реклама.",
            "Ann: теперь 1 предупреждение.",
            "Ann: теперь 2 предупреждения.",
        ],
        "Предупреждение от сообщества «Test Club»: снова. У вас 2 предупреждения; за следующие "
        "вас могут удалить.",
    ),
    "uk": (
        ("реклама", "знову"),
        [
            "@Ann, будь ласка, дотримуйтеся правил групи: реклама.",
            "Ann тепер має 1 попередження.",
            "Ann тепер має 2 попередження.",
        ],
        "Попередження від спільноти «Test Club»: знову. У вас 2 попередження; за наступні вас "
        "можуть видалити.",
    ),
}


@pytest.mark.parametrize("locale", sorted(WARNINGS))
async def test_a_warning_reaches_the_group_and_the_member_in_the_communitys_language(
    harness_factory, locale
):
    h = await harness_factory({"communities": {"club": {"locale": locale}}})
    boss, ann = h.user("boss", admin=True), h.user("ann")
    await h.world.say(h.chat, ann, "hi all")
    await h.settle()
    target = [m.id for m in h.world.chats[h.chat].messages.values() if m.sender == ann][-1]
    reasons, group, private = WARNINGS[locale]
    for reason in reasons:
        await h.world.say(h.chat, boss, f"/warn {reason}", reply_to=target)
    await h.settle()
    assert h.world.texts(h.chat) == group
    assert h.world.private_texts(ann) == [private]


# a chart's labels: DejaVu Sans, matplotlib's own font, draws Cyrillic and German letters, so the
# labels are not dropped to English
CHART_LABELS = {
    "ru": ("вступления и выходы", "вступили", "вышли или удалены", "начислено баллов"),
    "uk": ("вступи й виходи", "приєдналися", "вийшли або видалені", "нараховано балів"),
    "de": (
        "Beitritte und Austritte",
        "beigetreten",
        "ausgetreten oder entfernt",
        "vergebene Punkte",
    ),
}
SOURCES = (T("joins and leaves"), T("joined"), T("left or removed"), T("points awarded"))


@pytest.mark.parametrize(("locale", "labels"), CHART_LABELS.items())
def test_charts_are_labelled_in_the_reports_language(locale, labels):
    label = Labeller(locale)
    assert tuple(label(text) for text in SOURCES) == labels


async def test_a_private_warning_is_in_the_language_of_the_group_it_was_earned_in(
    harness_factory,
):
    """One community, a Chinese room and a Russian group (`chat_locales`): a member warned in
    the Russian group is warned privately in Russian, not in the community's Chinese."""
    ru_chat = Ref("local:ru")
    h = await harness_factory(
        {
            "communities": {
                "club": {
                    "chats": ["local:main", "local:ru"],
                    "locale": "zh_Hans",
                    "chat_locales": {"local:ru": "ru"},
                }
            }
        }
    )
    boss, ann = h.user("boss", admin=True, chat=ru_chat), h.user("ann", chat=ru_chat)
    await h.world.say(ru_chat, ann, "hi all")
    await h.settle()
    target = [m.id for m in h.world.chats[ru_chat].messages.values() if m.sender == ann][-1]
    for reason in ("реклама", "снова"):
        await h.world.say(ru_chat, boss, f"/warn {reason}", reply_to=target)
    await h.settle()
    assert h.world.texts(ru_chat)[-1] == "Ann: теперь 2 предупреждения."
    assert h.world.private_texts(ann) == [WARNINGS["ru"][2]]
