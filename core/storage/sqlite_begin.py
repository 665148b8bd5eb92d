"""A SQLite transaction cancelled as it begins gives back the connection's lock.

Tortoise runs every SQLite statement on one connection behind one `asyncio.Lock`. A
transaction takes that lock, then sends COMMIT and BEGIN to SQLite's thread; when its task is
cancelled while those run (an adapter's intake stopped as it saves its sync position, a
shutdown cancelling a loop mid-write), Tortoise's `__aenter__` gives up without the `async
with` body, so its exit, the one place that releases the lock, never runs. The lock stays
taken and every later statement of the process waits for it for ever, without an error, a
log line or a timer: a bot restarted in the same process (the Matrix tests' redeploy) hung
there on its first read.

`install` wraps Tortoise's `__aenter__`: when it fails after taking the lock, the BEGIN it may
have sent is rolled back, the task's current connection is put back and the lock released.
"""

from __future__ import annotations

import asyncio
from contextlib import suppress
from typing import Any

from tortoise.backends.sqlite.client import SqliteTransactionContext
from tortoise.connection import get_connections


class _Taken:
    """The connection's lock, knowing whether this transaction took it: a cancel while
    waiting for it leaves it to whoever holds it."""

    def __init__(self, lock: asyncio.Lock) -> None:
        self.lock, self.held = lock, False

    async def acquire(self) -> bool:
        await self.lock.acquire()
        self.held = True
        return True

    def release(self) -> None:
        self.held = False
        self.lock.release()

    def locked(self) -> bool:
        return self.lock.locked()


async def _let_go(context: Any) -> None:
    """Undo what a failed `__aenter__` did after taking the lock, the lock last; the error
    that made it fail is the one raised."""
    try:
        token = getattr(context, "token", None)
        if token is not None and not getattr(token, "_used", False):
            get_connections().reset(token)
        link = getattr(context.connection, "_connection", None)
        if link is not None:
            # queued on SQLite's thread behind the BEGIN, before the lock is free: it ends
            # that transaction, not the next holder's, even if this await is cancelled too
            with suppress(Exception):  # the file gone, the connection closed: nothing open
                await link.rollback()
    finally:
        context._trxlock.release()


def install() -> None:
    """Make Tortoise's SQLite transactions give their lock back when entering fails."""
    enter = SqliteTransactionContext.__aenter__
    if getattr(enter, "gives_back", False):
        return

    async def entered(self: SqliteTransactionContext) -> Any:
        taken = self._trxlock if isinstance(self._trxlock, _Taken) else _Taken(self._trxlock)
        self._trxlock = taken  # type: ignore[assignment]  # __aexit__ releases through it
        try:
            return await enter(self)
        except BaseException:
            if taken.held:
                await _let_go(self)
            raise

    entered.gives_back = True  # type: ignore[attr-defined]
    SqliteTransactionContext.__aenter__ = entered  # type: ignore[method-assign]
