"""Leaderboards and monthly honours, settled at a month boundary in the community clock."""

from __future__ import annotations

from datetime import UTC, datetime

from groupops.core.refs import Ref
from groupops.core.storage.models import Coupon, Honour

# Asia/Shanghai, days start at 04:00: 2026-03-31 19:30 UTC is 04-01 03:30 local, still the
# community day of March 31; 21:00 UTC is 04-01 05:00 local, April.
START = datetime(2026, 3, 30, 1, 0, tzinfo=UTC)
SETTINGS = {
    "communities": {
        "club": {"chats": ["local:main", "local:cn"], "chat_locales": {"local:cn": "zh_Hans"}}
    }
}


async def shared(h, boss, user, text):
    await h.world.say(h.chat, user, f"{text} https://example.com/{user.local_id}")
    message = [m for m in h.world.chats[h.chat].messages.values() if m.sender == user][-1]
    await h.world.say(h.chat, boss, "/valuable", reply_to=message.id)
    h.clock.advance(minutes=11)  # past the share cooldown


async def test_monthly_honours_settle_at_the_local_month_boundary(harness_factory):
    coupons = {"rulesets": {"main": {"coupons": {"honours": "20 CNY off"}}}}
    admin_chat = {"communities": {"club": {**SETTINGS["communities"]["club"],
                                           "admin_chat": "local:admins"}}}  # fmt: skip
    h = await harness_factory({**admin_chat, **coupons}, start=START)
    cn = Ref("local:cn")
    boss, ann, bob, cat = h.user("boss", admin=True), h.user("ann"), h.user("bob"), h.user("cat")
    for user in (ann, bob, ann, bob):  # 2 each; ann got there first
        await shared(h, boss, user, "a useful read")
    admins = Ref("local:admins")
    h.world.chat("admins")
    h.world.add_member(admins, boss, "admin")
    for _ in range(3):  # commands in the admin chat: no group's conversation either
        await h.world.say(admins, boss, "/stats")
    h.clock.set(datetime(2026, 3, 31, 19, 30, tzinfo=UTC))
    await shared(h, boss, cat, "late night find")  # still March in the community clock
    h.clock.set(datetime(2026, 3, 31, 21, 0, tzinfo=UTC))
    for _ in range(3):
        await shared(h, boss, cat, "April already")  # April: not in March's honours
    await h.settle()
    assert await h.run_due("points.honours") == 1
    await h.settle()
    assert h.world.texts(h.chat)[-1].splitlines() == [
        "Honours for March 2026:",
        "Top contributor: Ann · 2",
        "Most active: Ann · 2",  # Boss's five /valuable and /stats are commands, not talk
    ]
    assert h.world.texts(cn)[-1].splitlines() == [
        "2026年3月荣誉榜：",  # was "2026-03 月度荣誉"
        "月度贡献王：Ann · 2",
        "活跃之星：Ann · 2",
    ]
    rows = await Honour.all().order_by("title").values_list("month", "title", "member", "score")
    month = datetime(2026, 3, 1).date()
    assert rows == [(month, "active", ann, 2), (month, "contributor", ann, 2)]
    assert await h.run_due("points.honours") == 0  # settled once
    gifts = [t for t in h.world.private_texts(ann) if t.startswith("For ")]
    codes = await Coupon.filter(member=ann).order_by("id").values_list("code", flat=True)
    assert gifts == [
        f"For Top contributor in March 2026: a coupon, 20 CNY off, code {codes[0]}.",
        f"For Most active in March 2026: a coupon, 20 CNY off, code {codes[1]}.",
    ]
    assert await Coupon.filter(member=ann, cause="honour:2026-03-01:active").count() == 1

    await h.world.say(h.chat, ann, "/top all")
    await h.world.say(h.chat, ann, "/top month")
    await h.world.say(h.chat, ann, "/top")
    await h.settle()
    assert [t.splitlines() for t in h.world.texts(h.chat)[-3:]] == [
        [
            "Top members, all time:",
            "1. Cat · 20 points",
            "2. Ann · 10 points",
            "3. Bob · 10 points",
        ],
        ["Top members, this month:", "1. Cat · 15 points"],
        [
            "Top members, this week:",
            "1. Cat · 20 points",
            "2. Ann · 10 points",
            "3. Bob · 10 points",
        ],
    ]


