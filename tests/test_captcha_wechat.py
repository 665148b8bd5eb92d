"""The join captcha on WeChat through the OneBot 12 bridge: nobody can be restricted there,
so the newcomer is asked in the group, and a wrong or missing answer removes them."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import pytest
from support.wechat_fixtures import until
from test_wechat_onebot import ROOM, running

from groupops.core.storage.models import JoinChallenge

QUESTION = {
    "question": {"en": "What is our favourite language?", "zh_Hans": "我们最喜欢的语言是什么？"},
    "answers": {"en": ["Python"], "zh_Hans": ["蟒蛇", "Python"]},
}


def captcha(pipeline=("membership", "captcha"), **options) -> dict:
    section = {"enabled": True, "mode": "button", "attempts": 2, **options}
    return {"rulesets": {"main": {"pipeline": list(pipeline), "captcha": section}}}


@pytest.fixture
def room_members() -> dict[str, str]:
    return {"ann": "Ann"}


async def status(member: str) -> str:
    row = await JoinChallenge.get_or_none(member=f"wechat:user:{member}")
    return row.status if row else ""


async def passed(member: str) -> bool:
    return await status(member) == "passed"


async def test_the_question_is_asked_in_the_group_and_a_right_answer_lets_in(harness_with, bridge):
    h, _ = await running(harness_with, bridge, "forward", captcha(questions=[QUESTION]))
    await bridge.join(ROOM, "newbie", "Newbie", operator="ann")
    assert await until(h, lambda: bridge.texts(ROOM))
    assert bridge.texts(ROOM) == [
        "@newbie , to be let in, answer within 5 minutes:\nWhat is our favourite language?"
    ]
    await bridge.say(ROOM, "newbie", "  python ")
    assert await until(h, lambda: passed("newbie"))
    assert "newbie" in bridge.groups[ROOM]


async def test_the_welcome_waits_for_the_right_answer(harness_with, bridge):
    welcomed = ("membership", "captcha", "welcome")
    h, _ = await running(harness_with, bridge, "forward", captcha(welcomed, questions=[QUESTION]))
    await bridge.join(ROOM, "newbie", "Newbie", operator="ann")
    await bridge.join(ROOM, "bot7", "Bot Seven", operator="ann")
    assert await until(h, lambda: len(bridge.texts(ROOM)) == 2)
    await bridge.say(ROOM, "bot7", "java")
    await bridge.say(ROOM, "bot7", "kotlin")
    assert await until(h, lambda: "bot7" not in bridge.groups[ROOM])
    assert all("Welcome" not in text for text in bridge.texts(ROOM))  # asked, not welcomed
    assert "that is not the answer: 1 try left." in bridge.texts(ROOM)[2]  # after "java"
    await bridge.say(ROOM, "newbie", "python")
    assert await until(h, lambda: passed("newbie"))
    assert await until(h, lambda: len(bridge.texts(ROOM)) == 4)
    assert bridge.texts(ROOM)[-1] == (
        "Welcome to Test Club, Newbie! Please read the group rules and say hello."
    )


async def test_wrong_answers_remove_the_newcomer(harness_with, bridge):
    h, _ = await running(harness_with, bridge, "forward", captcha(questions=[QUESTION]))
    await bridge.join(ROOM, "bot7", "Bot Seven", operator="ann")
    await bridge.say(ROOM, "bot7", "cheap followers here")
    await bridge.say(ROOM, "bot7", "java")
    assert await until(h, lambda: "bot7" not in bridge.groups[ROOM])
    assert await status("bot7") == "failed"


async def test_no_answer_in_time_removes(harness_with, bridge):
    h, _ = await running(harness_with, bridge, "forward", captcha())
    await bridge.join(ROOM, "sleeper", "Sleeper", operator="ann")
    assert await until(h, lambda: bridge.texts(ROOM))
    assert "type the answer" in bridge.texts(ROOM)[0]  # no custom question: a sum, typed
    h.clock.set(datetime.now(UTC) + timedelta(minutes=6))  # the bridge stamps real time
    await h.engine.scheduler.run_due()
    assert await until(h, lambda: "sleeper" not in bridge.groups[ROOM])
    assert await status("sleeper") == "removed"


async def test_off_where_nobody_can_be_restricted(harness_with, bridge):
    h, _ = await running(harness_with, bridge, "forward", captcha(where_no_mute="off"))
    await bridge.join(ROOM, "newbie", "Newbie", operator="ann")
    await bridge.say(ROOM, "newbie", "hello")
    await h.settle()
    assert bridge.texts(ROOM) == []
    assert await status("newbie") == ""


async def test_a_first_line_without_a_number_to_a_sum_costs_no_try(harness_with, bridge):
    """'hello, what do I do?' is no answer to a sum: the newcomer is told to type the number
    and keeps their tries; a second wordy line counts as a wrong answer, so a bot cannot make
    the group's hints run on for ever."""
    h, _ = await running(harness_with, bridge, "forward", captcha())
    await bridge.join(ROOM, "newbie", "Newbie", operator="ann")
    assert await until(h, lambda: bridge.texts(ROOM))
    a, b = map(int, re.findall(r"(\d+) \+ (\d+)", bridge.texts(ROOM)[0])[0])
    await bridge.say(ROOM, "newbie", "hello, what do I do?")
    assert await until(h, lambda: len(bridge.texts(ROOM)) == 2)
    assert bridge.texts(ROOM)[1] == f"@newbie , please type only the number: what is {a} + {b}?"
    await bridge.say(ROOM, "newbie", "ok sorry")
    assert await until(h, lambda: len(bridge.texts(ROOM)) == 3)
    assert bridge.texts(ROOM)[2] == "@newbie , that is not the answer: 1 try left."
    await bridge.say(ROOM, "newbie", str(a + b))
    assert await until(h, lambda: passed("newbie"))


def test_chinese_words_that_python_calls_numeric_are_no_number():
    """什 (in 什么) and 一 (in 一下) are numeric to str.isnumeric: no digit, no answer."""
    from groupops.core.joins.challenge import Challenge
    from groupops.core.joins.hints import first_words_to_a_sum

    asked = Challenge("wechat:r", "wechat:user:u", "question", ("9",), prompt={"a": 2, "b": 7})
    asked.message = "q1"
    assert first_words_to_a_sum(asked, "你好，我该做什么？")
    assert first_words_to_a_sum(asked, "等我一下")
    assert not first_words_to_a_sum(asked, "我觉得是 8") and not first_words_to_a_sum(asked, "９")
