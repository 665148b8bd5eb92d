"""Scheduled jobs fire once, survive restarts, and follow their missed-run policy."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from groupops.core.engine import Component, Context, Recurring, component, schedule
from groupops.core.engine.scheduler import next_run
from groupops.core.events import Event, JobDue, MessageReceived
from groupops.core.storage.models import ScheduledJob

START = datetime(2026, 3, 2, 0, 0, tzinfo=UTC)  # 08:00 in Asia/Shanghai


@component
class Reminders(Component):
    name = "test_reminders"
    default = False
    events = (JobDue, MessageReceived)

    def recurring(self):
        return [
            Recurring("test.morning", "0 9 * * *"),
            Recurring("test.flash", "30 9 * * *", policy="skip"),
        ]

    def handle(self, event: Event, ctx: Context) -> None:
        if isinstance(event, MessageReceived) and event.text == "remind me in an hour":
            schedule(
                ctx, "test.reminder", event.time + timedelta(hours=1), {"who": event.sender_name}
            )
        elif isinstance(event, JobDue):
            chat = ctx.community.settings.chats[0]
            text = f"{event.job} {event.payload.get('who', '')}".strip()
            ctx.send(f"{text} @ {ctx.community.clock.local(event.time):%m-%d %H:%M}", chat=chat)


SETTINGS = {"rulesets": {"main": {"pipeline": ["membership", "test_reminders"]}}}


async def fire(h, when: datetime) -> int:
    h.clock.set(when)
    fired = await h.engine.scheduler.run_due()
    await h.settle()
    return fired


async def test_recurring_job_fires_once_per_day_across_restarts(harness_factory):
    h = await harness_factory(SETTINGS, start=START)
    assert await fire(h, START + timedelta(minutes=30)) == 0
    assert await fire(h, START + timedelta(hours=1, minutes=1)) == 1  # 09:01 local
    assert await fire(h, START + timedelta(hours=1, minutes=2)) == 0
    await h.restart()
    await h.engine.scheduler.arm()
    assert await fire(h, START + timedelta(hours=1, minutes=5)) == 0
    assert h.world.texts(h.chat) == ["test.morning @ 03-02 09:00"]
    # The next day at 09:31: the morning job (policy late) runs; the first day's 09:30 run of
    # the skip-policy job was missed by a day, so it is dropped and re-armed for tomorrow.
    assert await fire(h, START + timedelta(days=1, hours=1, minutes=31)) == 1
    assert await ScheduledJob.filter(job="test.flash", status="skipped").count() == 1
    assert await fire(h, START + timedelta(days=2, hours=1, minutes=31)) == 2
    assert h.world.texts(h.chat) == [
        "test.morning @ 03-02 09:00",
        "test.morning @ 03-03 09:00",
        "test.morning @ 03-04 09:00",
        "test.flash @ 03-04 09:30",
    ]


async def test_after_downtime_late_jobs_run_once_and_skip_jobs_are_dropped(harness_factory):
    h = await harness_factory(SETTINGS, start=START)
    await h.engine.scheduler.arm()
    # Down for three days; back at 12:00 local on the 5th.
    await fire(h, START + timedelta(days=3, hours=4))
    assert h.world.texts(h.chat) == ["test.morning @ 03-02 09:00"]
    skipped = await ScheduledJob.filter(job="test.flash", status="skipped").count()
    assert skipped == 1
    pending = (
        await ScheduledJob.filter(status="pending").order_by("job").values_list("job", "due_at")
    )
    assert [(job, due.astimezone(UTC)) for job, due in pending] == [
        ("test.flash", datetime(2026, 3, 6, 1, 30, tzinfo=UTC)),
        ("test.morning", datetime(2026, 3, 6, 1, 0, tzinfo=UTC)),
    ]


async def test_one_off_job_armed_by_an_event_fires_once(harness_factory):
    h = await harness_factory(SETTINGS, start=START)
    ann = h.user("ann")
    await h.world.say(h.chat, ann, "remind me in an hour")
    await fire(h, START + timedelta(minutes=59))
    await h.restart()
    await fire(h, START + timedelta(minutes=61))
    await fire(h, START + timedelta(minutes=62))
    assert [t for t in h.world.texts(h.chat) if t.startswith("test.reminder")] == [
        "test.reminder Ann @ 03-02 09:00"
    ]


async def test_a_schedule_changed_in_the_settings_takes_effect_at_the_restart(
    harness_factory, monkeypatch
):
    """The run armed on the old schedule stayed: the job fired once more at the old time and
    only then took the new one (a tier recompute moved to 07:00 still ran at 09:00)."""
    h = await harness_factory(SETTINGS, start=START)
    await h.engine.scheduler.arm()
    monkeypatch.setattr(
        Reminders, "recurring", lambda self: [Recurring("test.morning", "0 7 * * *")]
    )
    await h.restart()
    await h.engine.scheduler.arm()
    assert await fire(h, START + timedelta(hours=2)) == 0  # 10:00 local: nothing at 09:00
    assert await fire(h, START + timedelta(hours=23, minutes=1)) == 1  # 07:01 the next day
    assert h.world.texts(h.chat) == ["test.morning @ 03-03 07:00"]
    assert await ScheduledJob.filter(job="test.morning", status="cancelled").count() == 1


async def test_a_run_missed_while_down_still_goes_out_after_its_schedule_changed(
    harness_factory, monkeypatch
):
    """Down over the 09:00 run, back at 10:00 with the schedule changed: the missed `late`
    run was cancelled with the old schedule, so that morning's post never went out."""
    h = await harness_factory(SETTINGS, start=START)
    await h.engine.scheduler.arm()
    monkeypatch.setattr(
        Reminders, "recurring", lambda self: [Recurring("test.morning", "0 7 * * *")]
    )
    h.clock.set(START + timedelta(hours=2))  # 10:00 local: the 09:00 run was missed
    await h.restart()
    await h.engine.scheduler.arm()
    assert await fire(h, START + timedelta(hours=2)) == 1  # late: once, on return
    assert await fire(h, START + timedelta(hours=23, minutes=1)) == 1  # then the new 07:00
    assert h.world.texts(h.chat) == ["test.morning @ 03-02 09:00", "test.morning @ 03-03 07:00"]


