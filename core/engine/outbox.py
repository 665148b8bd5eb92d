"""Delivery from the persistent outbox: per-platform lanes with rate limits and priorities.

An action reaches a lane only after the transaction that created it committed. A lane keeps a
priority queue per chat (moderation before replies before broadcasts) and hands ready chats to
its workers; a 429 blocks the chat for `retry_after` and the action goes back to the front; a
transient error retries with backoff; nothing is dropped silently. Outcomes are written back
to the outbox in batches. Pending rows are reloaded at start, so a crash loses nothing.
"""

from __future__ import annotations

import asyncio
import heapq
import itertools
import time
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import orjson
from loguru import logger

from ..actions import Action, ActionResult
from ..adapter import Adapter
from ..codec import decode_action
from ..errors import ActionError, Disconnected, RateLimited
from ..storage.models import OutboxItem
from .ratelimit import Limits, LimitsFactory, LocalLimits
from .rendering import render_action
from .tables import OUTBOX_DONE

if TYPE_CHECKING:
    from .engine import Engine

MAX_ATTEMPTS = 8
MESSAGE_KINDS = frozenset({"send", "reply", "send_image", "send_private"})  # count against limits
FLUSH_SECONDS = 0.2
_seq = itertools.count()


@dataclass(slots=True, order=True)
class Delivery:
    priority: int
    seq: int
    id: str = field(compare=False)
    community: str = field(compare=False)
    action: Action = field(compare=False)
    attempts: int = field(default=0, compare=False)
    queued_at: float = field(default_factory=time.monotonic, compare=False)  # for latency

    @classmethod
    def of(cls, outbox_id: str, community: str, action: Action, attempts: int = 0) -> Delivery:
        return cls(
            int(action.effective_priority()), next(_seq), outbox_id, community, action, attempts
        )


Listener = Callable[[Delivery, ActionResult | None, ActionError | None], Awaitable[None] | None]


class Lane:
    """One platform's queue, limits and workers."""

    def __init__(self, dispatcher: Dispatcher, platform: str) -> None:
        self.dispatcher = dispatcher
        self.platform = platform
        self.adapter: Adapter | None = None
        self.chats: dict[str, list[Delivery]] = {}
        self.limits: Limits | None = None
        self.ready: asyncio.PriorityQueue[tuple[int, int, str]] = asyncio.PriorityQueue()
        self.scheduled: set[str] = set()  # chats in `ready`, in flight or waiting on a timer
        self.workers: list[asyncio.Task] = []

    def attach(self, adapter: Adapter, concurrency: int) -> None:
        self.adapter = adapter
        self.limits = self.dispatcher.limits(self.platform, adapter.rate_limits)
        self.workers = [
            asyncio.create_task(self._work(), name=f"deliver-{self.platform}-{i}")
            for i in range(concurrency)
        ]
        for chat in list(self.chats):
            self._wake(chat)

    def put(self, delivery: Delivery) -> None:
        chat = delivery.action.chat
        heapq.heappush(self.chats.setdefault(chat, []), delivery)
        self.dispatcher.queued += 1
        if self.adapter is not None:
            self._wake(chat)

    def _wake(self, chat: str) -> None:
        queue = self.chats.get(chat)
        if queue and chat not in self.scheduled:
            self.scheduled.add(chat)
            self.ready.put_nowait((queue[0].priority, queue[0].seq, chat))

    def _release(self, chat: str) -> None:
        self.scheduled.discard(chat)
        self._wake(chat)

    async def _work(self) -> None:
        loop = asyncio.get_running_loop()
        limits = self.limits
        assert limits is not None
        while True:
            _, _, chat = await self.ready.get()
            queue = self.chats.get(chat)
            if not queue:
                self.scheduled.discard(chat)
                continue
            # A wait leaves the delivery queued; the chat is looked at again when it is over.
            wait = await limits.chat_wait(chat, queue[0].action.kind in MESSAGE_KINDS)
            if wait > 0:
                loop.call_later(wait, self._release, chat)
                continue
            delivery = heapq.heappop(queue)
            self.dispatcher.queued -= 1
            while (pause := await limits.global_wait()) > 0:
                await asyncio.sleep(pause)
            retry_in = await self.dispatcher.deliver(self, delivery)
            if retry_in is not None:
                if isinstance(retry_in, RateLimited):
                    await limits.block(chat, retry_in.retry_after)
                    heapq.heappush(queue, delivery)
                    self.dispatcher.queued += 1
                else:
                    self.put_later(delivery, float(retry_in))
            if not queue:
                self.chats.pop(chat, None)
            self._release(chat)
            self.dispatcher.check_idle()

    def put_later(self, delivery: Delivery, delay: float) -> None:
        self.dispatcher.retrying += 1

        def put() -> None:
            self.dispatcher.retrying -= 1
            self.put(delivery)

        asyncio.get_running_loop().call_later(delay, put)

    async def stop(self) -> None:
        for task in self.workers:
            task.cancel()
        await asyncio.gather(*self.workers, return_exceptions=True)
        self.workers = []


