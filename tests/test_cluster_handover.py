"""A partition handed back and forth between workers: what one sent while it held the
partition is not sent again by the other, neither when it gets the partition back nor while
the hand-over happens."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager, contextmanager
from dataclasses import dataclass
from typing import Any

from loguru import logger
from support.cluster import feed, need_cluster, owning_worker, redis_url, scratch_redis
from support.databases import fresh_postgres

from groupops.adapters.local import LocalAdapter, LocalWorld
from groupops.core.cluster.worker import Worker
from groupops.core.settings import validate_settings
from groupops.core.storage.database import open_database
from groupops.core.storage.models import OutboxItem

ANSWER = "See the pinned message."


def settings_for(url: str, prefix: str):
    rule = {"pattern": "price", "reply": ANSWER, "cooldown": 0}
    return validate_settings(
        {
            "database": {"url": url},
            "cluster": {"redis_url": redis_url(), "prefix": prefix, "partitions": 2},
            "rulesets": {"main": {"timezone": "Asia/Shanghai", "autoreply": {"rules": [rule]}}},
            "communities": {"club": {"ruleset": "main", "chats": ["local:main"]}},
        },
        "test",
    )


@contextmanager
def logged() -> Iterator[list[str]]:
    lines: list[str] = []
    sink = logger.add(lambda line: lines.append(line.strip()), level="INFO", format="{message}")
    try:
        yield lines
    finally:
        logger.remove(sink)


@dataclass
class OneWorker:
    """Worker A owning community club's partition, one chat, and what B needs to join it."""

    settings: Any
    database: Any
    redis: Any
    world: LocalWorld
    chat: Any
    a: Worker
    partition: int

    def __iter__(self):  # unpacked in a test as its names
        return iter((self.settings, self.database, self.redis, self.world, self.chat, self.a))


@asynccontextmanager
async def one_worker(adapter: Callable[[LocalWorld], LocalAdapter]) -> AsyncIterator[OneWorker]:
    need_cluster()
    async with fresh_postgres() as url, scratch_redis() as (redis, prefix):
        settings = settings_for(url, prefix)
        database = await open_database(url)
        world = LocalWorld()
        chat = world.chat("main").ref
        a = await owning_worker(settings, database, redis, "a", ["club"], [adapter(world)])
        try:
            yield OneWorker(
                settings, database, redis, world, chat, a, a.router.by_community["club"]
            )
        finally:
            await database.close()


class HeldAdapter(LocalAdapter):
    """Sends a reply only once `go` is set (the platform slow to answer)."""

    def __init__(self, world: LocalWorld) -> None:
        super().__init__(world)
        self.sending, self.go = asyncio.Event(), asyncio.Event()

    async def reply(self, action):
        self.sending.set()
        await self.go.wait()
        return await super().reply(action)


async def test_a_partition_handed_back_and_regained_is_not_resent_from_memory():
    """A handed an extra partition to a joining worker with replies still queued; that worker
    sent them and handed the partition back; A sent the same replies again from its memory."""
    async with one_worker(LocalAdapter) as w:
        settings, database, redis, world, chat, a = w
        partition, slow = w.partition, a.engine.adapters["local"]
        slow.ready.clear()  # A's replies wait in its queue (the platform slow to take them)
        users = [world.user(f"u{i}", f"U{i}") for i in range(4)]
        await feed(a, [world.message_event(chat, user, "price?") for user in users])
        assert await OutboxItem.filter(status="pending").count() == 4

        with logged() as lines:
            a.reading.discard(partition)  # a fifth worker joined: A's fair share is smaller
            await a._release_idle()
            b = await owning_worker(settings, database, redis, "b", ["club"], [LocalAdapter(world)])
            assert await b.engine.drain(timeout=30)
            assert world.texts(chat) == [ANSWER] * 4  # the new owner sent them
            b.reading.discard(partition)  # and hands the partition back (stopping, say)
            await b._release_idle()

            assert await a.leases.try_acquire(partition, database) is not None
            await a._gain(partition)
            slow.ready.set()
            assert await a.engine.drain(timeout=30)
        assert world.texts(chat) == [ANSWER] * 4  # none of them twice
        assert await OutboxItem.filter(status="sent", attempts=1).count() == 4
        assert f"worker a released partition {partition}" in lines
        assert f"worker b released partition {partition}" in lines
        for worker in (a, b):
            await worker.engine.stop(drain_timeout=0)


async def test_a_partition_is_handed_back_once_its_action_in_flight_is_done():
    """Handed back while the platform was taking one of its replies, the partition's next
    owner found that reply pending and sent it again."""
    async with one_worker(HeldAdapter) as w:
        settings, database, redis, world, chat, a = w
        partition, held = w.partition, a.engine.adapters["local"]
        await feed(a, [world.message_event(chat, world.user("ann", "Ann"), "price?")])
        await asyncio.wait_for(held.sending.wait(), 30)

        b = Worker(settings, database, redis, [LocalAdapter(world)], worker_id="b")
        await b.engine.start(adapters=False, scheduler=False, recover_outbox=False)

        async def b_takes_over() -> bool:
            if await b.leases.try_acquire(partition, database) is None:
                return False
            await b._gain(partition)
            return True

        a.reading.discard(partition)  # A hands the partition back ...
        await a._release_idle()
        taken_early = await b_takes_over()  # ... B asks for it at once ...
        held.go.set()  # ... and the platform answers A
        assert await a.engine.drain(timeout=30)
        await a._release_idle()
        assert taken_early or await b_takes_over()
        assert await b.engine.drain(timeout=30)
        assert world.texts(chat) == [ANSWER]  # sent once
        assert not taken_early  # B had to wait for A's reply to be done
        for worker in (a, b):
            await worker.engine.stop(drain_timeout=0)
