"""Perks named in the ruleset: a tier's moderation exemption and point multiplier."""

from __future__ import annotations

SETTINGS = {
    "rulesets": {
        "main": {
            "moderation": {"blocklist": {"words": ["刷单"]}},
            "tiers": {"perks": {"core": ["moderation_exempt", "multiplier:2"]}},
        }
    }
}


async def test_core_members_are_exempt_from_moderation_and_earn_double(harness_factory):
    h = await harness_factory(SETTINGS)
    boss, ann, bob = h.user("boss", admin=True), h.user("ann"), h.user("bob")
    for user in (ann, bob):
        await h.world.say(h.chat, user, "hello there")
    await h.settle()
    h.engine.state.get("club").members[ann].tier = "core"  # as the daily recompute found
    await h.world.say(h.chat, ann, "有人刷单吗，我举报一下")
    await h.world.say(h.chat, bob, "刷单日结")
    await h.world.say(h.chat, bob, "/organize @ann spring meetup")
    await h.world.say(h.chat, boss, "/organize @ann spring meetup")
    await h.settle()
    assert h.world.texts(h.chat) == [
        "@Bob, please mind the group rules: a blocked word.",  # ann, core, is exempt
        "Only admins can use /organize.",
        "Ann earned 40 points: organised an event.",  # 20, doubled by her tier
    ]


async def test_a_multiplier_doubles_the_check_in_too(harness_factory):
    h = await harness_factory(SETTINGS)
    ann, bob = h.user("ann"), h.user("bob")
    for user in (ann, bob):
        await h.world.say(h.chat, user, "hello there")
    await h.settle()
    h.engine.state.get("club").members[ann].tier = "core"  # as the daily recompute found
    await h.world.say(h.chat, ann, "签到")
    await h.world.say(h.chat, bob, "签到")
    await h.settle()
    assert h.world.texts(h.chat) == [
        "Ann checked in: +2 points. 1 day in a row, balance 2.",
        "Bob checked in: +1 point. 1 day in a row, balance 1.",
    ]
