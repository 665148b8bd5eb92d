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


async def test_a_newcomer_who_is_no_friend_of_the_bot_is_no_warning(wechat_factory, wechaty_peer):
    """Every WeChat join logged a WARNING ("send_private … failed for good: … not a friend")
    for the onboarding message the docs say is usually refused: the run log filled with it."""
    from loguru import logger

    room = new_room(wechaty_peer, {"wxid_zw": "张伟"})
    onboarding = {"rulesets": {"main": {"welcome": {"onboarding": {"en": "Hi {name}!"}}}}}
    h = await wechat_factory(room, onboarding)
    said: list[str] = []
    sink = logger.add(said.append, format="{level} {message}", level="INFO")
    try:
        wechaty_peer("world", contacts=[{"id": "wxid_new", "name": "王芳", "friend": False}])
        wechaty_peer("add", room=room, members=["wxid_new"], by="wxid_zw")
        assert await until(h, lambda: any("failed for good" in line for line in said))
    finally:
        logger.remove(sink)
    (line,) = [line for line in said if "failed for good" in line]
    assert line.startswith("INFO ") and "send_private in wechat:user:wxid_new" in line, line
    assert await until(h, lambda: wechaty_peer("sent", conversation=room))  # the welcome
