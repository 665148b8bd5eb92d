"""Flood and raid windows survive a partition changing hands, and Redis losing its contents:
they are saved in PostgreSQL with the batch that changed them, so what the old owner counted
the new owner continues from."""

from __future__ import annotations

from datetime import UTC, datetime

import orjson
from support.cluster import feed, need_cluster, owning_worker, redis_url, scratch_redis
from support.databases import fresh_postgres

from groupops.adapters.local import LocalAdapter, LocalWorld
from groupops.core.clock import ManualClock
from groupops.core.cluster.launch import drop_keys
from groupops.core.settings import validate_settings
from groupops.core.storage.database import open_database
from groupops.core.storage.models import SavedWindow

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
RAID = "BEST DEALS EVER visit our shop today!!!"


def settings_for(url: str, prefix: str):
    moderation = {
        "flood": {"messages": 5, "seconds": 10, "action": "mute 1h"},
        "duplicates": {"enabled": True, "accounts": 3},
    }
    return validate_settings(
        {
            "database": {"url": url},
            "cluster": {"redis_url": redis_url(), "prefix": prefix, "partitions": 2},
            "rulesets": {"main": {"timezone": "Asia/Shanghai", "moderation": moderation}},
            "communities": {"club": {"ruleset": "main", "chats": ["local:main"]}},
        },
        "test",
    )


async def test_a_flood_and_a_raid_begun_on_one_worker_are_stopped_by_the_next():
    need_cluster()
    async with fresh_postgres() as url, scratch_redis() as (redis, prefix):
        settings = settings_for(url, prefix)
        database = await open_database(url)
        clock = ManualClock(NOW)
        world = LocalWorld(clock=clock)
        chat = world.chat("main").ref
        users = {name: world.user(name, name.capitalize()) for name in ("ann", "bo", "r1", "r2")}
        for user in users.values():
            world.add_member(chat, user)
        r3 = world.user("r3", "R3")
        world.add_member(chat, r3)

        a = await owning_worker(settings, database, redis, "a", ["club"], [LocalAdapter(world)])
        for n in range(4):  # four of the five messages flood allows in ten seconds
            await feed(a, [world.message_event(chat, users["ann"], f"message {n}")])
            clock.advance(seconds=1)
        await feed(a, [world.message_event(chat, users["bo"], "hello")])
        await feed(a, [world.message_event(chat, users[r], RAID) for r in ("r1", "r2")])
        assert await a.engine.drain(timeout=10)
        assert world.texts(chat) == []  # nothing broken yet
        await a.engine.stop(drain_timeout=0)  # worker A goes away
        await drop_keys(redis, a.keys)  # and Redis forgets everything (a restart, no disk)

        b = await owning_worker(settings, database, redis, "b", ["club"], [LocalAdapter(world)])
        fifth = world.message_event(chat, users["ann"], "message 4")
        await feed(b, [fifth, world.message_event(chat, users["bo"], "hi again")])
        third = world.message_event(chat, r3, RAID)
        await feed(b, [third])
        assert await b.engine.drain(timeout=10)

        members = world.chats[chat].members
        assert members[users["ann"]].muted  # the fifth message in ten seconds, across workers
        assert not members[users["bo"]].muted  # two messages are no flood
        assert world.chats[chat].messages[third.message_id].deleted  # the third raid account
        assert world.texts(chat) == [
            "@Ann has been muted for 1 hour: flooding the chat.",
            "@R3, please mind the group rules: the same message from several accounts.",
        ]
        await b.engine.stop(drain_timeout=0)
        await database.close()


