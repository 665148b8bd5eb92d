"""A member with linked accounts is named in each group as on that group's platform: writing
on WeChat does not rename them in the Telegram group (a Russian group was told
"安娜, вы заблокированы"), in replies, rankings or moderation notices."""

from __future__ import annotations

from support.second_platform import ROOM, linked_without_bans

KEY, WX = "local:user:ann", "wx:user:ann_wx"


async def test_each_group_names_the_member_as_on_its_platform(harness_factory):
    h, wx, adapter = await linked_without_bans(harness_factory, KEY, WX)
    ann, boss = h.user("ann"), h.user("boss", admin=True)
    ann_wx = wx.user("ann_wx", "安娜")
    wx.add_member(ROOM, ann_wx)
    try:
        await h.world.say(h.chat, ann, "签到")
        await wx.say(ROOM, ann_wx, "你好")  # she wrote on WeChat last
        await h.world.say(h.chat, boss, "/top all")
        await wx.say(ROOM, ann_wx, "/points")
        await wx.say(ROOM, ann_wx, "/top all")
        await h.world.say(h.chat, boss, f"/points {KEY}")
        await h.restart()  # the names are kept, each on its account's record
        await h.world.say(h.chat, boss, f"/ban {KEY} scam")
        await h.settle()
    finally:
        await adapter.stop()
    assert h.world.texts(h.chat)[1:] == [
        "Top members, all time:\n1. Ann · 1 point",
        "Ann has 1 point.",
        "@Ann has been banned: scam.",
    ]
    assert wx.texts(ROOM) == [
        "安娜 has 1 point.",
        "Top members, all time:\n1. 安娜 · 1 point",
        "@安娜 has been removed from the group: scam.",
    ]
