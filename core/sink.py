"""The event sink: where an adapter pushes the events it maps, and what it learns back.

Two entries, one meaning. An event is *committed* once its effects, its processed key and the
actions it caused are in the database in one transaction (or it was found to be a duplicate).
An adapter acknowledges its platform (the next poll offset, a webhook's 200, a stream ack) only
after every event the update carried is committed, so a crash before the commit never loses an
update: the platform delivers it again and the processed key drops the copy.

- `await sink.submit(event)` returns once the event is committed; an exception means it was
  not, and the update must not be acknowledged.
- `sink.submit_nowait(event)` queues the event now and returns a future that resolves at its
  commit (as `submit` would return). Events are processed in the order they were submitted,
  whichever entry took them, so an adapter may queue a whole batch and acknowledge it once all
  its futures resolved: no task per event, which is most of the intake's cost at thousands of
  updates a second.

The engine is a sink; `CallbackSink` makes one of a coroutine function (tests, embedding).
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any, Protocol

from .backoff import Backoff
from .events import Event
from .outage import Outage, database_away, queue_away


class EventSink(Protocol):
    async def submit(self, event: Event) -> Any:
        """Process `event`; returns once it is committed. Then the platform may be told."""
        ...

    def submit_nowait(self, event: Event) -> Awaitable[Any]:
        """Queue `event` now; the result resolves once it is committed (not before: the
        platform may be told only then)."""
        ...


class CallbackSink:
    """A sink whose commit is a coroutine function returning (a test's collector)."""

    def __init__(self, commit: Callable[[Event], Awaitable[Any]]) -> None:
        self.commit = commit

    async def submit(self, event: Event) -> Any:
        return await self.commit(event)

    def submit_nowait(self, event: Event) -> asyncio.Future[Any]:
        return asyncio.ensure_future(self.commit(event))


class HeldSubmit:
    """For an adapter whose platform never sends an event twice (a bridge's event stream):
    an event the sink cannot take because a service is away (Redis, the database) is offered
    again with backoff until it is taken, holding the ones after it; the outage is logged as
    one line at its start, a reminder a minute and one at its end. Anything else raises."""

    def __init__(self, what: str) -> None:
        self.outage = Outage(what, (queue_away, database_away))
        self.backoff = Backoff(0.5, 30.0)

    async def submit(self, sink: EventSink, event: Event) -> Any:
        while True:
            try:
                result = await sink.submit(event)
            except Exception as exc:
                if self.outage.recognize(exc) is None:
                    raise
                self.outage.failed(exc)
                await asyncio.sleep(self.backoff.next_pause())
                continue
            self.outage.passed()
            self.backoff.reset()
            return result
