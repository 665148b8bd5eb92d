"""A worker and a database that fails it: SIGTERM during a PostgreSQL outage still ends the
worker, and the event it could not commit is processed once by the next; event processing
that dies ends the worker with an error instead of a process that holds its leases and does
nothing."""

from __future__ import annotations

import asyncio
from urllib.parse import urlsplit

import pytest
from support.cluster import need_cluster, scratch_redis
from support.databases import fresh_postgres
from support.tcp_proxy import TcpProxy
from test_cluster_parts import message
from test_cluster_trim import settings_for

from groupops.core.cluster.eventcodec import encode_event
from groupops.core.cluster.launch import unacknowledged
from groupops.core.cluster.worker import Worker
from groupops.core.engine.processing import EngineHalted
from groupops.core.storage.database import open_database
from groupops.core.storage.models import Member


async def owning(worker: Worker) -> asyncio.Task:
    running = asyncio.create_task(worker.run())
    while 0 not in worker.reading or worker.claim:  # owns the partition, takeover done
        assert not running.done()
        await asyncio.sleep(0.02)
    return running


async def test_sigterm_while_postgres_is_away_ends_the_worker_and_the_next_one_commits():
    need_cluster()
    async with fresh_postgres() as url, scratch_redis() as (redis, prefix):
        server = urlsplit(url)
        async with TcpProxy(server.port or 5432) as proxy:
            proxied = server._replace(netloc=f"{server.username}@127.0.0.1:{proxy.port}").geturl()
            database = await open_database(proxied)
            first = Worker(settings_for(proxied, prefix), database, redis, worker_id="first")
            running = await owning(first)
            await proxy.stop()
            await redis.xadd(first.keys.stream(0), {b"e": encode_event(message(1))})
            await asyncio.sleep(1.5)  # read, and held back by the outage
            first.stop()  # SIGTERM
            await asyncio.wait_for(running, 30)  # it used to wait for the commit forever
            assert await unacknowledged(redis, first.keys, 1) == 1  # left to the next owner
            await proxy.start()
            second = Worker(settings_for(proxied, prefix), database, redis, worker_id="second")
            running = await owning(second)
            while await unacknowledged(redis, second.keys, 1):
                await asyncio.sleep(0.05)
            second.stopping.set()
            await asyncio.wait_for(running, 30)
            ann = await Member.get(community="club", key="local:user:ann")
            assert ann.messages == 1  # once
            await database.close()


async def test_a_worker_whose_event_processing_dies_exits_with_the_error():
    need_cluster()
    async with fresh_postgres() as url, scratch_redis() as (redis, prefix):
        database = await open_database(url)
        worker = Worker(settings_for(url, prefix), database, redis, worker_id="broken")

        def broken(deliveries) -> None:  # a bug after the commit, outside any retry
            raise RuntimeError("outbox bug")

        running = await owning(worker)
        worker.engine.outbox.enqueue = broken  # type: ignore[method-assign]
        await redis.xadd(worker.keys.stream(0), {b"e": encode_event(message(1))})
        with pytest.raises(EngineHalted, match="outbox bug"):
            await asyncio.wait_for(running, 30)  # not a worker holding leases, doing nothing
        assert not await redis.exists(worker.keys.lease(0))  # handed back at once
        await database.close()


async def test_a_redis_read_that_timed_out_is_not_called_redis_unreachable(tmp_path):
    import signal

    from loguru import logger
    from redis.asyncio import Redis
    from redis.exceptions import RedisError
    from support.redis_server import RedisServer

    from groupops.core.cluster.outage import Outage

    server = RedisServer(tmp_path)
    server.start()
    redis = Redis.from_url(server.url, socket_timeout=0.2)
    outage = Outage("worker w: reading the streams")
    lines: list[str] = []
    sink = logger.add(lines.append, level="INFO", format="{message}")
    try:
        await redis.ping()
        assert server.process is not None
        server.process.send_signal(signal.SIGSTOP)  # answers nothing, as a paused peer would
        with pytest.raises(RedisError) as raised:
            await redis.ping()
        outage.failed(raised.value)
        server.process.send_signal(signal.SIGCONT)
    finally:
        logger.remove(sink)
        await redis.aclose()
        server.kill()
    assert lines == [
        "worker w: reading the streams: no answer from Redis in time (Timeout reading from "
        f"127.0.0.1:{server.port}); retrying until it is back\n"
    ]