async def test_saved_windows_go_once_they_stop_mattering():
    need_cluster()
    async with fresh_postgres() as url, scratch_redis() as (redis, prefix):
        settings = settings_for(url, prefix)
        database = await open_database(url)
        clock = ManualClock(NOW)
        world = LocalWorld(clock=clock)
        chat = world.chat("main").ref
        ann, bo = world.user("ann", "Ann"), world.user("bo", "Bo")
        worker = await owning_worker(
            settings, database, redis, "a", ["club"], [LocalAdapter(world)]
        )

        async def saved() -> list:
            rows = await SavedWindow.filter(community="club").order_by("id").values_list("saved")
            return sorted(orjson.loads(value)["key"] for (value,) in rows)

        await feed(worker, [world.message_event(chat, ann, RAID)])
        assert len(await saved()) == 2  # ann's flood count and the raid text
        clock.advance(minutes=11)  # past both windows (10 s and 10 min)
        await feed(worker, [world.message_event(chat, bo, "hello")])
        assert await saved() == [["local:main", "local:user:bo"]]
        await worker.engine.stop(drain_timeout=0)
        await database.close()


async def test_a_settings_change_starts_the_windows_over_even_across_a_takeover():
    """As in one process, `/setflood` rebuilds the detectors and their counts start from
    nothing; a worker taking over before the next message must not restore the old ones."""
    need_cluster()
    async with fresh_postgres() as url, scratch_redis() as (redis, prefix):
        settings = settings_for(url, prefix)
        database = await open_database(url)
        clock = ManualClock(NOW)
        world = LocalWorld(clock=clock)
        chat = world.chat("main").ref
        ann, boss = world.user("ann", "Ann"), world.user("boss", "Boss")
        world.add_member(chat, ann)
        world.add_member(chat, boss, "owner")
        a = await owning_worker(settings, database, redis, "a", ["club"], [LocalAdapter(world)])
        await feed(a, [world.message_event(chat, ann, f"message {n}") for n in range(4)])
        await feed(a, [world.message_event(chat, boss, "/setflood 5")])
        assert await a.engine.drain(timeout=10)
        await a.engine.stop(drain_timeout=0)
        await drop_keys(redis, a.keys)

        b = await owning_worker(settings, database, redis, "b", ["club"], [LocalAdapter(world)])
        await feed(b, [world.message_event(chat, ann, f"again {n}") for n in range(2)])
        assert await b.engine.drain(timeout=10)
        assert not world.chats[chat].members[ann].muted  # 2 since the change, not 6
        await b.engine.stop(drain_timeout=0)
        await database.close()


async def test_refusals_a_member_stopped_hearing_are_not_said_again_by_the_next_worker():
    """A member hears three refusals a minute; the count was kept in the worker's memory only,
    so a worker killed and replaced answered a fourth /setflood within the minute."""
    need_cluster()
    async with fresh_postgres() as url, scratch_redis() as (redis, prefix):
        settings = settings_for(url, prefix)
        database = await open_database(url)
        clock = ManualClock(NOW)
        world = LocalWorld(clock=clock)
        chat = world.chat("main").ref
        ann = world.user("ann", "Ann")
        world.add_member(chat, ann)
        a = await owning_worker(settings, database, redis, "a", ["club"], [LocalAdapter(world)])
        for _ in range(3):
            await feed(a, [world.message_event(chat, ann, "/setflood 6")])
            clock.advance(seconds=5)
        assert await a.engine.drain(timeout=10)
        refused = "Only the owner and deputy owners can use /setflood."
        assert world.texts(chat) == [refused] * 3
        await a.engine.stop(drain_timeout=0)
        await drop_keys(redis, a.keys)

        b = await owning_worker(settings, database, redis, "b", ["club"], [LocalAdapter(world)])
        await feed(b, [world.message_event(chat, ann, "/setflood 6")])  # within the minute
        assert await b.engine.drain(timeout=10)
        assert world.texts(chat) == [refused] * 3
        clock.advance(minutes=1)
        await feed(b, [world.message_event(chat, ann, "/setflood 6")])
        assert await b.engine.drain(timeout=10)
        assert world.texts(chat) == [refused] * 4  # a minute on: heard again
        await b.engine.stop(drain_timeout=0)
        await database.close()
