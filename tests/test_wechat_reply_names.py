"""A reply on WeChat @mentions the member it answers: its sentence does not name them again
("@张伟 签到成功", not "@张伟 张伟 签到成功")."""

from __future__ import annotations

import pytest
from support.onebot_fixtures import ROOM
from support.wechat_fixtures import new_room, until
from test_wechat_onebot import running

CHINESE = {"rulesets": {"main": {"locale": "zh_Hans", "pipeline": ["membership", "checkin"]}}}
MENTION_END = "\u2005"


async def test_a_check_in_answer_names_the_member_once_over_wechaty(wechat_factory, wechaty_peer):
    room = new_room(wechaty_peer, {"wxid_zw": "张伟"})
    h = await wechat_factory(room, CHINESE)
    for _ in range(2):
        wechaty_peer("say", **{"from": "wxid_zw"}, room=room, text="签到")
    assert await until(h, lambda: len(wechaty_peer("sent", conversation=room)) == 2)
    sent = wechaty_peer("sent", conversation=room)
    assert [m["text"] for m in sent] == [
        f"@张伟{MENTION_END}签到成功：+1 积分。已连续签到 1 天，当前积分 1。",
        f"@张伟{MENTION_END}你今天已经签到过了。",
    ]
    assert [m["mentions"] for m in sent] == [["wxid_zw"], ["wxid_zw"]]


@pytest.fixture
def room_members() -> dict[str, str]:
    return {"wxid_zw": "张伟"}


async def test_a_plain_reply_over_onebot_names_the_member_once(harness_with, bridge):
    """A bridge that cannot quote: the answer starts with a mention of the member instead."""
    h, _ = await running(harness_with, bridge, "forward", CHINESE)
    bridge.segments_refused = {"reply"}
    for _ in range(2):
        await bridge.say(ROOM, "wxid_zw", "签到")
    assert await until(h, lambda: len(bridge.texts(ROOM)) == 2)
    assert bridge.texts(ROOM) == [
        "@wxid_zw 签到成功：+1 积分。已连续签到 1 天，当前积分 1。",
        "@wxid_zw 你今天已经签到过了。",
    ]
