"""Helpers for campaign tests: move the manual clock and let due jobs fire."""

from __future__ import annotations

from datetime import datetime

from groupops.adapters.local import LocalAdapter, LocalWorld
from groupops.core.refs import Ref
from groupops.core.storage.models import ScheduledJob

from .harness import Harness

# Jobs of other features (health checks, digests, honours) that share the clock; the counts
# these tests assert are of campaign and calendar jobs.
OTHER_JOBS = ("metrics.", "points.", "lurkers.")


async def fire(h: Harness, when: datetime) -> int:
    """Set the clock to `when`, fire every due job, wait until its messages are delivered;
    returns how many campaign or calendar jobs fired."""
    h.clock.set(when)
    due = await ScheduledJob.filter(status="pending", due_at__lte=when).values_list("id", "job")
    ours = [id_ for id_, job in due if not job.startswith(OTHER_JOBS)]
    await h.engine.scheduler.run_due()
    await h.settle()
    return await ScheduledJob.filter(id__in=ours).exclude(status="skipped").count()


async def second_platform(h: Harness, platform: str, chat_id: str) -> tuple[LocalWorld, Ref]:
    """Attach another local world standing in for a second messenger (e.g. a WeChat room)."""
    world = LocalWorld(platform, h.clock)
    chat = world.chat(chat_id).ref
    adapter = LocalAdapter(world)
    h.engine.adapters[platform] = adapter
    await adapter.start(h.engine)
    return world, chat
