"""Tiers recomputed on schedule: percentile bands, lurkers, demotion grace, consumption bands
from orders recorded by command and by the Python API."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from groupops.core.points.orders import record_order
from groupops.core.storage.models import Member, Order, Referral

START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)  # 17:00 in Asia/Shanghai
SETTINGS = {
    "rulesets": {
        "main": {
            "moderation": {"enabled": False},  # scripted chatter, not a flood or a raid
            "tiers": {
                "core_share": 0.1,
                "active_share": 0.2,
                "demotion_grace": "2d",
                "recompute_at": "0 5 * * *",
                "perks": {"core": ["moderation_exempt", "multiplier:2"], "vip": ["meetup"]},
            },
        }
    }
}


def local_5am(day: int) -> datetime:
    """05:01 Asia/Shanghai on April `day` (21:01 UTC the day before)."""
    return datetime(2026, 4, day, 5, 1, tzinfo=UTC) - timedelta(hours=8)


async def recompute(h, when: datetime) -> None:
    h.clock.set(when)  # a run missed while time jumped fires once, late, as of now
    await h.engine.scheduler.run_due()
    await h.settle()


async def tier_of(user) -> tuple[str, str]:
    row = await Member.get(key=user)
    return row.tier, row.consumption


async def test_activity_tiers_consumption_bands_and_demotion_grace(harness_factory):
    h = await harness_factory(SETTINGS, start=START)
    boss = h.user("boss", admin=True)
    zed = h.user("zed")
    await h.world.say(h.chat, zed, "hi, just looking around")
    members = [h.user(f"m{i}") for i in range(10)]
    h.clock.set(local_5am(2) - timedelta(hours=3))  # a month later zed is still silent
    for index, user in enumerate(members):
        for _ in range(max(1, 6 - index)):  # m0 6 messages, m1 5, m2 4, the rest fewer
            await h.world.say(h.chat, user, "talking shop")
    for n in range(3):
        await record_order(h.database, "club", members[0], "99.00", "CNY", f"shop-{n}")
    assert not await record_order(h.database, "club", members[0], "99", "CNY", "shop-0")
    for n in range(5):
        await Referral.create(
            community="club", invitee=f"local:user:x{n}", inviter=members[0],
            joined_at=START, status="confirmed",
        )  # fmt: skip
    await h.world.say(h.chat, boss, "/order @m1 45.5 USD web-1001")
    await h.world.say(h.chat, boss, "/order @m1 45.5 USD web-1001")  # the same order again
    await h.world.say(h.chat, boss, "/order @m1 lots web-1002")
    await recompute(h, local_5am(2))
    await h.world.say(h.chat, members[0], "/tier")
    await h.world.say(h.chat, zed, "/tiers")
    await h.settle()
    texts = [t for t in h.world.texts(h.chat) if not t.startswith("Honours")]
    assert texts[:3] == [
        "Order web-1001 recorded for M1: 45.50 USD.",
        "Order web-1001 was recorded before: nothing changed.",
        "Order not recorded: amount 'lots' is not a number (expected e.g. 99.00)",
    ]
    assert await Order.filter(member=members[1]).count() == 1
    assert texts[3] == (
        "M0: core, VIP customer. Perks: offline meetups, exempt from automatic moderation, "
        "and points x2."
    )  # was "meetup, moderation_exempt, multiplier:2"
    assert texts[4].splitlines() == [
        "Members by tier:",
        "core 1 · active 2 · normal 8 · lurker 1",
        "VIP customer 1 · regular customer 1 · occasional customer 9 · dormant 1",
    ]
    assert await tier_of(zed) == ("lurker", "dormant")
    assert await tier_of(members[1]) == ("active", "regular")

    # m5 becomes the most active; m0 falls to active but keeps core through the grace.
    for _ in range(12):
        await h.world.say(h.chat, members[5], "on fire today")
    await recompute(h, local_5am(3))
    assert await tier_of(members[0]) == ("core", "vip")
    assert await tier_of(members[5]) == ("core", "occasional")
    await recompute(h, local_5am(4))
    assert (await tier_of(members[0]))[0] == "core"
    await recompute(h, local_5am(5))
    assert (await tier_of(members[0]))[0] == "active"


async def test_tier_before_any_ranking_says_so_once(harness_factory):
    h = await harness_factory()
    ann = h.user("ann")
    await h.world.say(h.chat, ann, "/tier")
    await h.settle()
    assert h.world.texts(h.chat) == ["Ann: not ranked yet (tiers are worked out once a day)."]


async def test_an_order_amount_is_written_out_and_more_than_zero(harness_factory):
    h = await harness_factory(SETTINGS)
    boss, owen = h.user("boss", admin=True), h.user("owen")
    await h.world.say(h.chat, owen, "hello")
    for command in (
        "/order @owen 1e9 CNY o-exp",
        "/order @owen 1E+3 CNY o-exp2",
        "/order @owen 0 CNY zero-1",
        "/order @owen 0.00 CNY zero-2",
        "/order @owen -5 CNY neg-1",
        "/order @owen 12.50 CNY ok-1",
    ):
        await h.world.say(h.chat, boss, command)
    await h.settle()
    assert h.world.texts(h.chat) == [
        "Order not recorded: amount '1e9' is not a number (expected e.g. 99.00)",
        "Order not recorded: amount '1E+3' is not a number (expected e.g. 99.00)",
        "Order not recorded: amount '0' must be more than zero",
        "Order not recorded: amount '0.00' must be more than zero",
        "Order not recorded: amount '-5' must be more than zero",
        "Order ok-1 recorded for Owen: 12.50 CNY.",
    ]
    assert await Order.filter(member=owen).values_list("reference", flat=True) == ["ok-1"]


async def test_tier_of_a_member_with_perks_but_no_tier_says_not_ranked_once(harness_factory):
    # an owner has the volunteers' perks before any ranking: "not ranked yet" once, then perks
    h = await harness_factory()
    boss = h.user("boss", owner=True)
    await h.world.say(h.chat, boss, "/tier")
    await h.settle()
    assert h.world.texts(h.chat) == ["Boss (Owner): not ranked yet. Perks: offline meetups."]
