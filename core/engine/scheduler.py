"""Persisted jobs that fire once: one-off (a campaign deadline) or recurring (cron in the
community clock). A due job becomes a `JobDue` event whose key is the job id, so it is
processed exactly once and its completion commits with its effects."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from loguru import logger

from ..events import JobDue
from ..outage import Outage
from ..storage.models import ScheduledJob
from .cron import next_run, too_far, warn_rearmed
from .tables import (
    JOB_AHEAD_DROP,
    JOB_AHEAD_KEYS,
    JOB_FINISH,
    JOB_INSERT,
    JobAhead,
    JobFinished,
    JobRow,
)

if TYPE_CHECKING:
    from tortoise.queryset import QuerySet

    from .context import Context
    from .engine import Engine

MAX_IDLE_SECONDS = 30.0
SKIP_GRACE = timedelta(minutes=5)  # a "skip" job later than this after its time is dropped


@dataclass(frozen=True, slots=True)
class Recurring:
    """A job a component wants on a cron schedule in the community clock."""

    job: str
    cron: str
    policy: str = "late"  # late: fire once when back after downtime; skip: drop missed runs
    payload: Mapping[str, Any] = field(default_factory=dict)


def job_id(community: str, job: str, due: datetime) -> str:
    return f"{community}:{job}:{due.isoformat()}"


def job_row(
    community: str,
    job: str,
    due: datetime,
    payload: Mapping[str, Any],
    policy: str,
    cron: str,
    key: str = "",
) -> JobRow:
    due = due.astimezone(UTC)  # stored in UTC so SQLite orders due times correctly
    return JobRow(
        key or job_id(community, job, due),
        community,
        job,
        due,
        json.dumps(dict(payload)),
        policy,
        cron,
        "pending",
    )


class Scheduler:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._task: asyncio.Task | None = None
        self.fired = 0

    async def arm(self) -> None:
        """Make sure every recurring job of every community has its next run recorded. One
        whose schedule the settings changed is armed afresh: its run on the old schedule is
        cancelled (it would have fired once more, and only then taken the new one). One armed
        further ahead than its schedule allows, by a clock that was ahead, is armed afresh from
        now, with a warning (it would have waited, and missed every run until then)."""
        now = self.engine.clock.now()
        pending = {
            (community, job): (job_key, cron, due)
            for job_key, community, job, cron, due in await ScheduledJob.filter(
                status="pending"
            ).values_list("id", "community", "job", "recurring", "due_at")
        }
        rows, cancelled, ahead = [], [], []
        for name in self.engine.settings.communities:
            zone = self.engine.settings.clock_of(name).timezone
            for recurring in self.engine.pipeline_for(name).recurring():
                armed = pending.get((name, recurring.job))
                due = next_run(recurring.cron, now, zone)
                # a run missed while nobody was running stays, to follow its policy (a `late`
                # post still goes out once); its next run takes the new schedule
                if armed is not None and armed[1] and armed[1] != recurring.cron and armed[2] > now:
                    cancelled.append(JobFinished("cancelled", now, armed[0]))
                    armed = None
                elif armed is not None and armed[1] and too_far(armed[1], armed[2], now, zone):
                    warn_rearmed(name, recurring.job, armed[2], due)
                    ahead.append(JobAhead(name, recurring.job, now))
                    armed = None
                if armed is None:
                    rows.append(
                        job_row(
                            name,
                            recurring.job,
                            due,
                            recurring.payload,
                            recurring.policy,
                            recurring.cron,
                        )
                    )
        if rows:
            async with self.engine.database.transaction(f"scheduling {len(rows)} jobs") as conn:
                await self.engine.database.write(
                    conn,
                    [
                        (JOB_FINISH, cancelled),
                        (JOB_AHEAD_KEYS, ahead),
                        (JOB_AHEAD_DROP, ahead),
                        (JOB_INSERT, rows),
                    ],
                )

    async def run_due(self) -> int:
        """Fire every job that is due now; returns how many fired."""
        now = self.engine.clock.now()
        due = await ours(self.engine, status="pending", due_at__lte=now).order_by("due_at", "id")
        events = []
        for job in due:
            if missed(job, now):
                await self._skip(job, now)
                continue
            events.append(job_event(job, now))
        if events:
            await asyncio.gather(*(self.engine.submit(event) for event in events))
        self.fired += len(events)
        return len(events)

    async def _skip(self, job: ScheduledJob, now: datetime) -> None:
        async with self.engine.database.transaction(f"skipping job {job.id}") as conn:
            await self.engine.database.write(conn, skip_rows(self.engine, job, now))

    def on_fired(self, event: JobDue, ctx: Context) -> None:
        """Called by the engine inside the job's transaction: mark done, arm the next run."""
        job_key = event.key.removeprefix("job:")
        ctx.write(JOB_FINISH, JobFinished("done", self.engine.clock.now(), job_key))
        for recurring in ctx.community.pipeline.recurring():
            if recurring.job == event.job and job_key.startswith(f"{event.community}:{event.job}:"):
                after = max(event.time, self.engine.clock.now())
                due = next_run(recurring.cron, after, ctx.community.clock.timezone)
                ctx.write(
                    JOB_INSERT,
                    job_row(
                        event.community,
                        event.job,
                        due,
                        recurring.payload,
                        recurring.policy,
                        recurring.cron,
                    ),
                )

    async def _loop(self) -> None:
        outage = Outage("scheduler pass")
        while True:
            try:
                await self.run_due()
                nxt = await ours(self.engine, status="pending").order_by("due_at").first()
            except Exception as exc:
                outage.failed(exc)
                nxt = None
            else:
                outage.passed()
            wait = MAX_IDLE_SECONDS
            if nxt is not None:
                wait = min(wait, max(0.05, (nxt.due_at - self.engine.clock.now()).total_seconds()))
            await asyncio.sleep(wait)

    def start(self) -> None:
        self._task = asyncio.create_task(self._loop(), name="scheduler")

    async def stop(self) -> None:
        if self._task:
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)
            self._task = None


