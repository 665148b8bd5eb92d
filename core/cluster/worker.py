"""`groupops worker`: one process of the cluster.

It keeps a heartbeat, holds a fair share of the partition leases, and for each held partition
first re-processes what the previous owner left unacknowledged (XAUTOCLAIM), then reads new
entries (XREADGROUP). Entries go through the ordinary engine; an entry is acknowledged (XACK)
only once its batch committed, so a crash anywhere before the ack means a redelivery, which
the processed-event key turns into a no-op.
"""

from __future__ import annotations

import asyncio
import contextlib
import math
import os
import socket
import uuid
from collections.abc import Iterable
from typing import cast

from loguru import logger
from redis.asyncio import Redis
from redis.exceptions import RedisError, ResponseError
from redis.typing import KeyT, StreamIdT

from ..adapter import Adapter
from ..clock import Clock
from ..engine import Engine
from ..engine.delivery import Delivery
from ..engine.results import Result
from ..settings.schema import Settings
from ..startup import start_adapter
from ..storage.database import Database
from .eventcodec import decode_event
from .incarnation import Incarnation
from .intake import StreamIntake
from .leases import Fenced, Leases, check_fence
from .outage import Outage
from .partitions import GROUP, Keys, Router, text_of
from .recovery import recover_outbox
from .shared import SharedState
from .ticker import Ticker
from .trimming import Trimmer

Entry = tuple[bytes, dict[bytes, bytes]]
RETRY_SECONDS = 0.5
# After SIGTERM, how long the events in hand may take to commit (a database away holds them)
# before the worker leaves them unacknowledged, for the next owner of their partition.
STOP_GRACE_SECONDS = 5.0


def new_worker_id() -> str:
    return f"{socket.gethostname()}-{os.getpid()}-{uuid.uuid4().hex[:6]}"


