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
    assert said == "@wxid_liming  has been removed from the group: 发广告."
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
    assert said == "@wxid_liming , please mind the group rules: 发广告."
    assert await WarningRow.filter(member="wechat:user:wxid_liming").count() == 1


async def test_an_unknown_name_is_quoted_whole(harness_with, bridge):
    h, _ = await running(harness_with, bridge, "forward", OWNER)
    said = await _answer(h, bridge, "/warn @Wang Fang\u2005刷屏")
    assert said.startswith("I don't know @Wang Fang yet")


async def test_names_changed_since_are_read_from_the_member_sweep(harness_with, bridge):
    """wxid_rename took 新名字 and wxid_chat2 took the name it gave up: the sweep says so, and
    `@旧名字` is wxid_chat2 now."""
    bridge.groups[ROOM] = {"bot": "GroupBot", "boss": "Boss", "wxid_rename": "旧名字"}
    bridge.groups[ROOM]["wxid_chat2"] = "刘洋"
    h, adapter = await running(harness_with, bridge, "forward", OWNER)
    await _seen(h, bridge, "wxid_rename", "wxid_chat2")
    bridge.groups[ROOM]["wxid_rename"] = "新名字"
    bridge.groups[ROOM]["wxid_chat2"] = "旧名字"
    assert await adapter.sweep_members() == 0
    await h.settle()
    said = await _answer(h, bridge, "/warn @新名字 刷屏")
    assert said == "@wxid_rename , please mind the group rules: 刷屏."
    said = await _answer(h, bridge, "/kick @旧名字 发广告")
    assert said == "@wxid_chat2  has been removed from the group: 发广告."
    assert await until(h, lambda: "wxid_chat2" not in bridge.groups[ROOM])
    assert "wxid_rename" in bridge.groups[ROOM]
    renamed = await Member.get(community="club", key="wechat:user:wxid_rename")
    assert renamed.name == "新名字"


async def test_a_group_nickname_is_the_name_read(harness_with, bridge):
    """The spec's `user_displayname` (the name shown in the group) over the account's name."""
    h, adapter = await running(harness_with, bridge, "forward", OWNER)
    await _seen(h, bridge, "wxid_li")
    listed = bridge._perform

    async def with_nickname(action, params):
        data = await listed(action, params)
        if action == "get_group_member_list":
            for member in data:
                if member["user_id"] == "wxid_li":
                    member["user_displayname"] = "李老师"
        return data

    bridge._perform = with_nickname
    await adapter.sweep_members()
    await h.settle()
    said = await _answer(h, bridge, "/warn @李老师 刷屏")
    assert said == "@wxid_li , please mind the group rules: 刷屏."


async def test_points_go_to_the_member_a_plain_at_name_names(harness_with, bridge):
    """On WeChat members are addressed by display name (a bridge may give no mention ids):
    a plain-text `@Li Ming` is Li Ming, as it was before Telegram stopped reading `@word` so."""
    h, _ = await running(harness_with, bridge, "forward", OWNER)
    await _seen(h, bridge, "wxid_liming")
    before = (await Member.get(community="club", key="wechat:user:wxid_liming")).balance
    said = await _answer(h, bridge, "/give @Li Ming\u20057 contest winner")
    assert said == f"Li Ming received 7 points (contest winner). Balance {before + 7}."
    after = await Member.get(community="club", key="wechat:user:wxid_liming")
    assert after.balance == before + 7