def schedule(
    ctx: Context,
    job: str,
    due: datetime,
    payload: Mapping[str, Any] | None = None,
    *,
    key: str = "",
    policy: str = "late",
) -> str:
    """Arm a one-off job for the context's community (committed with the current event)."""
    row = job_row(ctx.community.name, job, due, payload or {}, policy, "", key)
    ctx.write(JOB_INSERT, row)
    return row.id


def ours(engine: Engine, **conditions: Any) -> QuerySet[ScheduledJob]:
    """The jobs of the communities in the settings: one since removed from them (or renamed)
    keeps its rows, which nothing here could run (its clock and pipeline are gone), and
    which, ever due, would fail or busy every pass ahead of everyone's jobs."""
    return ScheduledJob.filter(community__in=list(engine.settings.communities), **conditions)


def missed(job: ScheduledJob, now: datetime) -> bool:
    """A `skip` job whose time passed while nobody was running is dropped, not run late."""
    return job.policy == "skip" and now - job.due_at > SKIP_GRACE


def job_event(job: ScheduledJob, now: datetime) -> JobDue:
    """The event a due job becomes at `now`; keyed by the job id, so it fires once."""
    return JobDue(
        key=f"job:{job.id}",
        chat=None,
        time=job.due_at,
        community=job.community,
        job=job.job,
        payload=json.loads(job.payload or "{}"),
        fired_at=now,
    )


def skip_rows(engine: Engine, job: ScheduledJob, now: datetime) -> list[tuple[Any, list]]:
    """Mark a missed job skipped and, if it recurs, arm its next run (keeping its payload)."""
    logger.info("job {} missed its time {} and is skipped (policy skip)", job.id, job.due_at)
    rows: list[tuple[Any, list]] = [(JOB_FINISH, [JobFinished("skipped", now, job.id)])]
    if job.recurring:
        due = next_run(job.recurring, now, engine.settings.clock_of(job.community).timezone)
        payload = json.loads(job.payload or "{}")
        row = job_row(job.community, job.job, due, payload, job.policy, job.recurring)
        rows.append((JOB_INSERT, [row]))
    return rows
