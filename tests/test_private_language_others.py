"""A private message to someone other than the one who acted is in the recipient's language,
not that of the chat the event happened in: one community's German group and Chinese room."""

from __future__ import annotations

from support.second_platform import ROOM, second_platform

SETTINGS = {
    "rulesets": {"main": {"identity": {"scope": "shared"}}},
    "communities": {
        "club": {
            "chats": ["local:main", "wx:room"],
            "locale": "de",
            "chat_locales": {"local:main": "de", "wx:room": "zh_Hans"},
        }
    },
}


async def german_group_and_chinese_room(harness_factory):
    h = await harness_factory(SETTINGS)
    wx, adapter = await second_platform(h)
    xiao = wx.user("xiao", "小张")
    wx.add_member(ROOM, xiao)
    return h, wx, adapter, xiao


async def test_a_link_request_from_the_german_group_reaches_the_chinese_account_in_chinese(
    harness_factory,
):
    h, wx, adapter, xiao = await german_group_and_chinese_room(harness_factory)
    greta = h.user("greta")
    try:
        await wx.say(ROOM, xiao, "/link")
        await h.settle()
        issued = wx.private_texts(xiao)[-1]
        code = issued.split("/link ")[1].split(" ")[0].rstrip("，,")
        await h.world.say(h.chat, greta, f"/link {code}")
        await h.settle()
    finally:
        await adapter.stop()
    assert wx.private_texts(xiao)[-1] == (  # Chinese, like the room: not the German group's
        "Greta (Local) 请求关联到你的账号。如果是你本人，请在 10 分钟内发送 "
        "/link confirm；如果不是，请发送 /link cancel。"
    )
    assert h.world.texts(h.chat)[-1] == (  # the sender: German
        "Code angenommen. Bestätige mit /link confirm von dem Konto aus, das den Code "
        "angefordert hat."
    )


async def test_a_coupon_given_in_the_german_group_is_announced_in_chinese(harness_factory):
    h, wx, adapter, xiao = await german_group_and_chinese_room(harness_factory)
    boss = h.user("boss", owner=True)
    try:
        await wx.say(ROOM, xiao, "你好")  # seen in the Chinese room
        await h.settle()
        await h.world.say(h.chat, boss, f"/coupon {xiao} 10 CNY")
        await h.settle()
    finally:
        await adapter.stop()
    told = wx.private_texts(xiao)[-1]
    assert told.startswith("你收到一张优惠券：“10 CNY”，券码 "), told  # not German
