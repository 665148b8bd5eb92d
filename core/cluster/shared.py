"""What a worker shares with the others through Redis besides the streams: outbound limits and
admin lists (moderation windows are saved in PostgreSQL with each batch: Engine.keep_windows).
Plugged into an ordinary engine at the few seams it offers, so the single process runs the
same code with in-memory stand-ins. All of it may be lost with Redis: limits refill, admin
lists are asked of the platform again."""

from __future__ import annotations

import asyncio
from functools import partial

from redis.asyncio import Redis

from ..engine import Engine
from .admins import AdminChanges, RedisAdmins
from .partitions import Keys
from .ratelimits import SharedLimits


class SharedState:
    def __init__(self, engine: Engine, redis: Redis, keys: Keys) -> None:
        self.engine = engine
        engine.outbox.limits = partial(SharedLimits, redis, keys)
        self.admins = RedisAdmins(redis, keys)
        engine.admins.shared = self.admins
        self.admin_changes = AdminChanges(redis, keys, engine.admins)
        engine.keep_windows()

    async def run(self, stopping: asyncio.Event) -> None:
        """Background work: listening for admin list changes."""
        await self.admin_changes.run(stopping)
