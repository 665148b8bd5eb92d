"""Group-buys: tiered prices, joining by command or button (the joins of a busy minute told in
one message), progress, and at the deadline orders for everyone (success) or a cancellation
(failure); the organiser hears either way."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest
from support.campaigns import fire
from support.second_platform import ROOM, second_platform

from groupops.core.storage.models import Campaign, Order


async def test_group_reaching_a_tier_gets_orders_at_its_price(harness_factory):
    h = await harness_factory()
    boss = h.user("boss", admin=True)
    ann, bob, cat, dan = (h.user(n) for n in ("ann", "bob", "cat", "dan"))
    await h.world.say(
        h.chat,
        boss,
        '/campaign new groupbuy tea product="Spring tea" price=100 tiers=3:20,5:30 ends=2d '
        'title="Tea group"',
    )
    await h.settle()
    announcement = h.world.bot_messages(h.chat)[-1]
    assert announcement.text.startswith(
        "Group-buy Tea group: Spring tea at 100.00 CNY. 3 people: 80.00 (20% off). "
        "5 people: 70.00 (30% off). Ends "
    )
    await h.world.press(h.chat, ann, announcement.id, "campaign:join:tea")
    await h.world.say(h.chat, bob, "/join tea")
    await h.world.say(h.chat, bob, "/join")  # twice before being told: nothing more
    await h.settle()
    await h.restart()  # mid-window: the joins waiting are on their rows
    await h.world.say(h.chat, cat, "/join")
    await h.world.say(h.chat, dan, "/campaigns tea")
    await h.world.say(h.chat, dan, "/join tea")
    await h.settle()
    # Bob, Cat and Dan joined within a minute of Ann's confirmation: told together
    assert h.world.texts(h.chat)[1:] == [
        "Ann joined Tea group: 1 person in the group. 2 more for 20% off.",
        "Tea group: 3 people in the group. 2 more for 30% off.",
    ]
    assert await fire(h, h.clock.now() + timedelta(seconds=60)) == 1
    await h.world.say(h.chat, bob, "/join tea")
    await h.settle()
    assert h.world.texts(h.chat)[3:] == [
        "Bob, Cat, and Dan joined Tea group: 4 people in the group. 1 more for 30% off.",
        "Bob, you are already in the group-buy Tea group.",
    ]
    assert await Order.all().count() == 0
    assert await fire(h, h.clock.now() + timedelta(days=2)) == 1
    assert h.world.texts(h.chat)[-1] == (
        "Group-buy Tea group succeeded: 4 people, 80.00 CNY each (20% off). "
        "Orders have been created."
    )
    orders = await Order.all().order_by("member").values_list("member", "amount", "source")
    assert orders == [(m, Decimal("80.00"), "group_buy") for m in sorted([ann, bob, cat, dan])]
    assert h.world.private_texts(boss) == [
        "Your group-buy Tea group succeeded: 4 orders at 80.00 CNY."
    ]
    assert await fire(h, h.clock.now() + timedelta(days=1)) == 0
    assert await Order.all().count() == 4  # nothing twice


async def test_group_short_of_the_first_tier_is_cancelled(harness_factory):
    extra = {
        "rulesets": {
            "main": {
                "campaigns": {
                    "honey": {
                        "kind": "groupbuy",
                        "product": "Honey",
                        "price": "59.90",
                        "ends": "2026-03-03 20:00",
                    }
                }
            }
        },
        "communities": {
            "club": {"chats": ["local:main", "local:admins"], "admin_chat": "local:admins"}
        },
    }
    h = await harness_factory(extra)
    ann, boss = h.user("ann"), h.user("boss", admin=True)
    await h.world.say(h.chat, ann, "/join honey")
    await h.world.say(h.chat, boss, "/campaign pause honey")
    await h.world.say(h.chat, boss, "/join honey")
    await h.world.say(h.chat, boss, "/campaign resume honey")
    await h.settle()
    assert h.world.texts(h.chat)[1:] == [
        "Ann joined honey: 1 person in the group. 2 more for 20% off.",
        "honey is now paused.",
        "honey is not open for entries.",
        "honey is now running.",
    ]
    assert await fire(h, h.clock.now() + timedelta(days=1)) == 0  # ends 20:00 local on the 3rd
    assert await fire(h, h.clock.now() + timedelta(hours=3)) == 1
    cancelled = (
        "Group-buy honey did not reach 3 people (1 joined) and is cancelled; nobody is charged."
    )
    assert h.world.texts(h.chat)[-1] == cancelled
    admins = h.world.texts(h.world.chat("admins").ref)
    assert admins[-2:] == [cancelled, "Your group-buy honey failed: 1 of 3 people joined."]
    assert await Order.all().count() == 0
    assert (await Campaign.get(name="honey")).status == "failed"


async def test_tiers_whose_discount_falls_as_the_group_grows_are_refused(harness_factory):
    h = await harness_factory()
    boss = h.user("boss", admin=True)
    await h.world.say(
        h.chat, boss, "/campaign new groupbuy tea product=Tea price=100 tiers=3:30,5:20"
    )
    await h.world.say(
        h.chat, boss, "/campaign new groupbuy oil product=Oil price=100 tiers=3:20,3:30"
    )
    await h.settle()
    assert h.world.texts(h.chat) == [
        "Cannot create tea: tiers: 5 people at 20% off after 3 at 30% off (each bigger group "
        "needs a bigger discount)",
        "Cannot create oil: tiers: 3 people at 30% off after 3 at 20% off (each bigger group "
        "needs a bigger discount)",
    ]
    assert await Campaign.all().count() == 0


async def test_chinese_sentences_run_on_without_a_space(harness_factory):
    h = await harness_factory({"communities": {"club": {"locale": "zh_Hans"}}})
    boss = h.user("boss", admin=True)
    ann = h.user("ann")
    await h.world.say(
        h.chat,
        boss,
        "/campaign new groupbuy tea product=春茶 price=100 tiers=3:20 ends=2d title=春茶团",
    )
    await h.world.say(h.chat, ann, "签到")
    await h.world.say(h.chat, ann, "/join tea")
    await h.world.say(h.chat, ann, "/campaigns tea")
    await h.settle()
    assert h.world.texts(h.chat)[1:] == [
        "Ann 签到成功：+1 积分。已连续签到 1 天，当前积分 1。",
        "Ann参加了“春茶团”：当前 1 人。再有 2 人即可减 20%。",
        "“春茶团”：当前 1 人。再有 2 人即可减 20%。",
    ]


async def test_english_sentences_keep_their_space(harness_factory):
    h = await harness_factory()
    ann = h.user("ann")
    await h.world.say(h.chat, ann, "/checkin")
    await h.settle()
    assert h.world.texts(h.chat) == ["Ann checked in: +1 point. 1 day in a row, balance 1."]


async def test_members_banned_or_gone_before_the_deadline_are_neither_charged_nor_counted(
    harness_factory,
):
    h = await harness_factory()
    boss = h.user("boss", admin=True)
    ann, bob, cat, dan, eve = (h.user(n) for n in ("ann", "bob", "cat", "dan", "eve"))
    await h.world.say(
        h.chat,
        boss,
        "/campaign new groupbuy tea product=Tea price=100 tiers=3:20,5:30 ends=2d title=Tea",
    )
    for member in (ann, bob, cat, dan, eve):
        await h.world.say(h.chat, member, "/join tea")
    await h.settle()
    await h.world.say(h.chat, boss, f"/ban {bob} fraud")
    await h.world.leave(h.chat, eve)
    await h.settle()
    await h.world.say(h.chat, bob, "/join tea")  # from outside: refused
    await fire(h, h.clock.now() + timedelta(days=2))
    assert h.world.texts(h.chat)[-1] == (
        "Group-buy Tea succeeded: 3 people, 80.00 CNY each (20% off). Orders have been created."
    )
    ordered = await Order.all().order_by("member").values_list("member", flat=True)
    assert ordered == sorted([ann, cat, dan])


async def _launch(h, *options: str) -> int:
    """A group-buy `burst` (3:20 and 12:30) started by an admin; its announcement's id."""
    boss = h.user("boss", admin=True)
    command = "/campaign new groupbuy burst product=Pen price=10 tiers=3:20,12:30 ends=1d"
    await h.world.say(h.chat, boss, " ".join((command, *options)))
    await h.settle()
    return h.world.bot_messages(h.chat)[-1].id


