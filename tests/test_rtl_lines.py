"""Every line of an Arabic or Persian message reads right to left: a chat lays each line out
as its own paragraph, by its first strong letter, and a line opening with an isolated value
(/top's rank), a date or an id (/log), or a command (the help) would read left to right.
What a reader sees is checked with python-bidi, as in test_rtl_text.py."""

from __future__ import annotations

import pytest
from support.telegram_harness import CHAT_ID

from groupops.core.i18n.direction import FSI, LRM, PDI, RLM
from groupops.core.i18n.render import render
from groupops.core.refs import Ref
from groupops.core.segments import TN, Mention, T, Text

bidi = pytest.importorskip("bidi")

MARKS = str.maketrans("", "", FSI + PDI + LRM + RLM)
ARABIC = {"communities": {"club": {"locale": "ar"}}}


def shown(text: str) -> str:
    """The line as a screen lays it out, left to right, without the invisible marks."""
    return bidi.get_display(text).translate(MARKS)


def right_to_left(line: str) -> bool:
    """Whether a chat lays the line out right to left: its first strong letter (isolates
    skipped) is Arabic or a RIGHT-TO-LEFT MARK."""
    return bidi.get_base_level(line) == 1


async def test_arabic_top_lines_put_the_rank_on_the_right(harness_factory):
    h = await harness_factory(ARABIC)
    boss, ann = h.user("boss", admin=True), h.user("ann")
    await h.world.say(h.chat, ann, "hi")
    await h.world.say(h.chat, boss, "/give @ann 1000 help")
    await h.world.say(h.chat, ann, "/top all")
    await h.settle()
    top = h.world.texts(h.chat)[-1].splitlines()
    assert top[1] == f"{RLM}{FSI}1{PDI}. {FSI}Ann{PDI} · {FSI}{FSI}1,000{PDI} نقطة{PDI}"
    # read from the right: the rank, name, points
    assert shown(top[1]) == "ةطقن 1,000 · Ann .1"  # (shown: visual order, letters reversed)
    assert shown(top[1][1:]) == "1. Ann · ةطقن 1,000"  # unmarked, the rank went to the left
    assert all(right_to_left(line) for line in top)


async def test_arabic_log_lines_read_right_to_left_and_keep_the_reason(harness_factory):
    h = await harness_factory(ARABIC)
    boss, ann = h.user("boss", admin=True), h.user("ann")
    await h.world.say(h.chat, ann, "hi")
    await h.world.say(h.chat, boss, "/warn @ann سلوك سيئ")
    await h.settle()  # /log reads outcomes: the warning must be delivered first
    await h.world.say(h.chat, boss, "/log")
    await h.settle()
    log = h.world.texts(h.chat)[-1].splitlines()
    assert all(line.startswith(RLM) for line in log[1:])
    assert all(right_to_left(line) for line in log)
    assert "[سلوك سيئ]" in log[1] and "قرار أحد المشرفين" not in log[-1]


async def test_log_shows_the_reason_an_admin_gave(harness_factory):
    h = await harness_factory({})
    boss, ann, bob = h.user("boss", admin=True), h.user("ann"), h.user("bob")
    for user in (ann, bob):
        await h.world.say(h.chat, user, "hi")
    await h.world.say(h.chat, boss, "/warn @ann spamming links")
    await h.world.say(h.chat, boss, "/tban @ann 11d flooding")
    await h.world.say(h.chat, boss, "/mute @bob")
    await h.settle()  # /log reads outcomes: every action must be delivered first
    await h.world.say(h.chat, boss, "/log")
    await h.settle()
    log = [line.split(" ", 3)[3] for line in h.world.texts(h.chat)[-1].splitlines()[1:]]
    assert log == [
        "mute Bob [a moderator's decision] Boss done",  # no reason given
        "ban Ann [flooding] Boss done",
        "reminder Ann [spamming links] Boss done",
        "warning Ann [spamming links] Boss done",
    ]


def test_a_help_line_opening_with_a_command_keeps_its_slash():
    help_lines = (T("Commands:"), Text("\n/checkin – "), T("Done."))
    lines = "".join(s.text for s in render(help_lines, "ar") if isinstance(s, Text)).splitlines()
    assert lines[1] == f"{RLM}{LRM}/checkin – تم."
    assert shown(lines[1]) == ".مت – /checkin"  # the command on the right, slash and all
    assert shown(lines[1][2:]) == "/checkin – مت."  # unmarked: left to right


def test_lottery_winners_are_isolated_in_arabic():
    winner = Mention(Ref("local:user:7"), "Laila 2")
    message = (TN("Winner of {title}:", "Winners of {title}:", 1, title="quick"), Text(" "), winner)
    out = render(message, "ar")
    assert out[-3:] == (Text(FSI), winner, Text(PDI))
    assert render(message, "en")[-1] == winner  # left to right: as written


async def test_arabic_captcha_joins_the_name_with_an_arabic_comma(open_harness):
    h = await open_harness(
        "aiogram", {**ARABIC, "rulesets": {"main": {"captcha": {"enabled": True, "mode": "math"}}}}
    )
    h.world.user(42, "Ann")
    h.world.join(CHAT_ID, 42)
    await h.settle()
    (asked,) = [m for m in h.world.bot_messages(CHAT_ID) if m.get("reply_markup")]
    assert asked["text"].startswith(f"{RLM}{FSI}Ann{PDI}، {FSI}لتُقبل في المجموعة")
    assert "," not in asked["text"]


async def test_a_warning_without_a_reason_makes_none_up(harness_factory):
    h = await harness_factory({"communities": {"club": {"locale": "fa"}}})
    boss, ann, bob = h.user("boss", admin=True), h.user("ann"), h.user("bob")
    for user in (ann, bob):
        await h.world.say(h.chat, user, "hi")
    await h.world.say(h.chat, boss, "/warn @ann")
    await h.world.say(h.chat, boss, "/warn @bob اسپم")
    await h.settle()
    reminders = [t for t in h.world.texts(h.chat) if "قوانین گروه" in t]
    assert reminders == [  # "please mind the group rules", not ": a moderator's decision"
        f"{RLM}{FSI}@Ann{PDI}، لطفاً قوانین گروه را رعایت کنید.",
        f"{RLM}{FSI}@Bob{PDI}، لطفاً قوانین گروه را رعایت کنید: {FSI}اسپم{PDI}.",
    ]
