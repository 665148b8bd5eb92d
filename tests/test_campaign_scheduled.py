"""A campaign whose start is ahead is scheduled: listed with its start, members asking are told
when it starts, and nothing is announced until its start, when a job (kept across a restart)
announces it as a launch does."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from support.campaigns import fire
from support.harness import START

from groupops.core.refs import Ref
from groupops.core.storage.models import ScheduledJob

# START is 17:00 on Mar 2 in the community's clock (Asia/Shanghai); the campaign begins at the
# next midnight, inside the same community day (days begin at 04:00)
MIDNIGHT = datetime(2026, 3, 2, 16, 0, tzinfo=UTC)
STREAK = {
    "kind": "challenge",
    "title": "7-day check-in streak",
    "starts": "2026-03-03 00:00",
    "ends": "30d",
    "points": 20,
}
DECLARED = {"rulesets": {"main": {"campaigns": {"streak7": STREAK}}}}
ANNOUNCED = (
    "Check-in challenge “7-day check-in streak”: check in 7 days in a row to earn 20 points. "
    "A missed day starts you over; /challenge shows your progress."
)
NOT_STARTED = "7-day check-in streak has not started yet: it starts Mar 3, 2026, 12:00\u202fAM."


async def test_a_challenge_declared_to_start_tomorrow_is_announced_at_its_start(harness_factory):
    h = await harness_factory(DECLARED)
    ann = h.user("ann")
    await h.world.say(h.chat, ann, "/checkin")
    await h.world.say(h.chat, ann, "/campaigns")
    await h.world.say(h.chat, ann, "/challenge")
    await h.world.say(h.chat, ann, "/campaigns streak7")
    await h.settle()
    texts = h.world.texts(h.chat)
    assert ANNOUNCED not in texts
    assert texts[-3:] == [
        "Campaigns:\n• 7-day check-in streak (streak7): starts Mar 3, 2026, 12:00\u202fAM, "
        "ends Apr 2, 2026, 12:00\u202fAM",
        NOT_STARTED,
        NOT_STARTED,
    ]
    await h.restart()  # the start is a persisted job: a restart keeps it
    assert await fire(h, MIDNIGHT - timedelta(minutes=1)) == 0
    assert ANNOUNCED not in h.world.texts(h.chat)
    assert await fire(h, MIDNIGHT) == 1
    assert h.world.texts(h.chat)[-1] == ANNOUNCED
    await h.world.say(h.chat, ann, "/campaigns")
    await h.world.say(h.chat, ann, "/challenge")  # checked in before the start: not counted
    h.clock.set(START + timedelta(days=1))
    await h.world.say(h.chat, ann, "/checkin")
    await h.settle()
    texts = h.world.texts(h.chat)
    assert texts.count(ANNOUNCED) == 1
    assert texts[-3:] == [
        "Campaigns:\n• 7-day check-in streak (streak7): running, ends Apr 2, 2026, 12:00\u202fAM",
        "7-day check-in streak: 0 of 7 days in a row; checked in today.",
        "Ann checked in: +1 point. 2 days in a row, balance 2.\n"
        "Challenge “7-day check-in streak”: day 1 of 7.",
    ]
    assert await ScheduledJob.filter(job="campaign.start", status="done").count() == 1


KINDS_AHEAD = (
    "lottery gift prize=Mug ends=2d",
    "groupbuy tea product=Tea price=30 ends=2d",
    "referral grow goal=2 points=10 ends=2d",
    "multiplier double factor=2 ends=2d",
    "challenge later days=3 ends=2d",
)
ANNOUNCEMENTS = ("Giveaway gift:", "Group-buy tea:", "Referral campaign grow:", "Points campaign")


async def test_every_kind_started_by_command_for_tomorrow_waits_for_its_start(harness_factory):
    h = await harness_factory()
    boss, ann = h.user("boss", admin=True), h.user("ann")
    for words in KINDS_AHEAD:
        await h.world.say(h.chat, boss, f"/campaign new {words} starts=2026-03-03")
    for asked in ("/join gift", "/join tea", "/invite", "/code ABC", "/referrals"):
        h.clock.advance(minutes=1)  # not a flood
        await h.world.say(h.chat, ann, asked)
    await h.world.say(h.chat, boss, "/campaign end tea")
    await h.world.say(h.chat, boss, "/campaign close later")
    await h.settle()
    when = "Mar 3, 2026, 12:00\u202fAM"
    told = [f"{n} is scheduled: every chat is told of it when it starts, {when}."
            for n in ("gift", "tea", "grow", "double", "later")]  # fmt: skip
    assert h.world.texts(h.chat) == [
        *told,
        f"gift has not started yet: it starts {when}.",
        f"tea has not started yet: it starts {when}.",
        f"grow has not started yet: it starts {when}.",
        f"grow has not started yet: it starts {when}.",
        f"grow has not started yet: it starts {when}.",
        f"tea has not started yet (it starts {when}): /campaign close tea cancels it.",
        "later is now closed.",  # nobody was told of it: only the admin hears
    ]
    assert await fire(h, MIDNIGHT) == 5  # the closed challenge's start does nothing
    started = h.world.texts(h.chat)[len(told) + 7 :]
    assert [t for t in started if t.startswith(ANNOUNCEMENTS)] == started
    assert sorted(t.split(":")[0] for t in started) == [  # jobs due at once: in any order
        "Giveaway gift",
        "Group-buy tea",
        "Points campaign double",
        "Referral campaign grow",
    ]
    await h.world.say(h.chat, ann, "/join gift")
    await h.settle()
    assert h.world.texts(h.chat)[-1] == "Ann is in the draw for gift (1 entrant)."


async def test_the_simulator_reports_a_campaign_it_did_not_reach_as_scheduled(tmp_path):
    from groupops.core.settings import validate_settings
    from groupops.core.simulate.runner import Simulation, SimulationOptions

    challenge = {"kind": "challenge", "days": 3, "ends": "30d"}
    campaigns = {
        "soon": {**challenge, "starts": "2026-03-02 12:00"},  # inside the simulated day
        "later": {**challenge, "starts": "2026-03-20 00:00"},
    }
    ruleset = {"timezone": "Asia/Shanghai", "campaigns": campaigns}
    settings = validate_settings({"rulesets": {"default": ruleset}}, "test")
    options = SimulationOptions(members=10, days=1, seed=1, db=tmp_path / "s.db")
    summary = await Simulation(options, settings).run()
    statuses = {name: c["status"] for name, c in summary["campaigns"].items()}
    assert statuses == {"later": "scheduled", "soon": "active"}


async def test_a_campaign_paused_before_its_start_ends_without_a_word_to_the_chats(
    harness_factory,
):
    """Paused before its start and never resumed: its end would have told every chat how a
    group-buy nobody heard of ended; it closes, and only the admin chat hears."""
    h = await harness_factory({"communities": {"club": {"admin_chat": "local:admins"}}})
    h.world.chat("admins")
    boss = h.user("boss", admin=True)
    new = "/campaign new groupbuy tea product=Tea price=30 ends=2d starts=2026-03-03"
    await h.world.say(h.chat, boss, new)
    await h.world.say(h.chat, boss, "/campaign pause tea")
    await h.settle()
    before = list(h.world.texts(h.chat))
    assert before[-1] == "tea is now paused."
    assert await fire(h, MIDNIGHT) == 1  # its start: paused, nothing announced
    await fire(h, MIDNIGHT + timedelta(days=3))  # past its end
    assert h.world.texts(h.chat) == before
    told_admins = h.world.texts(Ref("local:admins"))
    assert [t for t in told_admins if not t.startswith("Health alert")] == [
        "tea reached its end without having started (it was paused before its start): it is "
        "closed, and no chat was told of it."
    ]
    await h.world.say(h.chat, boss, "/campaigns")
    await h.settle()
    assert h.world.texts(h.chat)[-1] == "No campaigns are running."