async def test_a_burst_of_joins_is_told_in_two_messages(harness_factory):
    """Ten joins in a minute: the group hears the first at once and the other nine in one
    message, not a message each (about 20 a minute go out to a Telegram group)."""
    h = await harness_factory()
    announced = await _launch(h)
    before = len(h.world.texts(h.chat))
    people = [h.user(f"p{i}") for i in range(10)]
    for member in people:
        await h.world.press(h.chat, member, announced, "campaign:join:burst")
    for member in people[4:7]:
        await h.world.say(h.chat, member, "/join burst")  # twice before being told: nothing
    await h.settle()
    assert h.world.texts(h.chat)[before:] == [
        "P0 joined burst: 1 person in the group. 2 more for 20% off."
    ]
    assert await fire(h, h.clock.now() + timedelta(seconds=60)) == 1
    assert h.world.texts(h.chat)[before:] == [
        "P0 joined burst: 1 person in the group. 2 more for 20% off.",
        "P1, P2, P3, and 6 others joined burst: 10 people in the group. 2 more for 30% off.",
    ]
    # a quiet minute after a confirmation: the next join is again told at once, and one
    # gathered alone is told alone
    h.clock.advance(seconds=60)
    for name in ("p10", "p11"):
        await h.world.say(h.chat, h.user(name), "/join burst")
    await h.settle()
    assert h.world.texts(h.chat)[-1] == (
        "P10 joined burst: 11 people in the group. 1 more for 30% off."
    )
    assert await fire(h, h.clock.now() + timedelta(seconds=60)) == 1
    assert h.world.texts(h.chat)[-1] == (
        "P11 joined burst: 12 people in the group. Best price reached: 7.00."
    )


