"""What a worker shares with the others through Redis besides the streams: outbound limits,
admin lists and moderation windows. Plugged into an ordinary engine at the few seams it
offers, so the single process runs the same code with in-memory stand-ins."""

from __future__ import annotations

import asyncio
from collections.abc import Iterable
from functools import partial

from loguru import logger
from redis.asyncio import Redis

from ..engine import Engine
from .admins import AdminChanges, RedisAdmins
from .partitions import Keys
from .ratelimits import SharedLimits
from .windows import SharedWindows


class SharedState:
    def __init__(self, engine: Engine, redis: Redis, keys: Keys) -> None:
        self.engine = engine
        engine.outbox.limits = partial(SharedLimits, redis, keys)
        self.admins = RedisAdmins(redis, keys)
        engine.admins.shared = self.admins
        self.admin_changes = AdminChanges(redis, keys, engine.admins)
        self.windows = SharedWindows(redis, keys)
        engine.state.on_load.append(self.windows.load)

    async def run(self, stopping: asyncio.Event) -> None:
        """Background work: listening for admin list changes."""
        await self.admin_changes.run(stopping)

    async def committed(self, communities: Iterable[str]) -> None:
        """After a batch committed: save the windows its communities changed."""
        states = (self.engine.state.get(name) for name in communities)
        try:
            await self.windows.save(state for state in states if state is not None)
        except Exception:  # best effort: the batch is committed, its acknowledgement must follow
            logger.exception("moderation windows not saved")
