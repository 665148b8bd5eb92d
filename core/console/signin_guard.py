"""Failed sign-ins: each is one line in the log at WARNING, naming the address it came from
(never the link tried: it may be a real one a moment too late, or one mistyped by a letter),
and an address with too many in a minute is answered 429 until the minute has passed, so
links cannot be tried in bulk. Counted in this process's memory: a restart forgets them,
which only gives a guesser one more minute's worth."""

from __future__ import annotations

from collections import deque
from datetime import datetime, timedelta

from loguru import logger

from ..segments import T

WINDOW = timedelta(minutes=1)
LIMIT = 10  # failures from one address within WINDOW; the next attempt is answered 429
TOO_MANY = T(
    "Too many failed sign-ins from your address: wait a minute, then open your link again."
)


class SignInGuard:
    """The recent failed sign-ins, by the address they came from."""

    def __init__(self, limit: int = LIMIT, window: timedelta = WINDOW) -> None:
        self.limit, self.window = limit, window
        self._failures: dict[str, deque[datetime]] = {}

    def _recent(self, address: str, now: datetime) -> deque[datetime]:
        times = self._failures.get(address, deque())
        while times and times[0] <= now - self.window:
            times.popleft()
        return times

    def blocked_for(self, address: str, now: datetime) -> int:
        """Seconds until `address` may try again (0: it may now)."""
        times = self._recent(address, now)
        if len(times) < self.limit:
            return 0
        return max(1, int((times[-self.limit] + self.window - now).total_seconds() + 0.999))

    def failed(self, address: str, now: datetime, why: str) -> None:
        """Log a failed sign-in from `address` and count it."""
        # forget the addresses whose failures are all older than the window: the table holds
        # only the last minute's, whoever sends them
        for stale in [a for a in self._failures if not self._recent(a, now)]:
            del self._failures[stale]
        times = self._failures.setdefault(address, deque())
        times.append(now)
        logger.warning(
            "console sign-in failed from {}: {} ({} in the last minute)", address, why, len(times)
        )
