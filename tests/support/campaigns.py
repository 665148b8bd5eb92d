"""Helpers for campaign tests: move the manual clock and let due jobs fire."""

from __future__ import annotations

from datetime import datetime

from groupops.adapters.local import LocalAdapter, LocalWorld
from groupops.core.refs import Ref
from groupops.core.storage.models import ScheduledJob

from .harness import Harness

# Recurring jobs of the points features (daily tiers, monthly honours): not counted by `fire`.
HOUSEKEEPING = ("points.tiers", "points.honours")


async def fire(h: Harness, when: datetime) -> int:
    """Set the clock to `when`, fire every due job, wait until its messages are delivered;
    returns how many of the campaign jobs fired."""
    h.clock.set(when)
    done = ScheduledJob.filter(job__in=HOUSEKEEPING, status="done")
    before = await done.count()
    fired = await h.engine.scheduler.run_due()
    await h.settle()
    return fired - (await done.count() - before)


async def second_platform(h: Harness, platform: str, chat_id: str) -> tuple[LocalWorld, Ref]:
    """Attach another local world standing in for a second messenger (e.g. a WeChat room)."""
    world = LocalWorld(platform, h.clock)
    chat = world.chat(chat_id).ref
    adapter = LocalAdapter(world)
    h.engine.adapters[platform] = adapter
    await adapter.start(h.engine.submit)
    return world, chat
