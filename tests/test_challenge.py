"""The check-in challenge: N consecutive community days earn the reward, a missed day starts
the run over, /challenge shows progress, a restart in the middle loses nothing."""

from __future__ import annotations

from datetime import timedelta

import pytest
from support.campaigns import fire
from support.harness import START

from groupops.core.capabilities import Capability
from groupops.core.refs import Ref
from groupops.core.storage.models import Campaign, LedgerEntry, OutboxItem

SETTINGS = {
    "rulesets": {
        "main": {
            "campaigns": {
                "week": {"kind": "challenge", "title": "7-day streak", "ends": "10d", "points": 20}
            }
        }
    }
}


async def test_seven_days_in_a_row_earn_the_reward_and_a_missed_day_resets(harness_factory):
    h = await harness_factory(SETTINGS)
    ann, bob = h.user("ann"), h.user("bob")
    for day in range(7):
        h.clock.set(START + timedelta(days=day))  # 17:00 local each day
        await h.world.say(h.chat, ann, "/checkin")
        if day == 3:
            await h.world.say(h.chat, bob, "/challenge")  # checked in on days 0-2, not yesterday
        if day != 2:
            await h.world.say(h.chat, bob, "/checkin")
        if day == 3:
            await h.settle()
            await h.restart()
    await h.world.say(h.chat, bob, "/challenge")
    await h.world.say(h.chat, ann, "/challenge")
    await h.world.say(h.chat, ann, "/checkin")  # already checked in: nothing counted twice
    await h.settle()
    texts = h.world.texts(h.chat)
    assert texts[1].startswith("Check-in challenge “7-day streak”: check in 7 days in a row")
    # the progress is a line of the check-in's reply: one message a check-in
    assert texts[0] == (
        "Ann checked in: +1 point. 1 day in a row, balance 1.\n"
        "Challenge “7-day streak”: day 1 of 7."
    )
    day_one = [text for text in texts if text.endswith("\nChallenge “7-day streak”: day 1 of 7.")]
    assert len(day_one) == 3  # ann; bob twice (reset)
    assert (
        "7-day streak: you missed a day, so your run starts over: 0 of 7. "
        "Check in today to begin again."
    ) in texts
    assert (
        "Ann checked in: +1 point. 6 days in a row, balance 6.\n"
        "Challenge “7-day streak”: day 6 of 7."
    ) in texts
    assert (
        "Ann checked in: +1 point. 7 days in a row, balance 7.\n"
        "Ann completed the challenge “7-day streak”: 7 days in a row! Reward: 20 points."
    ) in texts
    assert texts[-3:] == [
        "7-day streak: 4 of 7 days in a row; checked in today.",
        "You completed “7-day streak”. Well done!",
        "Ann, you have already checked in today.",
    ]
    assert await h.balance(ann) == 7 + 20
    assert await LedgerEntry.filter(reason="challenge").count() == 1
    assert await fire(h, START + timedelta(days=10)) == 1
    assert (
        h.world.texts(h.chat)[-1]
        == "The challenge “7-day streak” has ended: 1 member completed it."
    )
    assert (await Campaign.get(name="week")).status == "succeeded"


