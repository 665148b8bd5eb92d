"""Recurring jobs armed by a clock that was ahead (libfaketime, a VM booted with a wrong clock,
a backup from such a machine) are armed again from now at start, said in a warning; one-off
jobs keep their time."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from loguru import logger
from support.harness import START
from test_paid_orders import PLANS

from groupops.core.engine.cron import too_far
from groupops.core.points.orders import OrderInput, record_orders
from groupops.core.storage.models import PaidMembership, ScheduledJob

AHEAD = timedelta(days=31)


async def test_jobs_armed_a_month_ahead_run_on_the_right_clock(harness_factory):
    """Run once with the clock 31 days ahead, then on the right clock: the orders job waited
    for its time a month away, and imported orders never became memberships."""
    h = await harness_factory(PLANS, start=START + AHEAD)
    ann, bob = h.user("ann"), h.user("bob")
    early = OrderInput.parse("club", ann, "99", "CNY", "SHOP-1", START + AHEAD, "import", "basic")
    assert await record_orders(h.database, [early]) == 1
    h.clock.advance(minutes=10)
    assert await h.run_due("paid.orders") == 1
    await h.settle()
    expiry = await ScheduledJob.get(job="paid.expire", status="pending")
    assert expiry.due_at == START + AHEAD + timedelta(days=30)

    warnings: list[str] = []
    sink = logger.add(warnings.append, level="WARNING", format="{message}")
    try:
        h.clock.set(START)
        await h.restart()
    finally:
        logger.remove(sink)
    assert [line.strip() for line in warnings if "paid.orders" in line] == [
        "job paid.orders of club was armed for 2026-04-02 09:15 UTC, further ahead than its "
        "schedule: the clock must have been ahead when it was armed; re-armed for "
        "2026-03-02 09:05 UTC"
    ]
    # a one-off job is legitimately far ahead: the membership's expiry keeps its time
    assert (await ScheduledJob.get(id=expiry.id)).status == "pending"
    assert (await ScheduledJob.get(id=expiry.id)).due_at == expiry.due_at

    order = OrderInput.parse("club", bob, "99", "CNY", "SHOP-2", START, "import", "basic")
    assert await record_orders(h.database, [order]) == 1
    h.clock.advance(minutes=5)
    assert await h.run_due("paid.orders") == 1
    await h.settle()
    assert (await PaidMembership.get(member=bob)).status == "active"

    # a month on, through the minutes the clock that was ahead ran the job: it still runs
    # every 5 minutes (those runs' ids, kept, would have been taken for done)
    h.clock.set(START + AHEAD - timedelta(minutes=1))
    assert await h.run_due("paid.orders") == 1  # late, once: nobody ran it meanwhile
    await h.settle()
    for _ in range(4):
        h.clock.advance(minutes=5)
        assert await h.run_due("paid.orders") == 1
        await h.settle()


async def test_a_restart_on_the_same_clock_moves_nothing(harness_factory):
    h = await harness_factory(PLANS)
    before = await ScheduledJob.filter(status="pending").order_by("id").values_list("id", "due_at")
    warnings: list[str] = []
    sink = logger.add(warnings.append, level="WARNING", format="{message}")
    try:
        h.clock.advance(seconds=30)
        await h.restart()
    finally:
        logger.remove(sink)
    after = await ScheduledJob.filter(status="pending").order_by("id").values_list("id", "due_at")
    assert before and after == before
    assert not [line for line in warnings if "further ahead" in line]


def test_a_run_is_too_far_past_the_first_run_after_now_and_a_minute():
    friday = datetime(2027, 1, 1, 11, 7, tzinfo=UTC)
    assert not too_far("*/5 * * * *", datetime(2027, 1, 1, 11, 10, tzinfo=UTC), friday, "UTC")
    assert too_far("*/5 * * * *", datetime(2027, 1, 1, 11, 15, tzinfo=UTC), friday, "UTC")
    # armed by a machine whose clock is a few seconds ahead of this one's: in the margin
    nearly = datetime(2027, 1, 1, 11, 9, 30, tzinfo=UTC)
    assert not too_far("*/5 * * * *", datetime(2027, 1, 1, 11, 15, tzinfo=UTC), nearly, "UTC")
    # weekdays only: on Saturday, Monday's run is the next one, though three days away
    saturday, monday = friday + timedelta(days=1), datetime(2027, 1, 4, 9, tzinfo=UTC)
    assert not too_far("0 9 * * 1-5", monday, saturday, "UTC")
    assert too_far("0 9 * * 1-5", monday + timedelta(days=1), saturday, "UTC")
