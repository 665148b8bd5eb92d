"""The run lock on PostgreSQL: a session advisory lock on a connection of its own. The server
lets it go with the session, so a database restart or a terminated backend (an operator's
pg_terminate_backend, a failover) used to leave the run going without it, and a second
`groupops run` then started beside it. The lock is now taken again as soon as the server is
back; if another run took it first, this one is told to stop (`Held.taken`)."""

from __future__ import annotations

import asyncio
import contextlib
from typing import Any

from loguru import logger

from ..errors import StartupError
from ..redaction import redact_url
from .instance import Held, taken_by

LOCK_KEY = 0x67726F75  # "grou": an advisory lock key of this application's own
RECONNECT_EVERY = 1.0  # seconds between tries while the server is away
CHECK_EVERY = 5.0  # seconds between looks at the connection, should no close be signalled


async def _connect(url: str) -> Any:
    import asyncpg  # the postgres extra, which a PostgreSQL URL needs anyway

    return await asyncpg.connect(url.replace("postgres://", "postgresql://", 1))


async def _locked(connection: Any) -> bool:
    return bool(await connection.fetchval("SELECT pg_try_advisory_lock($1)", LOCK_KEY))


# pg_locks lists the whole server's locks: an advisory lock is this database's only where its
# `database` is; another groupops on another database of the server holds the same key
HOLDER = (
    "SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND objid = $1 AND granted "
    "AND database = (SELECT oid FROM pg_database WHERE datname = current_database())"
)


async def _holder(connection: Any) -> str:
    pid = await connection.fetchval(HOLDER, LOCK_KEY)
    return f"server session {pid}" if pid else ""


class _Keeper:
    """Holds the lock's connection and takes the lock again after the connection is lost."""

    def __init__(self, url: str, connection: Any, held: Held) -> None:
        self.url, self.connection, self.held = url, connection, held
        self.lost = asyncio.Event()
        self.watch(connection)
        self.task = asyncio.create_task(self.keep(), name="run-lock")

    def watch(self, connection: Any) -> None:
        connection.add_termination_listener(lambda _connection: self.lost.set())

    async def keep(self) -> None:
        while True:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.lost.wait(), CHECK_EVERY)
            if not self.connection.is_closed():
                continue
            self.lost.clear()
            logger.warning("run lock: the database connection holding it was lost; taking it again")
            if not await self.retake():
                return

    async def retake(self) -> bool:
        while True:
            try:
                connection = await _connect(self.url)
            except Exception:  # still away: the run waits for the database anyway
                await asyncio.sleep(RECONNECT_EVERY)
                continue
            if await _locked(connection):
                self.connection = connection
                self.watch(connection)
                logger.info("run lock: taken again")
                return True
            holder = await _holder(connection)
            await connection.close()
            self.held.problem = _lost_to(redact_url(self.url), holder)
            self.held.taken.set()
            return False

    async def close(self) -> None:
        self.task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await self.task
        if not self.connection.is_closed():
            await self.connection.close()  # the session's lock ends with it


def _lost_to(where: str, holder: str) -> StartupError:
    said = f" ({holder})" if holder else ""
    return StartupError(
        "database.url",
        f"another groupops run took {where}{said} while this one's connection to it was lost: "
        "this one stops, so that only one delivers",
    )


async def _nothing() -> None:
    return None


async def hold_postgres(url: str) -> Held:
    try:
        connection = await _connect(url)
    except Exception:  # unreachable, refused: opening the database says why, in one line
        return Held(_nothing)
    if not await _locked(connection):
        holder = await _holder(connection)
        await connection.close()
        raise taken_by(redact_url(url), holder)
    held = Held(_nothing)
    keeper = _Keeper(url, connection, held)
    held.release = keeper.close
    return held
