"""Points campaigns: check-in points multiplied for a period, paid once per day."""

from __future__ import annotations

from datetime import timedelta

from support.campaigns import fire
from support.harness import START

from groupops.core.storage.models import LedgerEntry

SETTINGS = {
    "rulesets": {
        "main": {
            "points": {"checkin": 2},
            "campaigns": {"double": {"kind": "multiplier", "factor": "2", "ends": "2d"}},
        }
    }
}


async def test_check_ins_earn_a_bonus_only_during_the_campaign(harness_factory):
    h = await harness_factory(SETTINGS)
    ann = h.user("ann")
    event = h.world.message_event(h.chat, ann, "/checkin")
    await h.engine.submit(event)
    await h.engine.submit(event)  # redelivered: nothing twice
    await h.settle()
    assert h.world.texts(h.chat) == [
        # the bonus is a line of the check-in's reply: one message a check-in
        "Ann checked in: +2 points. 1 day in a row, balance 2.\ndouble: +2 bonus points.",
        "Points campaign double: check-in points x2 until Mar 4, 2026, 5:00\u202fPM.",
    ]
    assert await h.balance(ann) == 4
    h.clock.set(START + timedelta(days=1))
    await h.world.say(h.chat, ann, "/checkin")
    await h.world.say(h.chat, ann, "/campaigns double")
    assert await fire(h, START + timedelta(days=2)) == 1
    await h.world.say(h.chat, ann, "/checkin")
    await h.settle()
    assert h.world.texts(h.chat)[2:] == [
        "Ann checked in: +2 points. 2 days in a row, balance 6.\ndouble: +2 bonus points.",
        "double: you earned 4 bonus points so far.",
        "Points campaign double has ended.",
        "Ann checked in: +2 points. 3 days in a row, balance 10.",
    ]
    assert await h.balance(ann) == 10
    assert await LedgerEntry.filter(reason="bonus").count() == 2


async def test_a_check_in_before_the_campaign_began_earns_no_bonus(harness_factory):
    # starts 19:00 the same community day: a check-in at 17:00 predates it, whatever is said
    # after the start; the next day's check-in counts
    later = {"kind": "multiplier", "factor": "2", "starts": "2026-03-02 19:00", "ends": "3d"}
    h = await harness_factory(
        {"rulesets": {"main": {"points": {"checkin": 2}, "campaigns": {"later": later}}}}
    )
    ann = h.user("ann")
    await h.world.say(h.chat, ann, "/checkin")
    h.clock.set(START + timedelta(hours=3))  # 20:00 in Shanghai: the campaign runs
    await h.world.say(h.chat, ann, "hello")
    await h.settle()
    assert await LedgerEntry.filter(reason="bonus").count() == 0
    h.clock.set(START + timedelta(days=1))
    await h.world.say(h.chat, ann, "/checkin")
    await h.settle()
    assert h.world.texts(h.chat)[-1] == (
        "Ann checked in: +2 points. 2 days in a row, balance 4.\nlater: +2 bonus points."
    )
    assert await LedgerEntry.filter(reason="bonus").count() == 1


async def test_limited_time_shop_item_is_on_sale_only_in_its_period(harness_factory):
    items = [
        {"id": "mug", "cost": 1, "title": "Mug"},
        {
            "id": "mooncake",
            "cost": 1,
            "title": {"en": "Mooncake box", "zh_Hans": "月饼礼盒"},
            "available_from": "2026-03-03T00:00:00",
            "available_until": "2026-03-04T00:00:00",
        },
    ]
    h = await harness_factory({"rulesets": {"main": {"shop": {"items": items}}}})
    ann = h.user("ann")
    await h.world.say(h.chat, ann, "/checkin")
    await h.world.say(h.chat, ann, "/shop")
    await h.world.say(h.chat, ann, "/redeem mooncake")
    h.clock.set(START + timedelta(days=1))  # 3 March, 17:00 local: on sale
    await h.world.say(h.chat, ann, "/shop")
    await h.world.say(h.chat, ann, "/redeem mooncake")
    h.clock.set(START + timedelta(days=2))  # 4 March: over
    await h.world.say(h.chat, ann, "/redeem mooncake")
    await h.settle()
    texts = h.world.texts(h.chat)
    assert texts[1:] == [
        "Points shop (redeem with /redeem ITEM):\n1. mug · Mug · 1 point",
        "Mooncake box is not on sale now.",
        "Points shop (redeem with /redeem ITEM):\n1. mug · Mug · 1 point"
        "\n2. mooncake · Mooncake box · 1 point · until Mar 4, 2026, 12:00\u202fAM",
        "Redeemed Mooncake box (#1); an admin will be in touch. Balance 0.",
        "Mooncake box is not on sale now.",
    ]
    assert await h.balance(ann) == 0


async def test_overlapping_multipliers_do_not_stack_the_highest_pays(harness_factory):
    campaigns = {
        "double": {"kind": "multiplier", "factor": "2", "ends": "2d"},
        "triple": {"kind": "multiplier", "factor": "3", "ends": "1d"},
    }
    h = await harness_factory(
        {"rulesets": {"main": {"points": {"checkin": 2}, "campaigns": campaigns}}}
    )
    ann = h.user("ann")
    await h.world.say(h.chat, ann, "/checkin")
    await h.settle()
    assert [t for t in h.world.texts(h.chat) if "bonus" in t] == [
        "Ann checked in: +2 points. 1 day in a row, balance 2.\ntriple: +4 bonus points."
    ]
    assert await h.balance(ann) == 6  # 2 and x3, not 2 + 2 + 4
    assert await fire(h, START + timedelta(days=1)) == 1  # the triple ends; the double pays
    h.clock.set(START + timedelta(days=1, hours=1))
    await h.world.say(h.chat, ann, "/checkin")
    await h.settle()
    assert h.world.texts(h.chat)[-1].endswith("\ndouble: +2 bonus points.")
    assert await h.balance(ann) == 10
