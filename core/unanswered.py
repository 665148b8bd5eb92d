"""How a call the bot waits on speaks up while a service leaves it unanswered.

A database that refuses connections fails at once, and `Outage` logs it. One that hangs (a
stopped server, a proxy that accepts and forwards nothing) fails nothing: the bot went silent
until it answered, which looked like a bot that had died. A watched call logs a warning while
it waits (at 10, 30 and 60 s, then each minute) naming what is waiting, and one line when the
answer comes.

The call is never cancelled: a commit cut midway leaves more to untangle than one that is
late. Watches nest (a write inside a transaction): only the outermost of a task speaks."""

from __future__ import annotations

import asyncio
from contextvars import ContextVar, Token
from types import TracebackType

from loguru import logger

from .outage import DATABASE
from .redaction import one_line

# Seconds since the call began at which it is reported, then one report each REPEAT_SECONDS
# after the last. Read at each call, so tests can shorten them.
WARN_AFTER: tuple[float, ...] = (10.0, 30.0, 60.0)
REPEAT_SECONDS = 60.0

# the task whose outermost watch is running; a task it starts is watched on its own
_watching: ContextVar[asyncio.Task | None] = ContextVar("groupops_unanswered", default=None)


class watch:  # lower case: read as a function, `async with watch(...)`
    """`async with watch("commit of 37 events"):` around a call to the database."""

    __slots__ = ("_due", "_loop", "_said", "_started", "_timer", "_token", "service", "what")

    def __init__(self, what: str, service: str = DATABASE) -> None:
        self.what = what
        self.service = service
        self._token: Token[asyncio.Task | None] | None = None
        self._said = 0  # warnings logged so far

    async def __aenter__(self) -> None:
        task = asyncio.current_task()
        if task is None or _watching.get() is task:  # an outer watch speaks for this call
            return
        self._token = _watching.set(task)
        # A timer rather than a task: this runs for every commit, and a quick call only
        # schedules and cancels it.
        self._loop = asyncio.get_running_loop()
        self._started = self._loop.time()
        self._due = WARN_AFTER[0]
        self._timer = self._loop.call_at(self._started + self._due, self._speak)

    async def __aexit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if self._token is None:
            return
        _watching.reset(self._token)
        self._token = None
        self._timer.cancel()
        if not self._said:  # answered before anyone was told it was late
            return
        waited = self._loop.time() - self._started
        if isinstance(error, asyncio.CancelledError):  # a stop, not the service answering
            logger.info(
                "stopped waiting for {} after {:.0f} s ({})", self.service, waited, self.what
            )
        elif error is not None:  # what the error means is the caller's to log
            logger.info(
                "{} answered after {:.0f} s ({}), with an error: {}",
                self.service,
                waited,
                self.what,
                one_line(error),
            )
        else:
            logger.info("{} answered after {:.0f} s ({})", self.service, waited, self.what)

    def _speak(self) -> None:
        logger.warning(
            "{} has not answered for {:.0f} s ({}); still waiting",
            self.service,
            self._loop.time() - self._started,
            self.what,
        )
        self._said += 1
        later = WARN_AFTER[self._said] if self._said < len(WARN_AFTER) else None
        self._due = later if later is not None else self._due + REPEAT_SECONDS
        self._timer = self._loop.call_at(self._started + self._due, self._speak)
