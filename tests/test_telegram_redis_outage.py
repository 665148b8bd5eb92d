"""`groupops receive` polling Telegram while Redis is killed and started again empty: no
update is acknowledged before its events are on a stream, so every member's message reaches
the workers after the outage, and the outage is a few log lines, not one per event."""

from __future__ import annotations

import asyncio

from loguru import logger
from redis.asyncio import Redis
from support.fake_telegram import FakeBotAPI
from support.harness import START
from support.redis_server import RedisServer
from support.telegram_harness import CHAT_ID, make_adapter

from groupops.core.adapter import AdapterHooks
from groupops.core.clock import ManualClock
from groupops.core.cluster.eventcodec import decode_event
from groupops.core.cluster.intake import StreamIntake
from groupops.core.settings import validate_settings
from groupops.core.startup import start_adapter


async def until(predicate, timeout: float = 20) -> None:
    async def check() -> None:
        while not await predicate():
            await asyncio.sleep(0.05)

    await asyncio.wait_for(check(), timeout)


async def test_updates_polled_while_redis_is_away_all_reach_the_streams(tmp_path):
    server = RedisServer(tmp_path)
    try:  # the server goes whatever fails, setting up included
        await polled_while_away(server)
    finally:
        server.kill()


async def polled_while_away(server: RedisServer) -> None:
    server.start()
    lines: list[str] = []
    log = logger.add(lines.append, level="INFO", format="{level} {message}")
    fake = FakeBotAPI(ManualClock(START))
    await fake.start()
    world = fake.world
    world.group(CHAT_ID, "Test Club")
    settings = validate_settings(
        {
            "cluster": {"redis_url": server.url, "prefix": "t", "partitions": 2},
            "rulesets": {"main": {"timezone": "Asia/Shanghai"}},
            "communities": {"club": {"ruleset": "main", "chats": [f"telegram:{CHAT_ID}"]}},
        },
        "test",
    )
    redis = Redis.from_url(server.url)
    intake = StreamIntake(settings, redis)
    adapter = make_adapter("aiogram", fake, ManualClock(START))
    adapter.hooks = AdapterHooks()
    await start_adapter(adapter, intake)

    async def queued() -> set[str]:
        keys = set()
        for partition in range(2):
            for _, fields in await redis.xrange(intake.keys.stream(partition)):
                keys.add(decode_event(fields[b"e"]).key)
        return keys

    try:
        await asyncio.wait_for(world.polled.wait(), 10)
        members = [world.user(100 + n, f"M{n}")["id"] for n in range(5)]
        for member in members:
            world.add_member(CHAT_ID, member, "member")
        world.say(CHAT_ID, members[0], "before")
        await until(lambda: _len(queued, 1))
        first_away = world.next_update_id
        server.kill()
        for n in range(30):
            world.say(CHAT_ID, members[n % 5], f"check-in {n}")
        await asyncio.sleep(3)  # several polls fail to queue meanwhile
        offsets = [call.get("offset", 0) for call in fake.called("getUpdates")]
        assert max(offsets) <= first_away  # nothing sent while Redis was away is acknowledged
        server.start()  # empty
        await until(lambda: _len(queued, 30))
        updates = {int(key.split(":")[2]) for key in await queued()}  # telegram:bot:id:…
        assert set(range(first_away, first_away + 30)) <= updates  # every check-in is queued
        await until(_acknowledged(fake, first_away + 30))
    finally:
        await adapter.stop()
        await redis.aclose()
        await fake.close()
        server.kill()
        logger.remove(log)
    away = [line for line in lines if "not acknowledged" in line]
    assert 1 <= len(away) <= 3, away  # one at the start, one at the end
    assert away[0].startswith("WARNING telegram: updates not acknowledged: Redis is unreachable (")
    assert not any("event not committed" in line for line in lines)


async def _len(queued, count: int) -> bool:
    return len(await queued()) >= count


def _acknowledged(fake: FakeBotAPI, offset: int):
    async def check() -> bool:
        return any(call.get("offset", 0) >= offset for call in fake.called("getUpdates"))

    return check
