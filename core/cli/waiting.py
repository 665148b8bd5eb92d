"""A worker or receiver started while PostgreSQL or Redis is away waits for it, logged as an
outage is while running (one line, a reminder a minute, one when it is back), instead of
exiting: a service restarting under it would otherwise leave it down, and with no receiver no
update is taken. What refuses it (a wrong password, a database that is not there) still
stops it at once with one line."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import TypeVar

from ..backoff import Backoff
from ..errors import StartupError
from ..outage import Outage

T = TypeVar("T")
LONGEST_PAUSE = 15.0  # seconds between two tries while the service is away


def _away(error: BaseException) -> str | None:
    return error.away if isinstance(error, StartupError) else None


async def once_reachable(
    what: str, attempt: Callable[[], Awaitable[T]], stopping: asyncio.Event
) -> T | None:
    """`attempt()`'s result once the service it needs answers; None if `stopping` is set
    first. A `StartupError` that is not an unreachable service is raised at once."""
    outage = Outage(what, (_away,))
    backoff = Backoff(initial=1.0, maximum=LONGEST_PAUSE)
    while True:
        try:
            result = await attempt()
        except StartupError as exc:
            if exc.away is None:
                raise
            outage.failed(exc)
        else:
            outage.passed()
            return result
        try:
            await asyncio.wait_for(stopping.wait(), backoff.next_pause())
        except TimeoutError:
            continue
        return None
