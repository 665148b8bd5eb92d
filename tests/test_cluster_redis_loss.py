"""Redis losing everything it held (a restart without persistence): the next owner of a
partition still commits, the old one cannot, what was queued but not committed is queued
again, and the local platform peer used by the crash test answers as the local adapter."""

from __future__ import annotations

import pytest
from support.cluster import need_cluster, scratch_redis
from support.databases import fresh_postgres
from test_cluster_parts import message, settings_for

from groupops.adapters.local import LocalWorld
from groupops.adapters.local.peer import LocalPeer, PeerAdapter
from groupops.core.actions import Kick, SendMessage
from groupops.core.cluster.eventcodec import encode_event
from groupops.core.cluster.intake import StreamIntake
from groupops.core.cluster.launch import drop_keys, unacknowledged
from groupops.core.cluster.partitions import GROUP
from groupops.core.cluster.worker import Worker
from groupops.core.errors import Disconnected, TargetNotFound
from groupops.core.refs import Ref
from groupops.core.segments import Text
from groupops.core.storage.database import open_database
from groupops.core.storage.models import Member


async def test_after_redis_forgets_the_next_owner_commits_and_the_old_one_cannot():
    need_cluster()
    async with fresh_postgres() as url, scratch_redis() as (redis, prefix):
        settings = settings_for(url, prefix)
        database = await open_database(url)
        old = Worker(settings, database, redis, worker_id="old")
        new = Worker(settings, database, redis, worker_id="new")
        partition = old.router.by_community["club"]
        stream = old.keys.stream(partition)
        for worker in (old, new):
            await worker.engine.start(adapters=False, scheduler=False, recover_outbox=False)
        for _ in range(3):  # a few owners before: the fence is well past 1
            assert await old.leases.try_acquire(partition, database) is not None
            await redis.delete(old.keys.lease(partition))
        assert await old.leases.try_acquire(partition, database) is not None
        await old._gain(partition)

        await drop_keys(redis, old.keys)  # Redis restarted empty
        epoch = await new.leases.try_acquire(partition, database)
        assert epoch == 5  # from PostgreSQL: an epoch counted in Redis would start at 1 again
        await new._gain(partition)
        await new._process({stream: [(b"1-0", {b"e": encode_event(message(1))})]})
        await old._process({stream: [(b"2-0", {b"e": encode_event(message(2))})]})

        assert (await Member.get(community="club", key="local:user:ann")).messages == 1
        assert partition not in old.leases.held  # fenced: it learnt the partition moved on
        for worker in (old, new):
            await worker.engine.stop(drain_timeout=0)
        await database.close()


async def test_the_intake_queues_again_what_redis_lost_before_it_was_committed():
    need_cluster()
    async with scratch_redis() as (redis, prefix):
        settings = settings_for("postgres://unused", prefix)
        intake = StreamIntake(settings, redis)
        stream = intake.keys.stream(intake.router.by_community["club"])
        await redis.xgroup_create(stream, GROUP, id="0", mkstream=True)
        await intake.publish([message(n) for n in range(1, 5)])
        read = await redis.xreadgroup(GROUP, "w", {stream: ">"}, count=2)
        await redis.xack(stream, GROUP, *[entry_id for entry_id, _ in read[0][1]])
        await intake.keep_up()
        assert intake.kept_count() == 2  # the two committed ones are forgotten

        await drop_keys(redis, intake.keys)  # Redis restarted empty
        await intake.keep_up()
        await intake.submit(message(5))

        entries = await redis.xrange(stream)
        assert [decode(e) for e in entries] == ["local:3", "local:4", "local:5"]  # in order
        assert intake.requeued == 2
        await redis.xgroup_create(stream, GROUP, id="0")
        assert await unacknowledged(redis, intake.keys, 2) == 3


def decode(entry) -> str:
    from groupops.core.cluster.eventcodec import decode_event

    return decode_event(entry[1][b"e"]).key


async def test_the_local_peer_answers_and_counts_like_the_local_adapter():
    world = LocalWorld()
    chat = world.chat("main").ref
    peer = LocalPeer(world)
    await peer.start()
    adapter = PeerAdapter(peer.url)
    await adapter.start(None)
    try:
        send = SendMessage(chat=chat, segments=(Text("hello"),))
        result = await adapter.perform(send)
        await adapter.perform(send)
        assert world.texts(chat) == ["hello", "hello"] and result.message_ids == ("1",)
        assert sum(peer.received.values()) == 2 and len(peer.received) == 1  # twice the same
        with pytest.raises(TargetNotFound, match="is not in local:main"):
            await adapter.perform(Kick(chat=chat, user=Ref("local:user:ghost")))
    finally:
        await adapter.release()
        await peer.close()
    gone = PeerAdapter(peer.url)
    await gone.start(None)
    with pytest.raises(Disconnected, match="unreachable"):
        await gone.perform(send)  # the outbox waits for it and tries again
    await gone.release()


async def test_the_intake_upkeep_logs_a_redis_outage_once_and_its_end_once(tmp_path, monkeypatch):
    import asyncio

    from loguru import logger
    from redis.asyncio import Redis
    from support.redis_server import RedisServer

    monkeypatch.setattr("groupops.core.cluster.intake.KEEP_UP_SECONDS", 0.05)
    server = RedisServer(tmp_path)
    server.start()
    redis = Redis.from_url(server.url)
    intake = StreamIntake(settings_for("postgres://unused", "t"), redis)
    await intake.publish([message(1)])
    lines: list[str] = []
    sink = logger.add(lines.append, level="INFO", format="{level} {message}")
    stopping = asyncio.Event()
    upkeep = asyncio.create_task(intake.run(stopping))
    try:
        server.kill()
        await asyncio.sleep(1.0)  # about twenty passes fail
        server.start()  # empty
        for _ in range(100):
            if intake.requeued:
                break
            await asyncio.sleep(0.05)
    finally:
        stopping.set()
        await upkeep
        logger.remove(sink)
        await redis.aclose()
        server.kill()
    assert intake.requeued == 1  # the event Redis lost is queued again
    upkeep_lines = [line for line in lines if "stream intake upkeep" in line]
    assert len(upkeep_lines) == 2, upkeep_lines
    assert upkeep_lines[0].startswith("WARNING stream intake upkeep: Redis is unreachable (")
    assert upkeep_lines[1].startswith("INFO stream intake upkeep: Redis reachable again")