class Dispatcher:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.lanes: dict[str, Lane] = {}
        self.listeners: list[Listener] = []
        self._done: list[tuple] = []
        self._in_flight = 0
        self.queued = 0  # deliveries waiting in lanes
        self.retrying = 0  # deliveries waiting on a backoff timer
        self._idle = asyncio.Event()
        self._idle.set()
        self._flusher: asyncio.Task | None = None
        self.sent = 0
        self.failed = 0
        # Asked before each attempt; False drops the delivery from memory and leaves its row
        # pending (a worker that lost the partition leaves it to the new owner).
        self.may_deliver: Callable[[Delivery], bool] | None = None
        # Builds each lane's limits when its adapter attaches (a cluster shares them in Redis).
        self.limits: LimitsFactory = LocalLimits

    def lane(self, platform: str) -> Lane:
        lane = self.lanes.get(platform)
        if lane is None:
            lane = self.lanes[platform] = Lane(self, platform)
            adapter = self.engine.adapters.get(platform)
            if adapter is not None:
                lane.attach(adapter, self.engine.settings.engine.delivery_concurrency)
        return lane

    async def start(self, *, recover: bool = True) -> None:
        self._flusher = asyncio.create_task(self._flush_loop(), name="outbox-flush")
        if not recover:  # a cluster worker recovers per partition as it acquires them
            return
        rows = (
            await OutboxItem.filter(status="pending")
            .order_by("created_at")
            .values_list("id", "community", "payload", "attempts")
        )
        self.enqueue(Delivery.of(i, c, decode_action(p), a) for i, c, p, a in rows)
        if rows:
            logger.info("outbox: {} pending actions recovered", len(rows))

    def enqueue(self, deliveries: Iterable[Delivery]) -> None:
        for delivery in deliveries:
            self._idle.clear()
            self.lane(delivery.action.chat.platform).put(delivery)

    def pending(self) -> int:
        return self.queued + self._in_flight + self.retrying

    async def deliver(self, lane: Lane, delivery: Delivery) -> RateLimited | float | None:
        """Carry out one action; returns a RateLimited or a delay when it must be retried."""
        assert lane.adapter is not None
        if self.may_deliver is not None and not self.may_deliver(delivery):
            return None
        self._in_flight += 1
        delivery.attempts += 1
        try:
            result = await lane.adapter.perform(render_action(delivery.action))
        except RateLimited as exc:
            delivery.attempts -= 1  # a 429 is not the action's fault
            logger.info("{} {}: {}", lane.platform, delivery.action.chat, exc)
            return exc
        except Disconnected as exc:
            delivery.attempts -= 1  # an outage is not the action's fault: wait, never give up
            logger.info("{} {}: {}", lane.platform, delivery.action.chat, exc)
            return exc.retry_after
        except ActionError as exc:
            if not exc.permanent and delivery.attempts < MAX_ATTEMPTS:
                delay = min(60.0, 2.0 ** (delivery.attempts - 1))
                logger.warning("{} failed ({}), retry in {:g}s", delivery.id, exc, delay)
                return delay
            await self._finish(delivery, None, exc)
        except Exception as exc:  # an adapter bug must not kill the lane
            logger.exception("adapter {} crashed on {}", lane.adapter.name, delivery.id)
            if delivery.attempts < MAX_ATTEMPTS:
                return min(60.0, 2.0 ** (delivery.attempts - 1))
            await self._finish(delivery, None, ActionError(f"adapter crashed: {exc!r}"))
        else:
            await self._finish(delivery, result, None)
        finally:
            self._in_flight -= 1
        return None

    def check_idle(self) -> None:
        if not self.pending():
            self._idle.set()

    async def _finish(
        self, delivery: Delivery, result: ActionResult | None, error: ActionError | None
    ) -> None:
        now = self.engine.clock.now()
        if error is None:
            self.sent += 1
            detail = (
                orjson.dumps(
                    {"message_ids": list(result.message_ids), "invite_link": result.invite_link}
                ).decode()
                if result
                else "{}"
            )
            self._done.append(("sent", delivery.attempts, "", detail, now, delivery.id))
        else:
            self.failed += 1
            logger.warning("{} {} failed for good: {}", delivery.id, delivery.action.kind, error)
            self._done.append(("failed", delivery.attempts, str(error), "", now, delivery.id))
        for listener in self.listeners:
            outcome = listener(delivery, result, error)
            if outcome is not None:
                await outcome

    async def _flush_loop(self) -> None:
        while True:
            await asyncio.sleep(FLUSH_SECONDS)
            await self.flush()

    async def flush(self) -> None:
        if not self._done:
            return
        done, self._done = self._done, []
        try:
            await self.engine.database.write(self.engine.database.connection, [(OUTBOX_DONE, done)])
        except Exception:
            logger.exception("could not record {} delivery outcomes; will retry", len(done))
            self._done[:0] = done

    async def idle(self, timeout: float | None = None) -> bool:
        """Wait until nothing is queued or in flight; False on timeout."""
        try:
            await asyncio.wait_for(self._idle.wait(), timeout)
        except TimeoutError:
            return False
        return True

    async def stop(self, drain_timeout: float = 10.0) -> None:
        if not await self.idle(drain_timeout):
            logger.warning(
                "outbox: {} actions still pending at shutdown; sent on next start", self.pending()
            )
        for lane in self.lanes.values():
            await lane.stop()
        if self._flusher:
            self._flusher.cancel()
            await asyncio.gather(self._flusher, return_exceptions=True)
        await self.flush()
