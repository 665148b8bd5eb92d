"""Admin lists shared through Redis: the next owner of a chat reads the list the previous one
fetched instead of asking the platform again, and a change seen anywhere reaches the owner."""

from __future__ import annotations

import asyncio

from support.cluster import feed, need_cluster, owning_worker, redis_url, scratch_redis
from support.databases import fresh_postgres

from groupops.adapters.local import LocalAdapter, LocalWorld
from groupops.core.cluster.admins import RedisAdmins
from groupops.core.cluster.partitions import Keys
from groupops.core.settings import validate_settings
from groupops.core.storage.database import open_database

REMINDER = "@{}, please mind the group rules: a blocked word."


def settings_for(url: str, prefix: str):
    moderation = {"blocklist": {"words": ["刷单"]}, "flood": {"enabled": False}}
    return validate_settings(
        {
            "database": {"url": url},
            "cluster": {"redis_url": redis_url(), "prefix": prefix, "partitions": 2},
            "rulesets": {"main": {"timezone": "Asia/Shanghai", "moderation": moderation}},
            "communities": {"club": {"ruleset": "main", "chats": ["local:main"]}},
        },
        "test",
    )


class CountingAdapter(LocalAdapter):
    def __init__(self, world: LocalWorld) -> None:
        super().__init__(world)
        self.listed = 0

    async def list_admins(self, chat):
        self.listed += 1
        return await super().list_admins(chat)


async def dropped(worker, chat) -> None:
    while worker.engine.admins.fresh(chat):
        await asyncio.sleep(0.01)


async def test_a_new_owner_reads_the_shared_admin_list_and_hears_of_changes():
    need_cluster()
    async with fresh_postgres() as url, scratch_redis() as (redis, prefix):
        settings = settings_for(url, prefix)
        database = await open_database(url)
        world = LocalWorld()
        chat = world.chat("main").ref
        ann, bo = world.user("ann", "Ann"), world.user("bo", "Bo")
        world.add_member(chat, ann, "admin")
        world.add_member(chat, bo)

        first = CountingAdapter(world)
        a = await owning_worker(settings, database, redis, "a", ["club"], [first])
        await feed(a, [world.message_event(chat, ann, "刷单 here, admins may")])
        assert await a.engine.drain(timeout=10)
        assert first.listed == 1 and world.texts(chat) == []  # ann is an admin: exempt
        await a.engine.stop(drain_timeout=0)  # worker A goes away; its lease expires
        await redis.delete(a.keys.lease(a.router.by_community["club"]))

        second = CountingAdapter(world)
        b = await owning_worker(settings, database, redis, "b", ["club"], [second])
        stopping = asyncio.Event()
        listening = asyncio.create_task(b.shared.run(stopping))
        await b.shared.admin_changes.listening.wait()
        await feed(b, [world.message_event(chat, ann, "刷单 again")])
        await feed(b, [world.message_event(chat, bo, "刷单 from bo")])
        assert await b.engine.drain(timeout=10)
        assert second.listed == 0  # read from Redis, not asked of the platform
        assert world.texts(chat) == [REMINDER.format("Bo")]

        world.chats[chat].members[bo].status = "admin"  # bo is promoted; a receiver sees it
        receiver = RedisAdmins(redis, Keys(prefix))
        receiver.drop_soon(chat)
        await receiver.settled()
        await asyncio.wait_for(dropped(b, chat), 30)  # the owner heard of it
        await feed(b, [world.message_event(chat, bo, "刷单 as an admin")])
        assert await b.engine.drain(timeout=10)
        assert second.listed == 1  # the changed list was fetched afresh
        assert world.texts(chat) == [REMINDER.format("Bo")]  # bo, now an admin, is exempt

        stopping.set()
        listening.cancel()
        await asyncio.gather(listening, return_exceptions=True)
        await b.engine.stop(drain_timeout=0)
        await database.close()
