"""Scheduled jobs across workers: any worker may find due jobs, but each job is taken by one
transaction (`FOR UPDATE SKIP LOCKED`), put on its community's stream as a `JobDue` event and
marked queued in that same transaction. The partition owner then processes it like any event
(the job id is its key, so a job queued twice still fires once). A worker that dies mid-pass
rolls back: its jobs stay pending and the next pass of any worker takes them."""

from __future__ import annotations

import asyncio

from redis.asyncio import Redis

from ..engine import Engine
from ..engine.scheduler import job_event, missed, ours, skip_rows
from ..storage.models import ScheduledJob
from .eventcodec import encode_event
from .outage import Outage
from .partitions import Keys, Router

PERIOD_SECONDS = 1.0
PASS_LIMIT = 500


class Ticker:
    def __init__(self, engine: Engine, redis: Redis, keys: Keys, router: Router) -> None:
        self.engine = engine
        self.redis = redis
        self.keys = keys
        self.router = router

    async def run(self, stopping: asyncio.Event) -> None:
        outage = Outage("scheduled-job pass")
        while not stopping.is_set():
            try:
                await self.run_once()
            except Exception as exc:
                outage.failed(exc)
            else:
                outage.passed()
            await asyncio.sleep(PERIOD_SECONDS)

    async def run_once(self) -> int:
        """Queue every due job this pass can lock; returns how many it queued."""
        now = self.engine.clock.now()
        async with self.engine.database.transaction("a scheduled-job pass") as conn:
            jobs = (
                await ours(self.engine, status="pending", due_at__lte=now)
                .order_by("due_at", "id")
                .limit(PASS_LIMIT)
                .select_for_update(skip_locked=True)
                .using_db(conn)
            )
            if not jobs:
                return 0
            skipped = [job for job in jobs if missed(job, now)]
            for job in skipped:  # the same policy as one process: dropped, next run armed
                await self.engine.database.write(conn, skip_rows(self.engine, job, now))
            jobs = [job for job in jobs if job not in skipped]
            pipe = self.redis.pipeline(transaction=False)
            for job in jobs:
                event = job_event(job, now)
                pipe.xadd(
                    self.keys.stream(self.router.partition(event)), {b"e": encode_event(event)}
                )
            await pipe.execute()  # on the streams before the rows say so; a crash here re-queues
            await (
                ScheduledJob.filter(id__in=[job.id for job in jobs])
                .using_db(conn)
                .update(status="queued")
            )
        return len(jobs)
