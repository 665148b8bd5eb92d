"""One platform's delivery lane: a priority queue per chat, the platform's limits, and the
workers (one per concurrency slot) that carry actions out through the adapter.

A chat is in the hands of one worker at a time, so actions to one chat leave in order
(moderation before replies before broadcasts before a raid's holds, then first queued first
sent). A lane delivers only while its adapter is attached and ready: before an adapter
opened, and for a platform with no adapter configured, actions wait in the queue (and in the
outbox table) and do not count as pending for a drain or a shutdown.
"""

from __future__ import annotations

import asyncio
import heapq
from collections import Counter
from collections.abc import Callable
from typing import TYPE_CHECKING

from ..adapter import Adapter
from .ratelimit import Limits

if TYPE_CHECKING:
    from .delivery import Delivery
    from .outbox import Dispatcher

MESSAGE_KINDS = frozenset({"send", "reply", "send_image", "send_private"})  # count against limits


class Lane:
    """One platform's queue, limits and workers."""

    def __init__(self, dispatcher: Dispatcher, platform: str) -> None:
        self.dispatcher = dispatcher
        self.platform = platform
        self.adapter: Adapter | None = None
        self.chats: dict[str, list[Delivery]] = {}
        self.limits: Limits | None = None
        self.ready: asyncio.PriorityQueue[tuple[int, tuple[int, ...], str]] = (
            asyncio.PriorityQueue()
        )
        self.scheduled: set[str] = set()  # chats in `ready`, in flight or waiting on a timer
        self.workers: list[asyncio.Task] = []
        self.queued = 0  # deliveries in `chats`
        # deliveries set aside on a backoff timer, by their `seq`
        self.aside: dict[tuple[int, ...], tuple[Delivery, asyncio.TimerHandle]] = {}
        self.in_flight = 0  # taken by a worker, outcome not yet recorded
        # chats held by their message rate limit, with the timer that looks at them again: an
        # action queued before their first one (one that posts nothing) is looked at at once
        self.limited: dict[str, asyncio.TimerHandle] = {}
        # actions carried out, by kind: a try that fails while this count moves on failed
        # while the platform was up (`Delivery.count_failure`)
        self.done: Counter[str] = Counter()
        # chat -> the action whose failed try holds it (`held`, for /metrics)
        self.failing: dict[str, Delivery] = {}

    @property
    def live(self) -> bool:
        """Whether this lane can deliver now (an adapter attached and open)."""
        return self.adapter is not None and self.adapter.ready.is_set()

    def pending(self) -> int:
        return self.queued + len(self.aside) + self.in_flight

    def held(self) -> int:
        """Chats whose first action failed and waits to be tried again: what follows it in
        the chat waits too. One finished, cancelled or handed over holds nothing."""
        known = self.dispatcher.known
        return sum(1 for delivery in self.failing.values() if delivery.id in known)

    def attach(self, adapter: Adapter, concurrency: int) -> None:
        self.adapter = adapter
        self.limits = self.dispatcher.limits(self.platform, adapter.rate_limits)
        self.workers = [
            asyncio.create_task(self._work(adapter), name=f"deliver-{self.platform}-{i}")
            for i in range(concurrency)
        ]
        for chat in list(self.chats):
            self._wake(chat)

    def put(self, delivery: Delivery) -> None:
        chat = delivery.action.chat
        queue = self.chats.setdefault(chat, [])
        heapq.heappush(queue, delivery)
        self.queued += 1
        self.dispatcher.changed()
        timer = self.limited.get(chat)
        if timer is not None and queue[0] is delivery:  # first now: may not need to wait
            timer.cancel()
            self._release(chat)
        elif self.adapter is not None:
            self._wake(chat)

    def put_later(self, delivery: Delivery, delay: float) -> None:
        """Set `delivery` aside for `delay` seconds; the chat's other actions go on."""

        def put() -> None:
            self.aside.pop(delivery.seq, None)
            self.put(delivery)

        timer = asyncio.get_running_loop().call_later(delay, put)
        self.aside[delivery.seq] = (delivery, timer)

    def _wake(self, chat: str) -> None:
        queue = self.chats.get(chat)
        if queue and chat not in self.scheduled:
            self.scheduled.add(chat)
            self.ready.put_nowait((queue[0].priority, queue[0].seq, chat))

    def _release(self, chat: str) -> None:
        self.limited.pop(chat, None)
        self.scheduled.discard(chat)
        self._wake(chat)

    def hold(self, chat: str, delay: float) -> None:
        """Look at `chat` again in `delay` seconds (its first action stays first)."""
        asyncio.get_running_loop().call_later(delay, self._release, chat)

    async def _work(self, adapter: Adapter) -> None:
        loop = asyncio.get_running_loop()
        limits = self.limits
        assert limits is not None
        while True:
            item = await self.ready.get()
            if not adapter.ready.is_set():  # not open yet (a restart) or closed meanwhile
                self.ready.put_nowait(item)
                await adapter.ready.wait()
                self.dispatcher.changed()
                continue
            chat = item[2]
            queue = self.chats.get(chat)
            if not queue:
                self.scheduled.discard(chat)
                continue
            # A wait leaves the delivery queued; the chat is looked at again when it is over.
            wait = await limits.chat_wait(chat, queue[0].action.kind in MESSAGE_KINDS)
            if wait > 0:
                self.limited[chat] = loop.call_later(wait, self._release, chat)
                continue
            delivery = heapq.heappop(queue)
            self.queued -= 1
            self.in_flight += 1
            try:
                while (pause := await limits.global_wait()) > 0:
                    await asyncio.sleep(pause)
                held = await self.dispatcher.deliver(self, delivery)
            finally:
                self.in_flight -= 1
            if not self.chats.get(chat):
                self.chats.pop(chat, None)
            if held is None:
                self._release(chat)
                self.failing.pop(chat, None)
            else:
                self.hold(chat, held)
                if delivery.attempts:  # a try failed (not only an outage's wait)
                    self.failing[chat] = delivery
            self.dispatcher.changed()

    def withdraw(self, chosen: Callable[[Delivery], bool]) -> list[Delivery]:
        """Take the chosen deliveries out of their chats' queues and off their backoff timers
        (cancelled by an operator, or of a partition handed to another worker), so the actions
        behind them go next; returns those found."""
        taken: list[Delivery] = []
        for seq, (delivery, timer) in list(self.aside.items()):
            if chosen(delivery):
                timer.cancel()
                del self.aside[seq]
                taken.append(delivery)
        for chat, queue in list(self.chats.items()):
            kept = [delivery for delivery in queue if not chosen(delivery)]
            if len(kept) == len(queue):
                continue
            taken += [delivery for delivery in queue if chosen(delivery)]
            heapq.heapify(kept)
            if kept:
                self.chats[chat] = kept
            else:
                del self.chats[chat]
            self.queued -= len(queue) - len(kept)
        self.dispatcher.changed()
        return taken

    def push_front(self, delivery: Delivery) -> None:
        """Back into its chat's queue, where its priority and age put it first again."""
        heapq.heappush(self.chats.setdefault(delivery.action.chat, []), delivery)
        self.queued += 1

    async def stop(self) -> None:
        for task in self.workers:
            task.cancel()
        await asyncio.gather(*self.workers, return_exceptions=True)
        self.workers = []
