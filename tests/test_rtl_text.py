"""Arabic and Persian messages read in the right order: each interpolated value is isolated
(FSI … PDI) and each command led by a left-to-right mark, so a Latin name, a count, a `#note`
or a `/command` keeps its place in the sentence.

What a reader sees is checked with python-bidi, an implementation of Unicode's bidi algorithm
(UAX #9): `get_display` lays a line out left to right as a screen shows it. Without the marks the
same lines come out scrambled, which each test shows too."""

from __future__ import annotations

import pytest

from groupops.core.commands import parse_command
from groupops.core.i18n import render_text
from groupops.core.i18n.direction import FSI, LRM, PDI, RLM, marks_for
from groupops.core.i18n.render import localized
from groupops.core.segments import TN, T

bidi = pytest.importorskip("bidi")

MARKS = str.maketrans("", "", FSI + PDI + LRM + RLM)


def shown(text: str) -> str:
    """The line as a screen lays it out, left to right, without the invisible marks."""
    return bidi.get_display(text).translate(MARKS)


def unmarked(text: str) -> str:
    return text.translate(MARKS)


def points(locale: str) -> str:
    return render_text(TN("{name} has {n} point.", "{name} has {n} points.", 7, name="Ann"), locale)


def test_a_persian_line_opening_with_a_latin_name_stays_right_to_left():
    line = points("fa")
    assert line == f"{FSI}Ann{PDI} {FSI}7{PDI} امتیاز دارد."
    # read from the right: the name, then the count, then the words; the full stop on the left
    assert shown(line) == ".دراد زایتما 7 Ann"
    # unmarked, the Latin name makes the whole line left to right: count before name
    assert shown(unmarked(line)) == "Ann 7 دراد زایتما."


def test_an_arabic_count_after_a_latin_name_is_not_read_as_part_of_it():
    line = points("ar")
    assert shown(line) == ".طاقن 7 Ann ىدل"  # from the right: has, Ann, 7, points
    assert shown(unmarked(line)) == ".طاقن Ann 7 ىدل"  # 7 before Ann


@pytest.mark.parametrize(
    ("message", "kept"),
    [
        (T("Note #{name} saved.", name="faq"), "#faq"),
        (T("No waiting redemption #{number}.", number=12), "#12"),
        (T("There is no /{name} command here.", name="warn"), "/warn"),
        (T("Reply to the message to delete with /del."), "/del"),
        (T("Give a duration such as 10m, 2h or 3d."), "10m"),
    ],
)
@pytest.mark.parametrize("locale", ["ar", "fa"])
def test_notes_numbers_and_commands_keep_their_sign_in_front(message, kept, locale):
    assert kept in shown(render_text(message, locale))


@pytest.mark.parametrize("locale", ["ar", "fa"])
def test_a_command_with_its_argument_reads_as_typed(locale):
    """A group-buy's and a giveaway's `/join {name}`: the name between the command's Latin
    letters and the sentence's took the sentence's direction and showed as `spring /join`."""
    line = render_text(
        T("Ends {ends}; /join {name} or press Join.", ends="Mar 5", name="spring"), locale
    )
    assert "/join spring" in shown(line)
    assert "spring /join" in shown(line.replace(f"{PDI}{LRM}", PDI))  # without the closing mark
    assert parse_command(f"{LRM}/join {FSI}spring{PDI}{LRM}") == parse_command("/join spring")
    # a sentence's full stop after a command stays the sentence's
    done = render_text(T("Reply to the message to delete with /del."), locale)
    assert f"/del{LRM}" not in done


def test_the_marks_are_what_breaks_them_otherwise():
    line = render_text(T("Reply to the message to delete with /del."), "ar")
    assert f"{LRM}/del" in line
    assert "del/" in shown(unmarked(line))
    assert "faq#" in shown(unmarked(render_text(T("Note #{name} saved.", name="faq"), "ar")))


def test_left_to_right_languages_get_no_marks():
    for locale in ("en", "vi", "zh_Hans"):
        assert marks_for(locale) is None
        line = render_text(T("Note #{name} saved.", name="faq"), locale) + points(locale)
        assert not set(FSI + PDI + LRM) & set(line)
    assert render_text(T("Note #{name} saved.", name="faq"), "vi") == "Đã lưu ghi chú #faq."


def test_direction_comes_from_cldr_so_other_right_to_left_locales_need_no_code():
    assert [marks_for(x) is not None for x in ("ar", "ar_EG", "fa", "he", "ur", "en", "vi")] == [
        True, True, True, True, True, False, False,
    ]  # fmt: skip


def test_a_link_is_left_bare_for_the_platform_to_detect():
    url = "https://console.example/login?t=abc"
    message = T(
        "Your sign-in link to the console (works once, for {minutes} minutes): {url}",
        minutes=15,
        url=url,
    )
    line = render_text(message, "ar")
    assert line.endswith(f": {url}") and f"{FSI}15{PDI}" in line


def test_an_operators_text_is_isolated_too_and_stray_braces_stay_as_written():
    welcome = localized({"en": "Hi {name}!", "ar": "أهلًا {name}!"}, name="Ann")
    assert render_text(welcome, "ar") == f"أهلًا {FSI}Ann{PDI}!"
    assert render_text(localized("مرحبًا {name", name="Ann"), "ar") == "مرحبًا {name"


def test_a_command_copied_from_an_arabic_message_still_works():
    line = render_text(T("Reply to the message to delete with /del."), "ar")
    copied = line[line.index(LRM) :].split(".")[0]  # from the mark before /del to the end
    assert parse_command(copied) == parse_command("/del")
    assert parse_command(f"{LRM}/link {FSI}K7Q2{PDI}") == parse_command("/link K7Q2")


async def test_setlang_typed_with_marks_answers_in_arabic(harness_factory):
    h = await harness_factory()
    ann = h.user("ann")
    await h.world.say(h.chat, ann, f"{LRM}/setlang {FSI}ar-EG{PDI}")
    await h.settle()
    assert h.world.texts(h.chat) == [f"لغتك الآن {FSI}العربية{PDI}."]


async def test_the_console_in_arabic_or_persian_is_a_right_to_left_page(harness):
    pytest.importorskip("starlette", reason="the console needs the dashboard extra")
    from support.console import console_client

    async with console_client(harness) as client:
        pages = {
            language: (await client.get("/communities", headers={"accept-language": language})).text
            for language in ("ar-EG", "fa-IR", "vi-VN")
        }
    assert '<html lang="ar" dir="rtl">' in pages["ar-EG"] and "تسجيل الدخول" in pages["ar-EG"]
    assert '<html lang="fa" dir="rtl">' in pages["fa-IR"]
    assert '<html lang="vi" dir="ltr">' in pages["vi-VN"] and "Đăng nhập" in pages["vi-VN"]


def test_a_message_opening_with_a_mention_stays_right_to_left():
    from groupops.core.i18n.render import render
    from groupops.core.refs import Ref
    from groupops.core.segments import Mention, Text

    ann = Mention(Ref("local:user:ann"), "Ann")
    rendered = render((ann, Text(", "), T("Done.")), "ar")
    line = "".join(s.name if isinstance(s, Mention) else s.text for s in rendered)
    assert line == f"{FSI}Ann{PDI}, تم."  # isolated: the line's first strong letter is Arabic
    assert shown(line) == ".مت ,Ann"  # read from the right: Ann, then the words, then the stop
    assert shown(unmarked(line)) == "Ann, مت."  # without the marks: a left-to-right line
    assert render((ann, T("Done.")), "vi") == (ann, Text("Xong."))
