"""Several members named in one sentence (a giveaway's winners) are joined as the reader's
language joins a list, and each stays a mention the platform can notify."""

import pytest

from groupops.core.i18n.render import render
from groupops.core.refs import Ref
from groupops.core.segments import Mention, Text, listed

NAMES = ("Ann", "Bob", "Cy")
MEMBERS = [Mention(Ref(f"local:{name.lower()}"), name) for name in NAMES]


def said(locale: str, members=MEMBERS) -> str:
    rendered = render((Text("> "), listed(members)), locale)
    return "".join(s.name if isinstance(s, Mention) else s.text for s in rendered)


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        ("en", "> Ann, Bob, and Cy"),
        ("zh_Hans", "> Ann、Bob和Cy"),
        ("ru", "> Ann, Bob и Cy"),
        ("de", "> Ann, Bob und Cy"),
    ],
)
def test_winners_are_joined_the_readers_way(locale, expected):
    assert said(locale) == expected


def test_arabic_joins_with_waw_and_keeps_the_names_isolated():
    text = said("ar")
    assert "Ann وBob وCy" in text and ", " not in text
    assert text.index("\u2068") < text.index("Ann") and text.endswith("\u2069")


def test_each_member_stays_a_mention_and_one_is_just_the_name():
    rendered = render((listed(MEMBERS),), "en")
    assert [s.user for s in rendered if isinstance(s, Mention)] == [m.user for m in MEMBERS]
    assert said("en", MEMBERS[:1]) == "> Ann"
