"""How a retrying loop logs a service it cannot reach (the database, Redis): one line when the
outage starts, a reminder now and then while it lasts, one line when the service is back. A
PostgreSQL that refused connections for two minutes otherwise wrote thousands of lines, among
them hundreds of full tracebacks, and buried what came before.

Anything a recognizer does not call an outage is a bug and is logged whole, every time."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Iterator, Sequence

from loguru import logger

from .errors import DatabaseFileLost, DatabaseNotWritable, NotQueued
from .redaction import one_line

# an error -> the name of the service it says is away ("the database"), or None
Recognizer = Callable[[BaseException], str | None]

REMIND_SECONDS = 60.0  # while an outage lasts, one line a minute at most
SLOWEST_REMINDER = 3600.0  # a slowing outage's reminders, each twice as far apart, up to this
DATABASE = "the database"
# SQLSTATE classes a PostgreSQL driver reports for a lost or refused connection: 08 connection
# exception, 57P01-57P03 the server shutting down, crashed or starting up, 53300 too many
# connections
_SQLSTATE_AWAY = ("08", "57P01", "57P02", "57P03", "53300")
# 55000 (object not in prerequisite state) is many things; refusing connections is one of them
# (ALTER DATABASE … ALLOW_CONNECTIONS false, a database being dropped or restored)
_REFUSING = ("55000", "not currently accepting connections")
# asyncpg raises InternalClientError when its connection is out of step with the server: a
# backend terminated between statements sends a FATAL the idle connection did not expect, and
# every statement until the socket is seen closed fails with "cannot switch to state 15;
# another operation (2) is in progress". The pool closes that connection and opens another.
_DESYNCED = "InternalClientError"
_SQLITE_AWAY = (
    "database is locked",
    "unable to open database file",
    "disk i/o error",
    "attempt to write a readonly database",  # made read-only while running
    "database or disk is full",
)
# of those, the ones where the database answers but cannot take the write
_SQLITE_UNWRITABLE = _SQLITE_AWAY[:1] + _SQLITE_AWAY[2:]


def causes(error: BaseException) -> Iterator[BaseException]:
    """The error and what it was raised from (Tortoise wraps the driver's error)."""
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        current = current.__cause__ or current.__context__


def _away(error: BaseException) -> bool:
    # imported here: adapters reach this module through the sink, and `groupops check` loads
    # the adapters' settings without the database layer
    from tortoise.exceptions import DBConnectionError

    if isinstance(error, (OSError, DBConnectionError, DatabaseFileLost, DatabaseNotWritable)):
        return True
    if isinstance(error, sqlite3.OperationalError):
        return str(error).lower().startswith(_SQLITE_AWAY)
    # asyncpg's errors, named without importing the driver (an extra)
    if type(error).__module__.startswith("asyncpg"):
        state = getattr(error, "sqlstate", None) or ""
        if state.startswith(_SQLSTATE_AWAY):
            return True
        if state == _REFUSING[0] and _REFUSING[1] in str(error):
            return True
        if type(error).__name__ == _DESYNCED:
            return True
        return type(error).__name__ == "InterfaceError" and "connection" in str(error)
    return False


def database_away(error: BaseException) -> str | None:
    """DATABASE when `error` says the database cannot be reached, else None."""
    return DATABASE if any(_away(cause) for cause in causes(error)) else None


def queue_away(error: BaseException) -> str | None:
    """The service a sink could not queue an event into (Redis), else None."""
    return next((c.service for c in causes(error) if isinstance(c, NotQueued)), None)


class Outage:
    """One loop's view of the services it needs: reachable, or away since when."""

    def __init__(
        self,
        what: str,
        recognizers: Sequence[Recognizer] = (database_away,),
        clock: Callable[[], float] = time.monotonic,
        *,
        slowing: bool = False,
    ) -> None:
        self.what = what  # "lease pass", "engine"
        self.recognizers = recognizers
        self.clock = clock
        self.slowing = slowing  # reminders twice as far apart each time (a bridge down all night)
        self.remind = REMIND_SECONDS
        self.service: str | None = None  # away, or None
        self.since = 0.0
        self.said = 0.0
        self.failures = 0

    @property
    def away(self) -> bool:
        return self.service is not None

    def recognize(self, error: BaseException) -> str | None:
        return next((name for r in self.recognizers if (name := r(error))), None)

    def unreachable(self, service: str, error: BaseException) -> str:
        """What the first line says of the service and the error: unreachable, or reached
        but refusing the write (a locked or full SQLite file), by cause."""
        for cause in causes(error):
            if isinstance(cause, (DatabaseFileLost, DatabaseNotWritable)):
                return str(cause)  # it names the file and what to do
            said = str(cause).lower()
            if isinstance(cause, sqlite3.OperationalError) and said.startswith(_SQLITE_UNWRITABLE):
                return f"{service} cannot be written ({one_line(cause)})"
        return f"{service} is unreachable ({one_line(error)})"

    def failed(self, error: BaseException) -> None:
        service = self.recognize(error)
        if service is None:
            logger.opt(exception=error).error("{} failed; retrying", self.what)
            return
        now = self.clock()
        self.failures += 1
        if self.service is None:
            self.service, self.since, self.said, self.failures = service, now, now, 1
            self.remind = REMIND_SECONDS
            if any(isinstance(c, DatabaseFileLost) for c in causes(error)):
                return  # said once for every loop, as an error, where it was seen (storage)
            logger.warning(
                "{}: {}; retrying until it is back", self.what, self.unreachable(service, error)
            )
        elif now - self.said >= self.remind:
            self.said = now
            if self.slowing:
                self.remind = min(self.remind * 2, SLOWEST_REMINDER)
            logger.warning(
                "{}: {} still unavailable after {:.0f}s ({} tries; {})",
                self.what,
                self.service,
                now - self.since,
                self.failures,
                one_line(error),
            )

    def passed(self) -> None:
        if self.service is not None:
            logger.info(
                "{}: {} reachable again after {:.0f}s",
                self.what,
                self.service,
                self.clock() - self.since,
            )
        self.service = None