async def test_top_and_history_group_thousands_as_the_reader_does(harness_factory):
    settings = {
        "communities": {
            "club": {
                "chats": ["local:main", "local:id"],
                "locale": "vi",
                "chat_locales": {"local:id": "id"},
            }
        }
    }
    h = await harness_factory(settings)
    in_id = Ref("local:id")
    boss, lan = h.user("boss", admin=True), h.user("lan")
    await h.world.say(h.chat, lan, "xin chào")
    await h.world.say(h.chat, boss, "/give @lan 1500 cảm ơn")
    await h.world.say(h.chat, lan, "/history")
    await h.world.say(in_id, lan, "/top week")
    await h.settle()
    assert h.world.texts(h.chat)[-1].splitlines() == [
        "Điểm gần đây, số dư 1.500:",
        "2026-03-02  +1.500  do quản trị viên tặng",  # was "+1500"
    ]
    assert h.world.texts(in_id) == [
        "Anggota teratas, minggu ini:\n1. Lan · 1.500 poin"
    ]  # was "1500"


async def test_a_name_with_a_line_break_stays_on_its_own_leaderboard_line(harness_factory):
    h = await harness_factory(SETTINGS)
    boss, ann = h.user("boss", admin=True), h.user("ann")
    evil = h.world.user("cy", 'Evil, "Cy"\n2. Ann · 999\r\n=HYPERLINK("http://x","y")')
    h.world.add_member(h.chat, evil)
    await h.world.say(h.chat, evil, "签到")
    await h.world.say(h.chat, ann, "hello")
    await h.world.say(h.chat, boss, "/give @ann 2")
    await h.world.say(h.chat, ann, "/top")
    await h.settle()
    assert h.world.texts(h.chat)[-1].splitlines() == [
        "Top members, this week:",
        "1. Ann · 2 points",
        '2. Evil, "Cy" 2. Ann · 999 =HYPERLINK("http://x","y") · 1 point',  # was three lines
    ]


async def test_top_leaves_out_banned_members_and_tells_apart_two_of_one_name(harness_factory):
    """/top listed a spammer banned from the community, and two members called "Иван", one
    on each platform, with nothing to tell which was which; the platform is named as its
    adapter declares (`display_name`), a plugin's too: "WxChat", not "wx"."""
    from support.second_platform import ROOM, second_platform

    from groupops.adapters.local import LocalAdapter

    class WxAdapter(LocalAdapter):  # a plugin adapter for a platform groupops does not ship
        platform = "wx"
        display_name = "WxChat"

    settings = {"communities": {"club": {"chats": ["local:main", "wx:room"]}}}
    h = await harness_factory(settings)
    wx, adapter = await second_platform(h, WxAdapter)
    room = ROOM
    try:
        boss = h.user("boss", admin=True)
        ivan, spammer = h.world.user("ivan", "Иван"), h.world.user("easy", "Easy Money")
        h.world.add_member(h.chat, ivan)
        h.world.add_member(h.chat, spammer)
        wx_ivan = wx.user("ivan", "Иван")
        wx.add_member(room, wx_ivan)
        for user in (spammer, ivan):
            await h.world.say(h.chat, user, "签到")
        await wx.say(room, wx_ivan, "签到")
        await h.world.say(h.chat, boss, "/give @easy 5")
        await h.world.say(h.chat, boss, "/give @ivan 1")
        await h.settle()
        await h.world.say(h.chat, boss, "/ban @easy scam")
        await h.settle()
        await h.world.say(h.chat, boss, "/top")
        await h.settle()
    finally:
        await adapter.stop()
    assert h.world.texts(h.chat)[-1].splitlines() == [
        "Top members, this week:",
        "1. Иван (Local) · 2 points",
        "2. Иван (WxChat) · 1 point",
    ]
