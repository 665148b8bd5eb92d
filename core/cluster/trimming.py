"""Trimming the event streams: an entry the consumer group has read and acknowledged is done
with (its effects are committed), so the partition's owner drops such entries now and then.

The cut (`XTRIM MINID`) is the oldest entry still pending if there is one, else the one after
the group's last-delivered id; everything from there on stays. Reads and acknowledgements
between looking and cutting only move that point forward, so the cut is never past an entry
that is unacknowledged or not yet read.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable

from redis.asyncio import Redis

from .outage import Outage
from .partitions import GROUP, Keys, text_of


def next_id(entry_id: str) -> str:
    millis, _, seq = entry_id.partition("-")
    return f"{millis}-{int(seq or 0) + 1}"


async def keep_from(redis: Redis, stream: str) -> str | None:
    """The first entry id the group still needs, or None when it has read nothing (or has
    not been made yet: a receiver started before any worker, or Redis restarted empty)."""
    groups = await redis.xinfo_groups(stream) if await redis.exists(stream) else []
    ours = [g for g in groups if text_of(g["name"]) == GROUP]
    if not ours:
        return None
    pending = await redis.xpending(stream, GROUP)
    if pending["pending"]:
        return text_of(pending["min"])
    delivered = text_of(ours[0]["last-delivered-id"])
    return None if delivered == "0-0" else next_id(delivered)


async def trim(redis: Redis, stream: str) -> int:
    """Drop the stream's acknowledged entries; returns how many went."""
    start = await keep_from(redis, stream)
    if start is None:
        return 0
    return int(await redis.xtrim(stream, minid=start, approximate=False))


class Trimmer:
    """Every `period` seconds, trims the streams of the partitions a worker holds."""

    def __init__(self, redis: Redis, keys: Keys, period: float) -> None:
        self.redis = redis
        self.keys = keys
        self.period = period
        self.trimmed = 0

    async def run(self, stopping: asyncio.Event, held: Iterable[int]) -> None:
        """`held`: the worker's live collection of held partitions."""
        outage = Outage("stream trimming")
        while not stopping.is_set():
            await asyncio.sleep(self.period)
            try:
                for partition in sorted(held):
                    self.trimmed += await trim(self.redis, self.keys.stream(partition))
            except Exception as exc:
                outage.failed(exc)
            else:
                outage.passed()
