"""A member banned through the shared ban list stays banned when another of their linked
accounts is invited back into a chat on a platform with no bans of its own (WeChat): the
arrival is removed, and the member is neither counted nor ranked again."""

from __future__ import annotations

from support.second_platform import ROOM, linked_without_bans

from groupops.core.storage.models import Member

KEY, WX = "local:user:ann", "wx:user:ann"


async def test_a_linked_account_rejoining_keeps_the_member_banned(harness_factory):
    h, wx, adapter = await linked_without_bans(harness_factory, KEY, WX)
    ann, boss, bob = h.user("ann"), h.user("boss", admin=True), h.user("bob")
    ann_wx = wx.user("ann", "Ann")
    wx.add_member(ROOM, ann_wx)
    try:
        await h.world.say(h.chat, ann, "签到")
        await h.world.say(h.chat, bob, "签到")
        await h.world.say(h.chat, boss, f"/ban {KEY} scam")
        await h.settle()
        await wx.join(ROOM, ann_wx)  # someone invites her WeChat account back
        await h.settle()
        await h.world.say(h.chat, bob, "/top all")
        await h.settle()
    finally:
        await adapter.stop()
    assert not wx.chats[ROOM].present(ann_wx)  # removed on arrival
    assert h.world.texts(h.chat)[-1] == "Top members, all time:\n1. Bob · 1 point"
    assert (await Member.get(community="club", key=ann)).status == "banned"