class Worker:
    def __init__(
        self,
        settings: Settings,
        database: Database,
        redis: Redis,
        adapters: Iterable[Adapter] = (),
        clock: Clock | None = None,
        worker_id: str | None = None,
    ) -> None:
        self.settings = settings
        self.cluster = settings.cluster
        self.redis = redis
        self.id = worker_id or new_worker_id()
        self.keys = Keys(self.cluster.prefix)
        self.router = Router(settings)
        self.leases = Leases(redis, self.keys, self.id, self.cluster.lease_seconds)
        self.incarnation = Incarnation(redis, self.keys)
        self.incarnation_seen: str | None = None
        self.engine = Engine(settings, database, adapters, clock)
        self.engine.commit_guards.append(self._guard)
        self.engine.on_halt.append(lambda _halted: self._abandon())
        self.engine.outbox.may_deliver = self._may_deliver
        self.engine.outbox.scope = self._owned_communities
        self.shared = SharedState(self.engine, redis, self.keys)
        self.intake = StreamIntake(settings, redis)
        self.ticker = Ticker(self.engine, redis, self.keys, self.router)
        self.trimmer = Trimmer(redis, self.keys, self.cluster.trim_seconds)
        self.reading: set[int] = set()  # partitions whose streams this worker consumes
        self.gaining: set[int] = set()  # leases just taken, their outbox being recovered
        self.claim: set[int] = set()  # newly held: take over their unacknowledged entries first
        self.inflight: dict[int, list[asyncio.Future]] = {}  # submitted, not yet committed
        # Deliveries held back while a held lease awaited renewal; queued again once renewed.
        self.parked: dict[int, list[Delivery]] = {}
        self.stopping = asyncio.Event()
        self.processed = 0

    # --- lifecycle ----------------------------------------------------------------------------

    def stop(self) -> None:
        """SIGTERM: finish the events in hand, within a grace period, then leave."""
        self.stopping.set()
        asyncio.get_running_loop().call_later(STOP_GRACE_SECONDS, self._abandon)

    def _abandon(self) -> None:
        """Stop waiting for the events in hand: unacknowledged, they go to the next owner."""
        self.stopping.set()
        for futures in self.inflight.values():
            for future in futures:
                future.cancel()

    async def run(self) -> None:
        """Until `stopping` is set (SIGTERM); then finish, release leases, leave."""
        await self.engine.start(adapters=False, scheduler=False, recover_outbox=False)
        for adapter in self.engine.adapters.values():  # to deliver; `groupops receive` receives
            await start_adapter(adapter, self.intake, sending_only=True)
        await self._ensure_groups()
        tasks = [
            asyncio.create_task(self._lease_loop(), name="leases"),
            asyncio.create_task(self.ticker.run(self.stopping), name="ticker"),
            asyncio.create_task(self.trimmer.run(self.stopping, self.leases.held), name="trim"),
            asyncio.create_task(self.shared.run(self.stopping), name="shared"),
            asyncio.create_task(self.intake.run(self.stopping), name="intake"),
        ]
        try:
            await self._consume_loop()
        finally:
            self.stopping.set()
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            await self.engine.stop()
            with contextlib.suppress(RedisError):  # an unreachable Redis lets the leases run out
                for partition in list(self.leases.held):
                    await self.leases.release(partition)
                    logger.info("worker {} released partition {}", self.id, partition)
                await self.redis.delete(self.keys.worker(self.id))
            logger.info("worker {} stopped after {} events", self.id, self.processed)
        if self.engine.halted is not None:
            raise self.engine.halted  # a non-zero exit, not a worker that processes nothing

    async def _ensure_groups(self) -> None:
        for partition in range(self.cluster.partitions):
            try:
                await self.redis.xgroup_create(
                    self.keys.stream(partition), GROUP, id="0", mkstream=True
                )
            except ResponseError as exc:
                if "BUSYGROUP" not in str(exc):
                    raise

    # --- leases -------------------------------------------------------------------------------

    async def _lease_loop(self) -> None:
        period = self.cluster.lease_seconds / 3
        outage = Outage("lease pass")
        while not self.stopping.is_set():
            try:
                await self._rebalance()
            except Exception as exc:
                outage.failed(exc)
            else:
                outage.passed()
            await asyncio.sleep(period)

    async def _rebalance(self) -> None:
        seen = await self.incarnation.current()
        if self.incarnation_seen not in (None, seen.id):
            logger.warning("Redis lost its contents; worker {} starts over", self.id)
            for partition in list(self.leases.held):
                self._lose(partition)  # its lease is gone with everything else
            await self._ensure_groups()
        self.incarnation_seen = seen.id
        ttl = int(self.cluster.lease_seconds * 1000)
        await self.redis.set(self.keys.worker(self.id), "1", px=ttl)
        for partition in await self.leases.renew():
            self._lose(partition)
        for partition in [p for p in self.parked if self.leases.still_mine(p)]:
            self.engine.outbox.enqueue(self.parked.pop(partition))
        if seen.age < self.cluster.lease_seconds:
            return  # a worker that held partitions before Redis forgot may still deliver
        live = max(1, len([k async for k in self.redis.scan_iter(self.keys.workers_pattern())]))
        fair = math.ceil(self.cluster.partitions / live)
        start = hash(self.id) % self.cluster.partitions  # spread first picks across workers
        for offset in range(self.cluster.partitions):
            if len(self.leases.held) >= fair:
                break
            partition = (start + offset) % self.cluster.partitions
            if partition in self.leases.held:
                continue
            if await self.leases.try_acquire(partition, self.engine.database) is not None:
                await self._gain(partition)
        extra = len(self.leases.held) - fair
        for partition in sorted(self.leases.held)[: max(0, extra)]:
            self.reading.discard(partition)  # read no more; released once nothing is in flight
            self.claim.discard(partition)

    async def _gain(self, partition: int) -> None:
        for name in self.router.communities_in(partition):
            self.engine.state.invalidate_later(name)  # another worker may have changed it meanwhile
        self.gaining.add(partition)  # held, not read yet: not idle (`_release_idle`)
        try:
            await recover_outbox(self.engine, self.router.communities_in(partition))
        finally:
            self.gaining.discard(partition)
        if partition not in self.leases.held:  # lost meanwhile (a renewal found it taken)
            return
        self.claim.add(partition)
        self.reading.add(partition)
        logger.info("worker {} owns partition {}", self.id, partition)

    def _lose(self, partition: int) -> None:
        self.parked.pop(partition, None)  # the new owner delivers what is pending
        for future in self.inflight.pop(partition, []):
            future.cancel()  # never acknowledged: the new owner processes them
        self.reading.discard(partition)
        self.claim.discard(partition)
        self.leases.forget(partition)
        self.engine.outbox.let_go(self.router.communities_in(partition))
        for name in self.router.communities_in(partition):
            self.engine.state.invalidate_later(name)
        logger.warning("worker {} lost partition {}", self.id, partition)

    async def _release_idle(self) -> None:
        idle = [p for p in self.leases.held if p not in self.reading and p not in self.gaining]
        for partition in idle:
            self.parked.pop(partition, None)
            # Its queued actions are the next owner's to send: forgotten here, and read from
            # the table again if it comes back. The lease goes once none is in flight, so
            # none is sent by both workers.
            if self.engine.outbox.let_go(self.router.communities_in(partition)):
                continue
            await self.leases.release(partition)
            for name in self.router.communities_in(partition):
                self.engine.state.invalidate_later(name)
            logger.info("worker {} released partition {}", self.id, partition)

    async def _guard(self, conn, communities: set[str]) -> None:
        partitions = {self.router.by_community[name] for name in communities}
        try:
            await check_fence(conn, self.leases.held, partitions)
        except Fenced as fenced:
            for partition in fenced.partitions:
                self._lose(partition)
            raise

    def _owned_communities(self) -> list[str]:
        return [name for p in sorted(self.leases.held) for name in self.router.communities_in(p)]

    def _may_deliver(self, delivery: Delivery) -> bool:
        partition = self.router.by_community[delivery.community]
        if self.leases.still_mine(partition):
            return True
        if partition in self.leases.held:  # not renewed lately (a slow Redis): wait for it
            self.parked.setdefault(partition, []).append(delivery)
        return False

    # --- consuming ----------------------------------------------------------------------------

    async def _consume_loop(self) -> None:
        outage = Outage(f"worker {self.id}: reading the streams")
        while not self.stopping.is_set():
            try:
                await self._consume()
            except RedisError as exc:
                # Redis away or restarted: what was not acknowledged is delivered again (and
                # changes nothing twice); streams and groups that vanished are made again.
                outage.failed(exc)
                await asyncio.sleep(RETRY_SECONDS)
                with contextlib.suppress(RedisError):
                    await self._ensure_groups()
                    outage.passed()

    async def _consume(self) -> None:
        loop = asyncio.get_running_loop()
        sweep_at = loop.time() + self.cluster.lease_seconds
        while not self.stopping.is_set():
            await self._release_idle()
            if loop.time() >= sweep_at:
                # A worker that had not yet noticed losing a partition may have read entries
                # after our takeover claim: they sit pending under its name and nobody else
                # would ever take them. Nothing of ours is in flight here (a batch is
                # acknowledged before the loop comes round), so every pending entry of a
                # partition we own is abandoned: claim them all again.
                self.claim |= self.reading
                sweep_at = loop.time() + self.cluster.lease_seconds
            if self.claim:
                partition = min(self.claim)
                entries = await self._claim(partition)
                if entries is None:
                    self.claim.discard(partition)
                    continue
                await self._process({self.keys.stream(partition): entries})
                continue
            if not self.reading:
                await asyncio.sleep(0.05)
                continue
            streams: dict[KeyT, StreamIdT] = {
                self.keys.stream(p): ">" for p in sorted(self.reading)
            }
            # redis-py annotates the sync and async clients and RESP2 and RESP3 replies as one
            # union; this client speaks RESP2: [(stream, [(id, fields), ...]), ...]
            reply = cast(
                list[tuple[bytes, list[Entry]]],
                await self.redis.xreadgroup(
                    GROUP, self.id, streams, count=self.cluster.read_count, block=200
                ),
            )
            if reply:
                await self._process({text_of(s): entries for s, entries in reply})

    async def _claim(self, partition: int) -> list[Entry] | None:
        """The partition's unacknowledged entries (a dead owner's or our own), oldest first."""
        _, entries, *_ = await self.redis.xautoclaim(
            self.keys.stream(partition), GROUP, self.id, 0, "0-0", count=self.cluster.read_count
        )
        entries = [e for e in entries if e is not None and e[1]]
        return entries or None

    async def _process(self, batch: dict[str, list[Entry]]) -> None:
        pending: list[tuple[str, bytes, asyncio.Future[Result]]] = []
        self.inflight.clear()
        for stream, entries in batch.items():
            partition = int(stream.rsplit(":", 1)[1])
            if partition not in self.reading:
                continue  # lost meanwhile: leave the entries to the new owner
            futures = self.inflight.setdefault(partition, [])
            for entry_id, fields in entries:
                future = self.engine.submit_nowait(decode_event(fields[b"e"]))
                futures.append(future)
                pending.append((stream, entry_id, future))
        if not pending:
            return
        await asyncio.gather(*(f for _, _, f in pending), return_exceptions=True)
        self.inflight.clear()
        done: dict[str, list[bytes]] = {}
        for stream, entry_id, future in pending:
            if future.done() and not future.cancelled() and future.exception() is None:
                done.setdefault(stream, []).append(entry_id)
        pipe = self.redis.pipeline(transaction=False)
        for stream, ids in done.items():
            pipe.xack(stream, GROUP, *ids)
        await pipe.execute()
        self.processed += sum(len(ids) for ids in done.values())
