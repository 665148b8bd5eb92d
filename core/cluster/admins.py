"""Admin lists shared through Redis. A worker that fetched a chat's list stores it with the
directory's TTL, so the next owner of the chat reads it instead of asking the platform again.
A change (an admin promoted, demoted, gone) deletes the shared copy and is announced on a
channel every worker listens to, so the owner drops its own copy too; the TTL bounds how long
a copy missed by an announcement can live.
"""

from __future__ import annotations

import asyncio

import orjson
from loguru import logger
from redis.asyncio import Redis
from redis.exceptions import RedisError

from ..engine.admins import AdminDirectory, Roles, SharedAdmins
from ..refs import Ref
from ..roles import Role
from .outage import Outage
from .partitions import Keys

RECONNECT_SECONDS = 1.0


class RedisAdmins(SharedAdmins):
    def __init__(self, redis: Redis, keys: Keys) -> None:
        self.redis = redis
        self.keys = keys
        self._tasks: set[asyncio.Task] = set()

    async def get(self, chat: Ref) -> tuple[Roles, float] | None:
        try:
            pipe = self.redis.pipeline(transaction=False)
            pipe.get(self.keys.admins(chat))
            pipe.pttl(self.keys.admins(chat))
            value, pttl = await pipe.execute()
        except RedisError as exc:
            logger.warning("shared admin list of {} not read: {}", chat, exc)
            return None
        if value is None or pttl <= 0:
            return None
        return {user: Role(role) for user, role in orjson.loads(value).items()}, pttl / 1000

    async def put(self, chat: Ref, roles: Roles, ttl: float) -> None:
        value = orjson.dumps({str(user): int(role) for user, role in roles.items()})
        try:
            await self.redis.set(self.keys.admins(chat), value, px=int(ttl * 1000))
        except RedisError as exc:
            logger.warning("shared admin list of {} not stored: {}", chat, exc)

    async def drop(self, chat: Ref) -> None:
        try:
            pipe = self.redis.pipeline(transaction=False)
            pipe.delete(self.keys.admins(chat))
            pipe.publish(self.keys.admin_changes(), str(chat))
            await pipe.execute()
        except RedisError as exc:
            logger.warning("shared admin list of {} not dropped: {}", chat, exc)

    def drop_soon(self, chat: Ref) -> None:
        task = asyncio.get_running_loop().create_task(self.drop(chat))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def settled(self) -> None:
        """Every drop asked for so far has reached Redis."""
        while self._tasks:
            await asyncio.gather(*self._tasks)


class AdminChanges:
    """Listens for announced changes and drops this worker's copies of those lists."""

    def __init__(self, redis: Redis, keys: Keys, directory: AdminDirectory) -> None:
        self.redis = redis
        self.keys = keys
        self.directory = directory
        self.listening = asyncio.Event()  # subscribed: announcements from now on arrive
        self.outage = Outage("admin list announcements")

    async def run(self, stopping: asyncio.Event) -> None:
        while not stopping.is_set():
            try:
                await self._listen()
            except RedisError as exc:
                self.listening.clear()
                self.outage.failed(exc)  # once an outage, not once a second
                await asyncio.sleep(RECONNECT_SECONDS)

    async def _listen(self) -> None:
        pubsub = self.redis.pubsub()
        try:
            await pubsub.subscribe(self.keys.admin_changes())
            async for message in pubsub.listen():
                if message["type"] == "subscribe":  # confirmed: nothing announced is missed
                    self.listening.set()
                    self.outage.passed()
                elif message["type"] == "message":
                    self.directory.forget(Ref(message["data"].decode()))
        finally:
            await pubsub.aclose()
