"""Members the OneBot 12 bridge cannot name (get_group_member_info and get_user_info fail):
replies name them by their id, never by a blank."""

from __future__ import annotations

from support.onebot_fixtures import ROOM
from support.wechat_fixtures import until
from test_wechat_onebot import running


async def test_a_member_the_bridge_cannot_name_checks_in_under_their_id(harness_with, bridge):
    h, _ = await running(harness_with, bridge, "forward")
    await bridge.say(ROOM, "wxid_c", "/checkin")  # not in any member list the bridge serves
    await bridge.say(ROOM, "wxid_c", "/checkin")
    assert await until(h, lambda: len(bridge.texts(ROOM)) == 2)
    first, again = bridge.texts(ROOM)
    assert first.startswith("wxid_c checked in: +")
    assert again == "wxid_c, you have already checked in today."
