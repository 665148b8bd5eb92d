"""The receiving side: adapters submit events here and they go onto their partition's stream.

`XADD` returns once Redis has the entry; with Redis persistence (AOF) that is the point where
the event is durable. Without persistence a Redis restart loses the streams, so the intake
keeps every event it queued until the workers have committed it (the consumer group
acknowledged it), and when Redis comes back without them (a new incarnation) it queues them
again, in their order and before anything newer. An event queued twice changes nothing the
second time: its key is in `processed_events`.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections import deque
from collections.abc import Iterable

from loguru import logger
from redis.asyncio import Redis
from redis.exceptions import RedisError

from ..engine.results import Outcome, Result
from ..errors import NotQueued
from ..events import Event
from ..redaction import one_line
from ..settings.schema import Settings
from .eventcodec import encode_event
from .incarnation import Incarnation
from .outage import Outage
from .partitions import Keys, Router
from .trimming import keep_from

KEEP_UP_SECONDS = 1.0

# KEYS: incarnation, stream. ARGV: the incarnation the entry belongs to, the encoded event.
# Nothing is added to a Redis that is not the one the kept events were queued in.
_ADD = """
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return false end
return redis.call('XADD', KEYS[2], '*', 'e', ARGV[2])
"""

EntryId = tuple[int, int]
Pending = tuple[int, bytes]  # partition, encoded event


def entry_id(value: bytes | str) -> EntryId:
    text = value.decode() if isinstance(value, bytes) else value
    millis, _, seq = text.partition("-")
    return int(millis), int(seq or 0)


class StreamIntake:
    def __init__(self, settings: Settings, redis: Redis) -> None:
        self.redis = redis
        self.router = Router(settings)
        self.keys = Keys(settings.cluster.prefix)
        self.incarnation = Incarnation(redis, self.keys)
        self.seen: str | None = None  # the incarnation the kept events were queued in
        self.kept: dict[int, deque[tuple[EntryId, bytes]]] = {}  # not yet committed
        self.requeued = 0
        self.queued = 0  # events Redis took, kept ones queued again included
        self.refused = 0  # events refused while Redis was away (the platform sends them again)
        self.outage = Outage("stream intake upkeep")  # a line when Redis goes, not one a second
        self._add_script = redis.register_script(_ADD)
        self._lock = asyncio.Lock()  # one writer at a time keeps the order per stream

    async def submit(self, event: Event) -> Result:
        """An adapter's sink: queue the event for the workers (processing happens there).
        Raises NotQueued while Redis is away: the adapter must not acknowledge the event."""
        try:
            await self._add([(self.router.partition(event), encode_event(event))])
        except RedisError as exc:
            self.refused += 1
            raise NotQueued("Redis", one_line(exc)) from exc
        return Result(Outcome.QUEUED)

    def submit_nowait(self, event: Event) -> asyncio.Future[Result]:
        """Queued behind the events submitted before it (the lock is first come, first
        served); resolves once Redis has it."""
        return asyncio.ensure_future(self.submit(event))

    async def publish(self, events: Iterable[Event], chunk: int = 1000) -> int:
        """Many events at once, pipelined (replays, benchmarks, tests); order kept per stream."""
        count = 0
        batch: list[Pending] = []
        for event in events:
            batch.append((self.router.partition(event), encode_event(event)))
            count += 1
            if len(batch) == chunk:
                await self._add(batch)
                batch = []
        if batch:
            await self._add(batch)
        return count

    def kept_count(self) -> int:
        return sum(len(entries) for entries in self.kept.values())

    async def _add(self, entries: list[Pending]) -> None:
        async with self._lock:
            while True:
                if self.seen is None:
                    self.seen = (await self.incarnation.current()).id
                pipe = self.redis.pipeline(transaction=False)
                for partition, data in entries:
                    keys = [self.keys.incarnation(), self.keys.stream(partition)]
                    await self._add_script(keys, [self.seen, data], client=pipe)
                ids = await pipe.execute()
                refused = []
                for (partition, data), added in zip(entries, ids, strict=True):
                    if added is None:
                        refused.append((partition, data))
                    else:
                        self.kept.setdefault(partition, deque()).append((entry_id(added), data))
                        self.queued += 1
                if not refused:
                    return
                entries = self._lost() + refused

    def _lost(self) -> list[Pending]:
        """Redis forgot what was queued: everything kept goes again, oldest first."""
        lost = [(p, data) for p, entries in self.kept.items() for _, data in entries]
        self.kept, self.seen = {}, None
        self.requeued += len(lost)
        logger.warning("Redis lost its contents; queueing {} uncommitted events again", len(lost))
        return lost

    async def keep_up(self) -> None:
        """Forget what the workers committed; queue again what a restarted Redis lost."""
        async with self._lock:
            if self.seen is None:  # nothing queued yet: only whether Redis answers (/metrics)
                await self.redis.ping()
                return
            before = (await self.incarnation.current()).id
            if before == self.seen:
                cuts = {}
                for partition, entries in self.kept.items():
                    if entries:
                        cuts[partition] = await keep_from(self.redis, self.keys.stream(partition))
                if (await self.incarnation.current()).id == before:  # the cuts are of our Redis
                    for partition, cut in cuts.items():
                        entries = self.kept[partition]
                        while cut is not None and entries and entries[0][0] < entry_id(cut):
                            entries.popleft()
                    return
            lost = self._lost()
        if lost:
            await self._add(lost)

    async def run(self, stopping: asyncio.Event) -> None:
        """Background upkeep of what is kept, until `stopping` is set."""
        outage = self.outage
        while not stopping.is_set():
            try:
                await self.keep_up()
            except Exception as exc:  # Redis away: the next pass tries again
                outage.failed(exc)
            else:
                outage.passed()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stopping.wait(), KEEP_UP_SECONDS)
