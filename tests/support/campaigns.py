"""Helpers for campaign tests: move the manual clock and let due jobs fire."""

from __future__ import annotations

from datetime import datetime

from groupops.adapters.local import LocalAdapter, LocalWorld
from groupops.core.refs import Ref

from .harness import Harness


async def fire(h: Harness, when: datetime) -> int:
    """Set the clock to `when`, fire every due job, wait until its messages are delivered."""
    h.clock.set(when)
    fired = await h.engine.scheduler.run_due()
    await h.settle()
    return fired


async def second_platform(h: Harness, platform: str, chat_id: str) -> tuple[LocalWorld, Ref]:
    """Attach another local world standing in for a second messenger (e.g. a WeChat room)."""
    world = LocalWorld(platform, h.clock)
    chat = world.chat(chat_id).ref
    adapter = LocalAdapter(world)
    h.engine.adapters[platform] = adapter
    await adapter.start(h.engine.submit)
    return world, chat
