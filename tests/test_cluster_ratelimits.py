"""Outbound limits shared in Redis: workers sending through one bot together stay under its
limits, and a 429 one of them receives holds the others back."""

from __future__ import annotations

import asyncio
import time
from zlib import crc32

from support.cluster import feed, need_cluster, owning_worker, redis_url, scratch_redis
from support.databases import fresh_postgres

from groupops.adapters.local import LocalAdapter, LocalWorld
from groupops.core.adapter import RateLimits
from groupops.core.cluster.partitions import Keys
from groupops.core.cluster.ratelimits import SharedLimits
from groupops.core.errors import RateLimited
from groupops.core.settings import validate_settings
from groupops.core.storage.database import open_database
from groupops.core.storage.models import OutboxItem

PARTITIONS = 4
NORTH, SOUTH = "north", "south"
assert crc32(NORTH.encode()) % PARTITIONS != crc32(SOUTH.encode()) % PARTITIONS


def settings_for(url: str, prefix: str):
    rule = {"pattern": "price", "reply": "See the pinned message.", "cooldown": 0}
    return validate_settings(
        {
            "database": {"url": url},
            "cluster": {"redis_url": redis_url(), "prefix": prefix, "partitions": PARTITIONS},
            "rulesets": {"main": {"timezone": "Asia/Shanghai", "autoreply": {"rules": [rule]}}},
            "communities": {
                NORTH: {"ruleset": "main", "chats": ["local:north"]},
                SOUTH: {"ruleset": "main", "chats": ["local:south"]},
            },
        },
        "test",
    )


class TimedAdapter(LocalAdapter):
    """Notes when each message reaches the platform; 429s the first `limited` replies."""

    def __init__(self, world: LocalWorld, limits: RateLimits, sent: list[float], limited=0):
        super().__init__(world, rate_limits=limits)
        self.sent, self.limited = sent, limited

    async def reply(self, action):
        if self.limited:
            self.limited -= 1
            raise RateLimited(3600)
        self.sent.append(time.monotonic())
        return await super().reply(action)


async def until(positive) -> None:
    while await positive() <= 0:
        await asyncio.sleep(0.01)


async def test_two_workers_together_stay_under_the_bots_global_rate():
    need_cluster()
    rate = 5.0  # a token bucket allows `rate` at once, then `rate` a second
    async with fresh_postgres() as url, scratch_redis() as (redis, prefix):
        settings = settings_for(url, prefix)
        database = await open_database(url)
        world, sent = LocalWorld(), []
        limits = RateLimits(global_per_second=rate)
        workers = []
        for name in (NORTH, SOUTH):
            chat = world.chat(name).ref
            adapter = TimedAdapter(world, limits, sent)
            worker = await owning_worker(settings, database, redis, name, [name], [adapter])
            users = [world.user(f"{name}{i}") for i in range(10)]
            await feed(worker, [world.message_event(chat, user, "price?") for user in users])
            workers.append(worker)
        for worker in workers:
            assert await worker.engine.drain(timeout=30)

        assert len(world.texts(world.chat(NORTH).ref)) == 10  # nothing lost while waiting
        assert len(world.texts(world.chat(SOUTH).ref)) == 10
        assert await OutboxItem.filter(status="sent").count() == 20
        sent.sort()
        # Unshared, each worker would send `rate` at once: 10 in the first instant. Shared, any
        # run of n sends spans at least (n - rate) / rate seconds (one send of slack for the
        # moment between Redis granting a send and the adapter noting it).
        for i in range(len(sent)):
            for j in range(i + 1, len(sent)):
                assert j - i + 1 <= rate + rate * (sent[j] - sent[i]) + 1
        for worker in workers:
            await worker.engine.stop(drain_timeout=0)
        await database.close()


async def test_limiters_sharing_redis_grant_a_chats_minute_budget_once():
    need_cluster()
    async with scratch_redis() as (redis, prefix):
        limits = RateLimits(per_chat_per_minute=5, global_per_second=3)
        a, b = (SharedLimits(redis, Keys(prefix), "telegram", limits) for _ in range(2))
        chat = "telegram:-1001"
        waits = await asyncio.gather(*(x.chat_wait(chat, True) for x in (a, b) * 10))
        assert waits.count(0.0) == 5  # 20 asked, two workers: the chat's 5 a minute, no more
        assert all(wait > 0 for wait in waits if wait)
        assert await a.chat_wait("telegram:-1002", True) == 0.0  # another chat has its own

        started = time.monotonic()
        waits = await asyncio.gather(*(x.global_wait() for x in (a, b) * 10))
        refilled = int(3 * (time.monotonic() - started))
        assert 3 <= waits.count(0.0) <= 3 + refilled


async def test_a_429_seen_by_one_worker_holds_back_the_other():
    need_cluster()
    async with fresh_postgres() as url, scratch_redis() as (redis, prefix):
        settings = settings_for(url, prefix)
        database = await open_database(url)
        world, sent = LocalWorld(), []
        chat = world.chat(NORTH).ref
        first = TimedAdapter(world, RateLimits(), sent, limited=1)
        worker = await owning_worker(settings, database, redis, "a", [NORTH], [first])
        await feed(worker, [world.message_event(chat, world.user("ann"), "price?")])
        block = Keys(prefix).rate("local", "block", chat)
        await asyncio.wait_for(until(lambda: redis.pttl(block)), 30)  # the 429 was recorded
        other = SharedLimits(redis, Keys(prefix), "local", RateLimits())
        assert await other.chat_wait(chat, True) > 3000  # told to wait an hour: so is B
        assert await other.chat_wait(chat, False) > 3000  # deletes and bans wait too
        assert await other.chat_wait(world.chat(SOUTH).ref, True) == 0.0

        await worker.engine.stop(drain_timeout=0)
        assert world.texts(chat) == []  # not sent, and not lost: the row waits
        assert await OutboxItem.filter(status="pending").count() == 1
        await database.close()


async def test_redis_away_is_one_line_when_it_goes_and_one_when_it_is_back(tmp_path):
    from loguru import logger
    from redis.asyncio import Redis
    from support.redis_server import RedisServer

    server = RedisServer(tmp_path)
    server.start()
    redis = Redis.from_url(server.url)
    limits = SharedLimits(redis, Keys("t"), "local", RateLimits(per_chat_per_second=1))
    lines: list[str] = []
    sink = logger.add(lines.append, level="INFO", format="{level} {message}")
    try:
        assert await limits.chat_wait("local:north", True) == 0.0
        server.kill()
        waits = [await limits.chat_wait("local:north", True) for _ in range(20)]
        server.start()
        assert await limits.chat_wait("local:south", True) == 0.0
    finally:
        logger.remove(sink)
        await redis.aclose()
        server.kill()
    assert waits == [1.0] * 20  # each lane waits a second and asks again
    assert len(lines) == 2, lines
    assert lines[0].startswith("WARNING local rate limits: Redis is unreachable (")
    assert lines[1].startswith("INFO local rate limits: Redis reachable again after")