async def test_a_challenge_nobody_finishes_fails_and_coupons_go_privately(harness_factory):
    extra = {
        "rulesets": {
            "main": {
                "campaigns": {
                    "short": {"kind": "challenge", "days": 2, "ends": "1d", "coupon": "10% off"},
                    "long": {"kind": "challenge", "days": 30, "ends": "3d"},
                }
            }
        }
    }
    h = await harness_factory(extra)
    ann = h.user("ann")
    await h.world.say(h.chat, ann, "/checkin")
    await h.world.say(h.chat, ann, "/challenge")
    h.clock.set(START + timedelta(hours=20))  # the next community day, before "short" ends
    await h.world.say(h.chat, ann, "/checkin")
    await h.settle()
    texts = h.world.texts(h.chat)
    assert "long: 1 of 30 days in a row; checked in today." in texts
    assert texts[0] == (  # two challenges: a line each in the check-in's reply
        "Ann checked in: +1 point. 1 day in a row, balance 1.\n"
        "Challenge “short”: day 1 of 2.\n"
        "Challenge “long”: day 1 of 30."
    )
    assert texts[-1] == (
        "Ann checked in: +1 point. 2 days in a row, balance 2.\n"
        "Ann completed the challenge “short”: 2 days in a row! Reward: a coupon: 10% off.\n"
        "Challenge “long”: day 2 of 30."
    )
    code = texts and h.world.private_texts(ann)[0]
    assert code.startswith("Your reward for short: 10% off, code ")
    await fire(h, START + timedelta(days=3))
    assert h.world.texts(h.chat)[-2:] == [
        "The challenge “short” has ended: 1 member completed it.",
        "The challenge “long” has ended: 0 members completed it.",
    ]
    assert (await Campaign.get(name="long")).status == "failed"


async def test_closing_a_challenge_is_told_once_in_every_chat_of_the_community(harness_factory):
    two_chats = {"communities": {"club": {"chats": ["local:main", "local:side"]}}}
    h = await harness_factory(two_chats)
    side = Ref("local:side")
    boss = h.user("boss", admin=True)
    h.user("ann", chat=side)
    await h.world.say(h.chat, boss, "/campaign new challenge streak days=3 ends=7d")
    await h.world.say(h.chat, boss, "/campaign close streak")
    await h.settle()
    closed = "The challenge “streak” is closed: check-ins no longer count toward it."
    assert h.world.texts(h.chat)[-1] == closed
    assert h.world.texts(side)[-1] == closed  # Ann's streak was running there
    assert h.world.texts(h.chat).count(closed) + h.world.texts(side).count(closed) == 2
    assert "streak is now closed." not in h.world.texts(h.chat)


async def test_a_check_in_from_before_the_challenge_began_tells_no_progress(harness_factory):
    """Checked in, then a challenge began: checking in again is refused, and the refusal came
    with 'day 1 of 3' as if it had counted; a word said meanwhile brought it too."""
    h = await harness_factory()
    boss, ann = h.user("boss", admin=True), h.user("ann")
    await h.world.say(h.chat, ann, "/checkin")
    h.clock.advance(minutes=10)
    await h.world.say(h.chat, boss, "/campaign new challenge streak days=3 ends=7d")
    await h.settle()
    before = len(h.world.texts(h.chat))
    await h.world.say(h.chat, ann, "/checkin")
    await h.world.say(h.chat, ann, "good morning everyone")
    await h.settle()
    assert h.world.texts(h.chat)[before:] == ["Ann, you have already checked in today."]


@pytest.mark.parametrize("replies", [True, False], ids=["replies", "no-replies"])
async def test_a_check_in_during_a_challenge_is_answered_in_one_message(harness_factory, replies):
    """The check-in's reply and the challenge's progress went as two messages: where a room
    takes 20 a minute (WeChat), a morning's check-ins took twice as long to be answered. Where
    the platform has no replies, the message standing in for one carries the progress."""
    without = set() if replies else {Capability.REPLY}
    h = await harness_factory(SETTINGS, capabilities=set(Capability) - without)
    ann, bob = h.user("ann"), h.user("bob")
    await h.world.say(h.chat, ann, "/checkin")  # the first event announces the challenge too
    await h.settle()
    told, queued = len(h.world.texts(h.chat)), await OutboxItem.all().count()
    await h.world.say(h.chat, bob, "/checkin")
    await h.settle()
    assert await OutboxItem.all().count() == queued + 1
    assert h.world.texts(h.chat)[told:] == [
        "Bob checked in: +1 point. 1 day in a row, balance 1.\n"
        "Challenge “7-day streak”: day 1 of 7."
    ]