def test_a_daily_time_in_the_hour_the_clocks_repeat_or_skip_comes_once():
    """On the night Berlin's clocks went back a daily 02:30 post went out twice (02:30 summer
    time and 02:30 winter time); on the spring night, once, as at 03:30 summer time."""
    autumn = next_run("30 2 * * *", datetime(2027, 10, 30, 23, tzinfo=UTC), "Europe/Berlin")
    assert autumn.astimezone(UTC) == datetime(2027, 10, 31, 0, 30, tzinfo=UTC)  # 02:30 CEST
    after = next_run("30 2 * * *", autumn, "Europe/Berlin")
    assert after.astimezone(UTC) == datetime(2027, 11, 1, 1, 30, tzinfo=UTC)  # the next day
    spring = next_run("30 2 * * *", datetime(2027, 3, 27, 23, tzinfo=UTC), "Europe/Berlin")
    assert spring.astimezone(UTC) == datetime(2027, 3, 28, 1, 30, tzinfo=UTC)  # 03:30 CEST
    after = next_run("30 2 * * *", spring, "Europe/Berlin")
    assert after.astimezone(UTC) == datetime(2027, 3, 29, 0, 30, tzinfo=UTC)
    hourly, runs = datetime(2027, 3, 28, 0, tzinfo=UTC), []  # 01:00 CET, before the change
    for _ in range(3):
        hourly = next_run("0 * * * *", hourly, "Europe/Berlin")
        runs.append(hourly.astimezone(UTC).hour)
    assert runs == [1, 2, 3]  # 03:00, 04:00 and 05:00 summer time: none twice


async def test_jobs_of_a_community_removed_from_the_settings_hold_up_no_other(harness_factory):
    """An operator renamed or removed a community: its jobs stay in the database, overdue.
    They had failed every pass (its clock is gone), ahead of every configured job."""
    h = await harness_factory(SETTINGS, start=START)
    await h.engine.scheduler.arm()
    for job, policy in (("test.flash", "skip"), ("test.morning", "late")):
        await ScheduledJob.create(
            id=f"gone:{job}", community="gone", job=job, due_at=START - timedelta(days=30),
            payload="{}", policy=policy, recurring="30 9 * * *", status="pending",
        )  # fmt: skip

    assert await fire(h, START + timedelta(hours=1, minutes=1)) == 1  # 09:01 local

    assert h.world.texts(h.chat) == ["test.morning @ 03-02 09:00"]
    gone = await ScheduledJob.filter(community="gone").values_list("job", "status")
    assert sorted(gone) == [("test.flash", "pending"), ("test.morning", "pending")]
