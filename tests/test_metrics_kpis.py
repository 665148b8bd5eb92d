"""Every KPI on a known week of events, against values worked out by hand.

Chats: main (10 members: ann bo cy eve hal ivy jon kim lee max) and side (4: ann gus pat
quinn), Asia/Shanghai, days from 04:00. The platform's count is taken at a chat's first
event of the day, as it stood before that event (a join's count less the joiner, a leave's with
the leaver); a day without one carries the last count forward by the joins and leaves since.

  Mon 2  main: ann x2, bo, cy speak (count 10); dan joins.  side: ann, gus speak (count 4)
  Tue 3  main: fay joins (count 11: 12 with fay); ann, dan speak; eve leaves
  Wed 4  main: bo speaks (count 11); hal is kicked
  Thu 5  main: fay leaves (count 10: 9 without her)
  orders: Sun 1 (the week before), Tue 3, Fri 6
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from groupops.core.events import LeaveReason
from groupops.core.metrics.compute import compute_kpis
from groupops.core.metrics.periods import Period
from groupops.core.metrics.recorder import Readership
from groupops.core.metrics.report import as_text, report_message
from groupops.core.refs import Ref
from groupops.core.storage.models import LedgerEntry, Member, Order, ScheduledJob

SIDE = Ref("local:side")
SETTINGS = {"communities": {"club": {"chats": ["local:main", "local:side"]}}}
NOW = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)  # Tue 10 Mar, 20:00 in Shanghai
WEEK = Period.containing("week", date(2026, 3, 2))


async def play_week(h) -> None:
    main = h.chat
    people = {
        n: h.user(n) for n in ["ann", "bo", "cy", "eve", "hal", "ivy", "jon", "kim", "lee", "max"]
    }
    for name in ("gus", "pat", "quinn"):
        people[name] = h.user(name, chat=SIDE)
    h.world.add_member(SIDE, people["ann"])
    dan, fay = h.world.user("dan", "Dan"), h.world.user("fay", "Fay")
    for name in ("ann", "ann", "bo", "cy"):
        await h.world.say(main, people[name], "hi")
    await h.world.join(main, dan)
    await h.world.say(SIDE, people["ann"], "hi side")
    await h.world.say(SIDE, people["gus"], "hi")
    h.clock.advance(days=1)
    await h.world.join(main, fay)
    await h.world.say(main, people["ann"], "again")
    await h.world.say(main, dan, "thanks")
    await h.world.leave(main, people["eve"])
    h.clock.advance(days=1)
    await h.world.say(main, people["bo"], "wed")
    await h.engine.submit(h.world.leave_event(main, people["hal"], LeaveReason.KICKED))
    h.clock.advance(days=1)
    await h.world.leave(main, fay)
    await h.settle()
    for n, moment in enumerate(("2026-03-01T12:00", "2026-03-03T12:00", "2026-03-06T12:00")):
        at = datetime.fromisoformat(moment).replace(tzinfo=UTC)
        await Order.create(community="club", member=people["ann"], amount=Decimal("9.90"),
                           reference=f"o{n}", created_at=at)  # fmt: skip
    # the bot ran on, through quiet days, to NOW: its daily health check fired then
    await ScheduledJob.create(id="club:health:now", community="club", job="health", due_at=NOW,
                              status="done", fired_at=NOW)  # fmt: skip


def values(kpis) -> dict[str, float | None]:
    return {name: None if k.value is None else round(k.value, 6) for name, k in kpis.kpis.items()}


async def test_week_of_one_chat(harness_factory):
    h = await harness_factory(SETTINGS)
    await play_week(h)
    week = await compute_kpis(h.settings, "club", WEEK, NOW, chat="local:main")
    assert [d.members for d in week.history.days] == [10, 11, 11, 10, 9, 9, 9]
    assert [d.speakers for d in week.history.days] == [3, 2, 1, 0, 0, 0, 0]
    assert week.counts == {
        "messages": 7, "joins": 2, "leaves": 2, "removals": 1, "orders": None, "points": None,
        "members": 9, "members_start": 10, "members_unrecorded": 0,  # 10 + 2 - 2 - 1 = 9
    }  # fmt: skip
    assert values(week) == {
        # each day's members: its start count and its joiners (dan Mon, fay Tue)
        "activity": round((3 / 11 + 2 / 12 + 1 / 11) / 7, 6),
        "conversion": None,  # orders belong to the community, not to a chat
        "leave_rate": round(2 / (10 + 2), 6),  # eve and fay left; dan and fay joined
        "reach": None,  # the local platform reports no readers
        "retention_7d": 0.5,  # dan stayed, fay left after two days
        "retention_30d": None,  # nobody joined 30 days ago yet
    }
    assert week["conversion"].unavailable == "not_per_chat"
    assert week["reach"].unavailable == "no_readers"
    assert week["retention_30d"].unavailable == "no_joiners"


async def test_week_and_month_of_the_community(harness_factory):
    h = await harness_factory(SETTINGS)
    await play_week(h)
    week = await compute_kpis(h.settings, "club", WEEK, NOW)
    assert week.history.basis == "reported"
    assert [d.members for d in week.history.days] == [14, 15, 15, 14, 13, 13, 13]
    assert [d.speakers for d in week.history.days] == [4, 2, 1, 0, 0, 0, 0]  # ann counted once
    assert (week.counts["messages"], week.counts["orders"]) == (9, 2)
    assert values(week) == {
        "activity": round((4 / 15 + 2 / 16 + 1 / 15) / 7, 6),
        "conversion": round(2 / 13, 6),
        "leave_rate": round(2 / (14 + 2), 6),
        "reach": None,
        "retention_7d": 0.5,
        "retention_30d": None,
    }
    month = await compute_kpis(h.settings, "club", Period.containing("month", NOW.date()), NOW)
    assert len(month.history.days) == 10  # 1-10 March so far; 1 March has no count yet
    assert month.as_dict()["days_counted"] == 9  # the days recorded, as both rates count them
    assert values(month) == {
        "activity": round((4 / 15 + 2 / 16 + 1 / 15) / 9, 6),
        "conversion": round(3 / 13, 6),
        # nine days recorded (1 March was before the first): a week's average
        "leave_rate": round(2 * 7 / 9 / (14 + 2), 6),
        "reach": None,
        "retention_7d": 0.5,
        "retention_30d": None,
    }
    # asked on 5 April of a bot that stopped on 10 March: nobody's 30 days were seen to end
    april = datetime(2026, 4, 5, tzinfo=UTC)
    unseen = await compute_kpis(h.settings, "club", WEEK, april)
    assert unseen["retention_30d"].value is None  # was 0.5: leaves after 10 March unseen
    assert unseen["retention_30d"].unavailable == "not_observed"
    text = as_text(report_message(unseen, "Club", h.settings.rulesets["main"].health), "en")
    assert "30-day retention: not yet known: recording stopped before the newcomers' days" in text
    await ScheduledJob.create(id="club:health:april", community="club", job="health",
                              due_at=april, status="done", fired_at=april)  # fmt: skip
    later = await compute_kpis(h.settings, "club", WEEK, april)
    assert later["retention_30d"].value == 0.5


async def test_a_member_who_joined_left_and_came_back_is_one_newcomer(harness_factory):
    h = await harness_factory(SETTINGS)
    await play_week(h)
    h.clock.set(datetime(2026, 3, 6, 9, 0, tzinfo=UTC))  # Friday: fay comes back and stays
    await h.world.join(h.chat, h.world.user("fay", "Fay"))
    await h.settle()
    asked = datetime(2026, 3, 20, tzinfo=UTC)
    await ScheduledJob.create(id="club:health:later", community="club", job="health",
                              due_at=asked, status="done", fired_at=asked)  # fmt: skip
    week = await compute_kpis(h.settings, "club", WEEK, asked, chat="local:main")
    retention = week["retention_7d"]
    # dan stayed; fay left within 7 days of her first join: was 2/3, fay counted twice
    assert (retention.numerator, retention.denominator) == (1, 2)


async def test_a_day(harness_factory):
    h = await harness_factory(SETTINGS)
    await play_week(h)
    tuesday = Period.containing("day", date(2026, 3, 3))
    day = await compute_kpis(h.settings, "club", tuesday, NOW, chat="local:main")
    assert (day.counts["messages"], day.counts["joins"], day.counts["leaves"]) == (2, 1, 1)
    assert day["activity"].value == pytest.approx(2 / 12)  # fay, who joined, was a member too
    # the day's one leave among the 11 at its start and fay who joined: not 7 a week
    assert day["leave_rate"].value == pytest.approx(1 / 12)


async def test_the_first_hours_of_a_day_count_in_a_day_and_in_its_week(harness_factory):
    # 04:30 in Shanghai is 20:30 UTC the day before: on SQLite a bound written in the
    # community's zone compared as text and dropped the day's first hours.
    h = await harness_factory(SETTINGS)
    early = datetime(2026, 3, 2, 20, 30, tzinfo=UTC)  # Tue 3 Mar, 04:30 in Shanghai
    await Order.create(community="club", member="local:user:ann", amount=Decimal("9.90"),
                       reference="early", created_at=early)  # fmt: skip
    await LedgerEntry.create(community="club", member="local:user:ann", delta=5, reason="give",
                             key="early", created_at=early)  # fmt: skip
    tuesday = Period.containing("day", date(2026, 3, 3))
    day = await compute_kpis(h.settings, "club", tuesday, NOW)
    week = await compute_kpis(h.settings, "club", WEEK, NOW)
    assert (day.counts["orders"], day.counts["points"]) == (1, 5)
    assert [d.points for d in week.history.days][:2] == [0, 5]
    assert week.counts["orders"] == 1


async def test_the_members_at_a_periods_end_are_counted_after_it(harness_factory):
    # A day's count is taken at its first event, as it stood before it: the next day's first
    # count is the end's.
    h = await harness_factory(SETTINGS)
    await play_week(h)  # Thu 5: fay leaves (count 10 before she left, 9 after)
    h.clock.advance(days=1)  # Fri 6
    await h.world.join(h.chat, h.world.user("gil", "Gil"))  # after Friday's first count
    await h.world.join(h.chat, h.world.user("hu", "Hu"))
    h.clock.advance(days=1)  # Sat 7: the first event counts 11
    await h.world.say(h.chat, h.world.user("gil", "Gil"), "hello")
    await h.settle()
    friday = Period.containing("day", date(2026, 3, 6))
    day = await compute_kpis(h.settings, "club", friday, NOW, chat="local:main")
    # Friday's first count came with gil's join (10, 9 before it); Saturday's has hu's too
    assert (day.counts["members_start"], day.counts["members"]) == (9, 11)
    assert day.counts["joins"] == 2


async def test_reach_where_the_platform_reports_readers(harness_factory):
    h = await harness_factory()

    async def readership(chat):
        return Readership(readers=8, muted=2)

    h.adapter.readership = readership
    for name in ["ann", "bo", "cy", "dee", "eve", "fay", "gil", "hal", "ivy", "jon"]:
        h.user(name)
    await h.world.say(h.chat, Ref("local:user:ann"), "hi")
    await h.settle()
    day = await compute_kpis(h.settings, "club", Period.containing("day", date(2026, 3, 2)), NOW)
    assert day["reach"].value == pytest.approx((8 - 2) / 10)
    assert day["activity"].value == pytest.approx(1 / 10)


async def test_without_a_platform_count_the_community_uses_what_the_bot_has_seen(harness_factory):
    h = await harness_factory()

    async def no_count(chat):
        return None  # a platform that does not say how many members a group has

    h.adapter.member_count = no_count
    people = [h.user(name) for name in ("ann", "bo", "cy", "dee")]
    for person in people[:3]:  # the bot has seen three members, and one of them spoke twice
        await h.world.say(h.chat, person, "hi")
    await h.world.say(h.chat, people[0], "again")
    await h.settle()
    day = Period.containing("day", date(2026, 3, 2))
    community = await compute_kpis(h.settings, "club", day, NOW)
    # Seen by the day's end: ann, bo and cy (dee never showed herself); all three spoke.
    assert (community.history.basis, community.counts["members"]) == ("seen", 3)
    assert community["activity"].value == 1.0
    assert community["leave_rate"].unavailable == "no_member_count"  # none seen at the start
    chat = await compute_kpis(h.settings, "club", day, NOW, chat="local:main")
    assert chat.history.basis is None
    assert chat["activity"].value is None
    assert chat["activity"].unavailable == "no_member_count"


async def test_history_follows_a_chat_that_changed_id(harness_factory):
    h = await harness_factory()
    people = [h.user(name) for name in ("ann", "bo", "cy")]
    await h.world.say(h.chat, people[0], "in the old group")  # Monday: counted 3
    await h.settle()
    new = h.world.chat("main-super").ref  # the group became a supergroup with a new id
    for person in people:
        h.world.add_member(new, person)
    h.world.add_member(new, h.world.user("dee", "Dee"))
    await h.engine.migrate_chat(h.chat, new)
    h.clock.advance(days=1)
    await h.world.say(new, people[1], "in the new one")  # Tuesday: counted 4
    await h.world.leave(new, people[0])
    await h.settle()
    week = await compute_kpis(h.settings, "club", WEEK, NOW, chat="local:main")
    assert [d.members for d in week.history.days][:3] == [3, 4, 3]  # Wednesday: less ann
    assert [d.speakers for d in week.history.days][:2] == [1, 1]
    assert (week.counts["messages"], week.counts["leaves"]) == (2, 1)


async def test_a_bot_leaving_is_no_member_leaving(harness_factory):
    # A bot added and removed the same day: its join was never counted, nor is its leaving.
    h = await harness_factory()
    people = [h.user(name) for name in ("ann", "bo", "cy", "dee")]
    await h.world.say(h.chat, people[0], "hi")  # Monday: counted 4
    bot = h.world.user("helper_bot", "Helper")
    await h.engine.submit(replace(h.world.join_event(h.chat, bot), is_bot=True))
    await h.engine.submit(replace(h.world.leave_event(h.chat, bot), is_bot=True))
    await h.world.leave(h.chat, people[1])
    await h.settle()
    week = await compute_kpis(h.settings, "club", WEEK, NOW)
    assert (week.counts["joins"], week.counts["leaves"]) == (0, 1)
    assert week["leave_rate"].value == pytest.approx(1 / 4)  # bo alone, of the 4
    assert await Member.get_or_none(community="club", key=bot) is None


async def test_a_days_members_add_up_when_its_first_event_is_a_join_or_a_leave(harness_factory):
    # The platform's count is current when asked: at a leave it no longer holds the leaver, at
    # a join it holds the joiner already. The day's count is the one before its first event.
    #   Mon 2  ann speaks (count 4: ann bo cy dee)      Tue 3  nothing
    #   Wed 4  bo leaves first, then eve joins          Thu 5  fay joins first (today)
    h = await harness_factory(start=datetime(2026, 3, 2, 9, tzinfo=UTC))
    people = [h.user(name) for name in ("ann", "bo", "cy", "dee")]
    await h.world.say(h.chat, people[0], "hi")
    h.clock.advance(days=2)
    await h.world.leave(h.chat, people[1])
    await h.world.join(h.chat, h.world.user("eve", "Eve"))
    h.clock.advance(days=1)
    await h.world.join(h.chat, h.world.user("fay", "Fay"))
    await h.settle()
    health = h.settings.rulesets["main"].health
    now = h.clock.now()

    async def members_line(day: int) -> list[str]:
        period = Period.containing("day", date(2026, 3, day))
        kpis = await compute_kpis(h.settings, "club", period, now)
        return as_text(report_message(kpis, "Club", health), "en").splitlines()[1:3]

    assert await members_line(3) == [  # a quiet day: as it began, it ended
        "Members: 4 (as reported by the platform); 4 at the start",
        "Messages: 0; joined: 0; left: 0; removed: 0",
    ]
    assert await members_line(4) == [
        "Members: 4 (as reported by the platform); 4 at the start",
        "Messages: 0; joined: 1; left: 1; removed: 0",
    ]
    assert await members_line(5) == [  # today so far: the count at fay's join, and fay
        "Members: 5 (as reported by the platform); 4 at the start",
        "Messages: 0; joined: 1; left: 0; removed: 0",
    ]


async def test_without_a_platform_count_newcomers_make_a_leave_rate(harness_factory):
    # Nobody seen before Monday (a real 0 at the start); three join and one of them leaves.
    h = await harness_factory()

    async def no_count(chat):
        return None

    h.adapter.member_count = no_count
    newcomers = [h.world.user(name, name.capitalize()) for name in ("ann", "bo", "cy")]
    for person in newcomers:
        await h.world.join(h.chat, person)
    await h.world.leave(h.chat, newcomers[0])
    await h.settle()
    week = await compute_kpis(h.settings, "club", WEEK, NOW)
    assert (week.history.basis, week.counts["members_start"]) == ("seen", 0)
    kpi = week["leave_rate"]
    assert (kpi.value, kpi.numerator, kpi.denominator) == (pytest.approx(1 / 3), 1, 3)


async def test_points_a_channel_or_the_group_once_earned_are_not_counted(harness_factory):
    h = await harness_factory(SETTINGS)
    at = datetime(2026, 3, 3, 2, 0, tzinfo=UTC)
    for member, key in (("local:user:ann", "a"), ("local:deals", "b"), ("local:club", "c")):
        await LedgerEntry.create(community="club", member=member, delta=1, reason="checkin",
                                 key=key, created_at=at)  # fmt: skip
    day = await compute_kpis(h.settings, "club", Period.containing("day", date(2026, 3, 3)), NOW)
    assert day.counts["points"] == 1
