"""Members named by `@name` on WeChat through OneBot 12, where message events carry no name:
names with spaces, names one of which starts another, and names changed since."""

from __future__ import annotations

import pytest
from support.onebot_fixtures import ROOM
from support.wechat_fixtures import until
from test_wechat_onebot import running

from groupops.core.storage.models import Member, WarningRow

OWNER = {"communities": {"club": {"roles": {"owner": ["wechat:user:boss"]}}}}


@pytest.fixture
def room_members() -> dict[str, str]:
    return {"boss": "Boss", "wxid_li": "Li", "wxid_liming": "Li Ming"}


async def _seen(h, bridge, *users: str) -> None:
    for user in users:
        await bridge.say(ROOM, user, "大家好")
    for user in users:
        assert await until(
            h, lambda u=user: Member.exists(community="club", key=f"wechat:user:{u}")
        )


async def _answer(h, bridge, text: str) -> str:
    before = len(bridge.texts(ROOM))
    await bridge.say(ROOM, "boss", text)
    assert await until(h, lambda: len(bridge.texts(ROOM)) > before)
    return bridge.texts(ROOM)[before]


async def test_a_name_with_a_space_runs_up_to_wechats_separator(harness_with, bridge):
    h, _ = await running(harness_with, bridge, "forward", OWNER)
    await _seen(h, bridge, "wxid_li", "wxid_liming")
    said = await _answer(h, bridge, "/kick @Li Ming\u2005发广告")
    assert said == "@wxid_liming  removed from the group: 发广告."
    assert await until(h, lambda: "wxid_liming" not in bridge.groups[ROOM])
    assert "wxid_li" in bridge.groups[ROOM]


async def test_a_name_that_could_be_two_members_is_refused(harness_with, bridge):
    h, _ = await running(harness_with, bridge, "forward", OWNER)
    await _seen(h, bridge, "wxid_li", "wxid_liming")
    said = await _answer(h, bridge, "/warn @Li Ming 发广告")
    assert said == (
        "@Li Ming could mean Li and Li Ming: reply to one of their messages, or give their id."
    )
    assert await WarningRow.all().count() == 0


async def test_the_one_known_name_the_text_starts_with_is_meant(harness_with, bridge):
    h, _ = await running(harness_with, bridge, "forward", OWNER)
    await _seen(h, bridge, "wxid_liming")  # Li has not spoken
    said = await _answer(h, bridge, "/warn @Li Ming 发广告")
    assert said == "@wxid_liming  please mind the group rules: 发广告."
    assert await WarningRow.filter(member="wechat:user:wxid_liming").count() == 1


async def test_an_unknown_name_is_quoted_whole(harness_with, bridge):
    h, _ = await running(harness_with, bridge, "forward", OWNER)
    said = await _answer(h, bridge, "/warn @Wang Fang\u2005刷屏")
    assert said.startswith("I don't know @Wang Fang yet")
