"""One `groupops run` per database. A second one started beside it (a redeploy overlapping the
old process, a second terminal) recovered the outbox and delivered from it before failing to
bind its port, so actions could go out twice. The lock is the operating system's or the
server's, so a process killed with SIGKILL releases it: SQLite, an exclusive lock on a file
beside the database; PostgreSQL, a session advisory lock held on a connection of its own."""

from __future__ import annotations

import os
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from ..errors import StartupError
from ..redaction import redact_url
from ..storage.database import normalise_url, sqlite_file

LOCK_KEY = 0x67726F75  # "grou": an advisory lock key of this application's own
Release = Callable[[], Awaitable[None]]


def _taken(where: str, holder: str) -> StartupError:
    said = f" ({holder})" if holder else ""
    return StartupError(
        "database.url", f"another groupops run is using {where}{said}: stop it first"
    )


async def _sqlite(file: Path) -> Release:
    import fcntl  # POSIX; groupops runs on Linux and macOS

    lock = file.with_name(file.name + ".run.lock")
    try:
        handle = lock.open("a+", encoding="utf-8")
    except OSError:  # no folder, read-only: opening the database says why, in one line
        return _nothing
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        handle.seek(0)
        holder = handle.read().strip()
        handle.close()
        raise _taken(str(file), f"process {holder}" if holder else "") from None
    handle.seek(0)
    handle.truncate()
    handle.write(str(os.getpid()))
    handle.flush()

    async def release() -> None:
        handle.close()  # the lock goes with the descriptor; the file stays, harmless

    return release


async def _postgres(url: str) -> Release:
    import asyncpg  # the postgres extra, which a PostgreSQL URL needs anyway

    try:
        connection: Any = await asyncpg.connect(url.replace("postgres://", "postgresql://", 1))
    except Exception:  # unreachable, refused: opening the database says why, in one line
        return _nothing
    got = await connection.fetchval("SELECT pg_try_advisory_lock($1)", LOCK_KEY)
    if not got:
        holder = await connection.fetchval(
            "SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND objid = $1 AND granted",
            LOCK_KEY,
        )
        await connection.close()
        raise _taken(redact_url(url), f"server session {holder}" if holder else "")

    async def release() -> None:
        await connection.close()  # the session's lock ends with it

    return release


async def hold(url: str, base_dir: Path | None) -> Release:
    """Take the database's run lock, or raise naming who holds it; returns its release."""
    file = sqlite_file(url, base_dir)
    if file is not None:
        return await _sqlite(file)
    full = normalise_url(url, base_dir)
    if full.startswith("postgres://"):
        return await _postgres(full)
    return _nothing  # an in-memory database: no one else can open it


async def _nothing() -> None:
    return None
