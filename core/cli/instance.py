"""One `groupops run` per database. A second one started beside it (a redeploy overlapping the
old process, a second terminal) recovered the outbox and delivered from it before failing to
bind its port, so actions could go out twice. The lock is the operating system's or the
server's, so a process killed with SIGKILL releases it: SQLite, an exclusive lock on a file
beside the database; PostgreSQL, a session advisory lock held on a connection of its own,
taken again when that connection is lost (instance_postgres.py)."""

from __future__ import annotations

import asyncio
import os
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import StartupError
from ..storage.database import normalise_url, sqlite_file

Release = Callable[[], Awaitable[None]]


@dataclass(slots=True)
class Held:
    """The run lock while it is held: `release` lets it go; `taken` is set, with `problem`,
    when another run took it while this one's hold was lost (the database restarted)."""

    release: Release
    taken: asyncio.Event = field(default_factory=asyncio.Event)
    problem: StartupError | None = None


def taken_by(where: str, holder: str) -> StartupError:
    said = f" ({holder})" if holder else ""
    return StartupError(
        "database.url", f"another groupops run is using {where}{said}: stop it first"
    )


async def _sqlite(file: Path) -> Held:
    import fcntl  # POSIX; groupops runs on Linux and macOS

    lock = file.with_name(file.name + ".run.lock")
    try:
        handle = lock.open("a+", encoding="utf-8")
    except OSError:  # no folder, read-only: opening the database says why, in one line
        return Held(_nothing)
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        handle.seek(0)
        holder = handle.read().strip()
        handle.close()
        raise taken_by(str(file), f"process {holder}" if holder else "") from None
    handle.seek(0)
    handle.truncate()
    handle.write(str(os.getpid()))
    handle.flush()

    async def release() -> None:
        handle.close()  # the lock goes with the descriptor; the file stays, harmless

    return Held(release)


async def hold(url: str, base_dir: Path | None) -> Held:
    """Take the database's run lock, or raise naming who holds it."""
    from .instance_postgres import hold_postgres

    file = sqlite_file(url, base_dir)
    if file is not None:
        return await _sqlite(file)
    full = normalise_url(url, base_dir)
    if full.startswith("postgres://"):
        return await hold_postgres(full)
    return Held(_nothing)  # an in-memory database: no one else can open it


async def _nothing() -> None:
    return None