async def test_a_window_of_0s_answers_each_join(harness_factory):
    h = await harness_factory()
    await _launch(h, "confirm_window=0s")
    before = len(h.world.texts(h.chat))
    for name in ("ann", "bob", "cat"):
        await h.world.say(h.chat, h.user(name), "/join burst")
    await h.settle()
    assert h.world.texts(h.chat)[before:] == [
        "Ann joined burst: 1 person in the group. 2 more for 20% off.",
        "Bob joined burst: 2 people in the group. 1 more for 20% off.",
        "Cat joined burst: 3 people in the group. 9 more for 30% off.",
    ]


async def test_joins_still_gathered_at_the_deadline_are_told_before_the_result(
    harness_factory,
):
    h = await harness_factory()
    await _launch(h)
    ends = h.clock.now() + timedelta(days=1)
    h.clock.set(ends - timedelta(seconds=30))
    for name in ("ann", "bob", "cat"):
        await h.world.say(h.chat, h.user(name), "/join burst")
    await h.settle()
    assert await fire(h, ends) == 1
    # the result follows at once: the gathered message says no "1 more for …"
    assert h.world.texts(h.chat)[-3:] == [
        "Ann joined burst: 1 person in the group. 2 more for 20% off.",
        "Bob and Cat joined burst: 3 people in the group.",
        "Group-buy burst succeeded: 3 people, 8.00 CNY each (20% off). Orders have been created.",
    ]
    told = len(h.world.texts(h.chat))
    await fire(h, ends + timedelta(seconds=60))  # the window's end: nothing left to tell
    assert len(h.world.texts(h.chat)) == told


async def test_two_accounts_linked_after_joining_are_one_buyer(harness_factory):
    h = await harness_factory({"communities": {"club": {"chats": ["local:main", "wx:room"]}}})
    wx, adapter = await second_platform(h)
    try:
        boss, ann, bob = h.user("boss", admin=True), h.user("ann"), h.user("bob")
        ann_wx = wx.user("ann_wx", "Ann W")
        wx.add_member(ROOM, ann_wx)
        await h.world.say(
            h.chat, boss, "/campaign new groupbuy tea product=Tea price=100 tiers=3:20 ends=2d"
        )
        await h.world.say(h.chat, ann, "/join tea")
        await wx.say(ROOM, ann_wx, "/join tea")  # her WeChat account: a third "person"
        await h.world.say(h.chat, bob, "/join tea")
        await h.world.say(h.chat, ann, "/link")
        await h.settle()
        code = h.world.private_texts(ann)[-1].split("code is ")[1].split(".")[0]
        await wx.say(ROOM, ann_wx, f"/link {code}")
        await h.world.say(h.chat, ann, "/link confirm")
        await h.settle()
        await fire(h, h.clock.now() + timedelta(days=2))  # the joins told, then the deadline
    finally:
        await adapter.stop()
    cancelled = (
        "Group-buy tea did not reach 3 people (2 joined) and is cancelled; nobody is charged."
    )
    assert h.world.texts(h.chat)[-1] == cancelled
    assert wx.texts(ROOM)[-1] == cancelled
    assert await Order.all().count() == 0


FSI, PDI = "\u2068", "\u2069"


@pytest.mark.parametrize(
    ("locale", "said"),
    [
        ("ru", "Совместная покупка Tea: Matcha по 1\xa0497,50 CNY. 3 чел.: 1\xa0198,00 "
               "(скидка 20%). 20 чел.: 1\xa0048,25 (скидка 30%). "),
        ("ar", f"شراء جماعي {FSI}Tea{PDI}: {FSI}Matcha{PDI} بسعر {FSI}1,497.50{PDI} "
               f"{FSI}CNY{PDI}. مجموعة من {FSI}3{PDI}: {FSI}1,198.00{PDI} (خصم {FSI}20{PDI}%). "
               f"مجموعة من {FSI}20{PDI}: {FSI}1,048.25{PDI} (خصم {FSI}30{PDI}%). "),
    ],
)  # fmt: skip
async def test_a_russian_and_an_arabic_group_read_prices_in_their_digits(
    harness_factory, locale, said
):
    """The prices were written as Python prints a Decimal (`1497.50`) in every language, and a
    tier said `3 человек` (not `3 человека`) and `20 أشخاص` (Arabic's plural for 3 to 10)."""
    h = await harness_factory({"rulesets": {"main": {"locale": locale}}})
    boss = h.user("boss", admin=True)
    await h.world.say(
        h.chat, boss, '/campaign new groupbuy tea product=Matcha price=1497.50 '
        'tiers=3:20,20:30 ends=2d title="Tea"'
    )  # fmt: skip
    await h.settle()
    assert h.world.texts(h.chat)[-1].startswith(said)
