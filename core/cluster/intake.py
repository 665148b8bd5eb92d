"""The receiving side: adapters submit events here and they go onto their partition's stream.

`XADD` returns once Redis has the entry; with Redis persistence (AOF) that is the point where
the event is durable and the platform may be told it was received.
"""

from __future__ import annotations

from collections.abc import Iterable

from redis.asyncio import Redis

from ..engine.results import Outcome, Result
from ..events import Event
from ..settings.schema import Settings
from .eventcodec import encode_event
from .partitions import Keys, Router


class StreamIntake:
    def __init__(self, settings: Settings, redis: Redis) -> None:
        self.redis = redis
        self.router = Router(settings)
        self.keys = Keys(settings.cluster.prefix)

    async def submit(self, event: Event) -> Result:
        """An adapter's sink: queue the event for the workers (processing happens there)."""
        stream = self.keys.stream(self.router.partition(event))
        await self.redis.xadd(stream, {b"e": encode_event(event)})
        return Result(Outcome.QUEUED)

    async def publish(self, events: Iterable[Event], chunk: int = 1000) -> int:
        """Many events at once, pipelined (replays, benchmarks, tests); order kept per stream."""
        count = 0
        pipe = self.redis.pipeline(transaction=False)
        for event in events:
            pipe.xadd(self.keys.stream(self.router.partition(event)), {b"e": encode_event(event)})
            count += 1
            if count % chunk == 0:
                await pipe.execute()
        await pipe.execute()
        return count
