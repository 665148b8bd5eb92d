"""Trimming the event streams: acknowledged entries go, an entry that is pending (read by a
worker that died before committing) or not yet read stays and is still processed."""

from __future__ import annotations

import asyncio

from loguru import logger
from support.cluster import need_cluster, redis_url, scratch_redis
from support.databases import fresh_postgres
from test_cluster_parts import message

from groupops.adapters.local import LocalAdapter, LocalWorld
from groupops.core.cluster.eventcodec import encode_event
from groupops.core.cluster.intake import StreamIntake
from groupops.core.cluster.launch import unacknowledged
from groupops.core.cluster.partitions import GROUP
from groupops.core.cluster.trimming import trim
from groupops.core.cluster.worker import Worker
from groupops.core.settings import validate_settings
from groupops.core.storage.database import open_database
from groupops.core.storage.models import Member


def settings_for(url: str, prefix: str):
    return validate_settings(
        {
            "database": {"url": url},
            "cluster": {
                "redis_url": redis_url(),
                "prefix": prefix,
                "partitions": 1,
                "lease_seconds": 1.0,
                "trim_seconds": 0.2,
            },
            "rulesets": {"main": {"timezone": "Asia/Shanghai"}},
            "communities": {"club": {"ruleset": "main", "chats": ["local:main"]}},
        },
        "test",
    )


async def test_only_acknowledged_entries_are_trimmed_and_the_rest_are_still_processed():
    need_cluster()
    async with fresh_postgres() as url, scratch_redis() as (redis, prefix):
        settings = settings_for(url, prefix)
        database = await open_database(url)
        dead = Worker(settings, database, redis, worker_id="dead")
        stream = dead.keys.stream(0)
        await dead.engine.start(adapters=False, scheduler=False, recover_outbox=False)
        await redis.xgroup_create(stream, GROUP, id="0", mkstream=True)
        assert await trim(redis, stream) == 0  # nothing read yet: nothing goes
        await StreamIntake(settings, redis).publish(message(n) for n in range(1, 31))
        assert await trim(redis, stream) == 0

        assert await dead.leases.try_acquire(0, database) is not None
        await dead._gain(0)
        dead.claim.clear()
        first = await redis.xreadgroup(GROUP, "dead", {stream: ">"}, count=10)
        await dead._process({stream: first[0][1]})  # committed and acknowledged
        await redis.xreadgroup(GROUP, "dead", {stream: ">"}, count=10)  # read; then it died
        await dead.engine.stop(drain_timeout=0)
        await redis.delete(dead.keys.lease(0))

        assert await trim(redis, stream) == 10  # the acknowledged ten
        assert await redis.xlen(stream) == 20  # ten pending, ten never read
        assert await trim(redis, stream) == 0

        world = LocalWorld()
        world.chat("main")
        worker = Worker(settings, database, redis, [LocalAdapter(world)], worker_id="new")
        running = asyncio.create_task(worker.run())
        while await unacknowledged(redis, worker.keys, 1) or await redis.xlen(stream):
            assert not running.done()
            await asyncio.sleep(0.05)  # the new owner processes all twenty, then trims them
        worker.stopping.set()
        await running

        ann = await Member.get(community="club", key="local:user:ann")
        assert ann.messages == 30  # every message counted once
        await database.close()


async def test_entries_an_old_owner_read_after_the_takeover_are_still_processed():
    """The old owner had not yet noticed losing the partition and read entries after the new
    owner's takeover claim: the new owner finds them pending under the old one and takes them."""
    need_cluster()
    async with fresh_postgres() as url, scratch_redis() as (redis, prefix):
        settings = settings_for(url, prefix)
        database = await open_database(url)
        world = LocalWorld()
        world.chat("main")
        worker = Worker(settings, database, redis, [LocalAdapter(world)], worker_id="new")
        stream = worker.keys.stream(0)
        running = asyncio.create_task(worker.run())
        while 0 not in worker.reading or worker.claim:  # owns it, takeover claim done
            await asyncio.sleep(0.02)
        pipe = redis.pipeline(transaction=True)  # the owner cannot read in between
        for n in range(1, 6):
            pipe.xadd(stream, {b"e": encode_event(message(n))})
        pipe.xreadgroup(GROUP, "old", {stream: ">"}, count=5)
        await pipe.execute()
        deadline = asyncio.get_running_loop().time() + 30  # the sweep runs every lease (1 s)
        while await unacknowledged(redis, worker.keys, 1):
            assert not running.done()
            assert asyncio.get_running_loop().time() < deadline, "entries left pending"
            await asyncio.sleep(0.05)
        worker.stopping.set()
        await running
        ann = await Member.get(community="club", key="local:user:ann")
        assert ann.messages == 5
        await database.close()


async def test_a_receiver_started_before_any_worker_does_not_call_redis_unreachable():
    """The receiver's upkeep looked for the workers' consumer group before any worker had made
    it, and logged 'stream intake upkeep: Redis is unreachable (… NOGROUP …)' every start."""
    need_cluster()
    async with scratch_redis() as (redis, prefix):
        settings = settings_for("sqlite://:memory:", prefix)
        lines: list[str] = []
        log = logger.add(lines.append, level="INFO", format="{level} {message}")
        intake = StreamIntake(settings, redis)
        stopping = asyncio.Event()
        try:
            running = asyncio.create_task(intake.run(stopping))
            await intake.publish(message(n) for n in range(1, 4))
            await asyncio.sleep(2.5)  # two upkeep passes
            stopping.set()
            await running
        finally:
            logger.remove(log)
        assert lines == []
        assert intake.kept_count() == 3  # nobody read them: all kept for a Redis restart
        assert await trim(redis, intake.keys.stream(0)) == 0
