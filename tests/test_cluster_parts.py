"""The cluster's pieces on real PostgreSQL and Redis: a worker whose lease moved on cannot
commit, and each due job is queued once however many workers look for it."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import asyncpg
from loguru import logger
from support.cluster import need_cluster, redis_url, scratch_redis
from support.databases import fresh_postgres

from groupops.core.clock import ManualClock
from groupops.core.cluster.eventcodec import decode_event, encode_event
from groupops.core.cluster.leases import Leases
from groupops.core.cluster.partitions import Keys
from groupops.core.cluster.ticker import Ticker
from groupops.core.cluster.worker import Worker
from groupops.core.engine.scheduler import job_row
from groupops.core.engine.tables import JOB_INSERT
from groupops.core.events import MessageReceived
from groupops.core.refs import Ref
from groupops.core.segments import Text
from groupops.core.settings import validate_settings
from groupops.core.storage.database import open_database
from groupops.core.storage.models import Member, ScheduledJob

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def settings_for(url: str, prefix: str):
    return validate_settings(
        {
            "database": {"url": url},
            "cluster": {"redis_url": redis_url(), "prefix": prefix, "partitions": 2},
            "rulesets": {"main": {"timezone": "Asia/Shanghai"}},
            "communities": {"club": {"ruleset": "main", "chats": ["local:main"]}},
        },
        "test",
    )


def message(n: int) -> MessageReceived:
    return MessageReceived(
        key=f"local:{n}",
        chat=Ref("local:main"),
        time=NOW + timedelta(seconds=n),
        sender=Ref("local:user:ann"),
        sender_name="Ann",
        message_id=str(n),
        segments=(Text("hello"),),
    )


def test_events_survive_the_stream_codec():
    event = message(1)
    assert decode_event(encode_event(event)) == event


async def test_a_worker_whose_lease_moved_on_cannot_commit():
    need_cluster()
    async with fresh_postgres() as url, scratch_redis() as (redis, prefix):
        settings = settings_for(url, prefix)
        database = await open_database(url)
        stale = Worker(settings, database, redis, clock=ManualClock(NOW), worker_id="stale")
        fresh = Worker(settings, database, redis, clock=ManualClock(NOW), worker_id="fresh")
        partition = stale.router.by_community["club"]
        stream = Keys(prefix).stream(partition)
        await stale.engine.start(adapters=False, scheduler=False, recover_outbox=False)
        assert await stale.leases.try_acquire(partition, database) is not None
        await stale._gain(partition)
        await stale._process({stream: [(b"1-0", {b"e": encode_event(message(1))})]})
        assert (await Member.get(community="club", key="local:user:ann")).messages == 1

        await redis.delete(Keys(prefix).lease(partition))  # the stale worker stalled past its TTL
        assert await fresh.leases.try_acquire(partition, database) is not None
        lines: list[str] = []
        log = logger.add(lines.append, level="INFO", format="{level} {message}")
        try:
            await stale._process({stream: [(b"2-0", {b"e": encode_event(message(2))})]})
            for _ in range(100):  # the batch's futures are cancelled before it is logged
                if any("commit" in line for line in lines):
                    break
                await asyncio.sleep(0.05)
            await asyncio.sleep(0.5)
        finally:
            logger.remove(log)
        # foreseeable when leases move (a Redis restart, a stall): one line, no traceback
        assert [line for line in lines if "commit" in line] == [
            f"WARNING commit of 1 events not made: partitions [{partition}] are now owned by "
            "another worker; left to their new owner\n"
        ]

        assert (await Member.get(community="club", key="local:user:ann")).messages == 1
        assert partition not in stale.reading and partition not in stale.leases.held
        await stale.engine.stop(drain_timeout=0)
        await database.close()


async def test_a_lease_handed_back_while_renewing_is_neither_lost_nor_kept():
    """The consume loop hands partitions back while the lease loop renews them: no "lost"
    warning, and no renewed deadline that would let the outbox deliver for a partition the
    worker no longer holds."""
    need_cluster()
    async with fresh_postgres() as url, scratch_redis() as (redis, prefix):
        database = await open_database(url)
        keys = Keys(prefix)
        leases = Leases(redis, keys, "me", 5.0)
        for partition in (0, 1):
            assert await leases.try_acquire(partition, database) is not None
        real_eval = redis.eval
        handed_back = False

        async def eval_then_hand_back(script, numkeys, key, *args):
            nonlocal handed_back
            result = await real_eval(script, numkeys, key, *args)
            if not handed_back and key == keys.lease(0):
                handed_back = True  # partition 0 was renewed just now; 1 is next
                await leases.release(0)
                await leases.release(1)
            return result

        redis.eval = eval_then_hand_back
        try:
            lost = await leases.renew()
        finally:
            redis.eval = real_eval
        assert handed_back and lost == []
        assert not leases.still_mine(0) and not leases.still_mine(1)
        assert await redis.exists(keys.lease(0), keys.lease(1)) == 0
        await database.close()


async def test_a_partition_just_taken_is_not_handed_back_while_its_outbox_is_recovered(
    monkeypatch,
):
    """The consume loop hands back held partitions it does not read; one whose lease was just
    taken is not read until its outbox is recovered, and had been handed back in that gap (a
    false "lost partition" and a fenced commit with a traceback on a clean start)."""
    need_cluster()
    async with fresh_postgres() as url, scratch_redis() as (redis, prefix):
        database = await open_database(url)
        worker = Worker(settings_for(url, prefix), database, redis, worker_id="w")
        await worker.engine.start(adapters=False, scheduler=False, recover_outbox=False)
        partition = worker.router.by_community["club"]
        recovering, go_on = asyncio.Event(), asyncio.Event()

        async def slow_recovery(engine, communities):
            recovering.set()
            await go_on.wait()

        monkeypatch.setattr("groupops.core.cluster.worker.recover_outbox", slow_recovery)
        assert await worker.leases.try_acquire(partition, database) is not None
        gaining = asyncio.create_task(worker._gain(partition))
        await recovering.wait()
        await worker._release_idle()  # the consume loop's turn, mid-recovery
        go_on.set()
        await gaining
        assert partition in worker.leases.held and partition in worker.reading
        assert await redis.exists(Keys(prefix).lease(partition)) == 1
        await worker.engine.stop(drain_timeout=0)
        await database.close()


async def test_each_due_job_is_queued_once_and_a_dead_leaders_jobs_are_taken_over():
    need_cluster()
    async with fresh_postgres() as url, scratch_redis() as (redis, prefix):
        settings = settings_for(url, prefix)
        database = await open_database(url)
        workers = [
            Worker(settings, database, redis, clock=ManualClock(NOW), worker_id=name)
            for name in ("a", "b", "c")
        ]
        rows = [
            job_row("club", f"post{i}", NOW - timedelta(minutes=i), {}, "late", "")
            for i in range(30)
        ]
        async with database.transaction() as conn:
            await database.write(conn, [(JOB_INSERT, rows)])

        leader = await asyncpg.connect(url.replace("postgres://", "postgresql://", 1))
        transaction = leader.transaction()
        await transaction.start()  # a leader holding ten due jobs ...
        held = await leader.fetch(
            "SELECT id FROM scheduled_jobs WHERE status = 'pending' ORDER BY id LIMIT 10 FOR UPDATE"
        )
        tickers = [Ticker(w.engine, redis, w.keys, w.router) for w in workers[1:]]
        first = await asyncio.gather(*(t.run_once() for t in tickers))
        await leader.close()  # ... dies before queueing them: its locks go with it
        taken_over = await tickers[0].run_once()

        assert sum(first) == 20  # the two live workers share the free ones, none twice
        assert len(held) == 10 and taken_over == 10
        keys = Keys(prefix)
        queued = [
            decode_event(fields[b"e"]).key
            for p in range(2)
            for _, fields in await redis.xrange(keys.stream(p))
        ]
        assert sorted(queued) == sorted(f"job:{row[0]}" for row in rows)  # each once
        assert await ScheduledJob.filter(status="queued").count() == 30
        await database.close()


async def test_a_missed_skip_job_is_dropped_and_rearmed_not_queued():
    need_cluster()
    async with fresh_postgres() as url, scratch_redis() as (redis, prefix):
        settings = settings_for(url, prefix)
        database = await open_database(url)
        worker = Worker(settings, database, redis, clock=ManualClock(NOW), worker_id="a")
        rows = [
            job_row("club", "noon", NOW - timedelta(hours=3), {}, "skip", "0 12 * * *"),
            job_row("club", "evening", NOW - timedelta(hours=3), {}, "late", ""),
            # a community since removed from the settings: left alone, not failing the pass
            job_row("gone", "noon", NOW - timedelta(days=9), {}, "skip", "0 12 * * *"),
        ]
        async with database.transaction() as conn:
            await database.write(conn, [(JOB_INSERT, rows)])
        ticker = Ticker(worker.engine, redis, worker.keys, worker.router)

        assert await ticker.run_once() == 1  # only the "late" one goes on the stream
        keys = Keys(prefix)
        queued = [
            decode_event(fields[b"e"]).job
            for p in range(2)
            for _, fields in await redis.xrange(keys.stream(p))
        ]
        assert queued == ["evening"]
        statuses = (
            await ScheduledJob.filter(job="noon", community="club")
            .order_by("id")
            .values_list("status", flat=True)
        )
        assert statuses == ["skipped", "pending"]  # dropped, and its next run armed
        assert await ScheduledJob.filter(community="gone", status="pending").count() == 1
        await database.close()
