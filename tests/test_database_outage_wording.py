"""The first line of a database outage says what is wrong by cause: a locked or full SQLite
file cannot be written (it is reachable), a server that does not answer is unreachable, and
a file SQLite cannot write is named with what to check."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from loguru import logger

from groupops.core.outage import Outage
from groupops.core.storage.database import Database
from groupops.core.storage.file_identity import FileIdentity


def first_line(error: BaseException) -> str:
    said: list[str] = []
    sink = logger.add(said.append, format="{level} {message}")
    try:
        Outage("engine").failed(error)
    finally:
        logger.remove(sink)
    return said[0].strip()


def test_a_locked_or_full_database_cannot_be_written_and_a_refused_one_is_unreachable():
    locked = first_line(sqlite3.OperationalError("database is locked"))
    assert locked == (
        "WARNING engine: the database cannot be written (database is "
        "locked); retrying until it is back"
    )
    full = first_line(sqlite3.OperationalError("database or disk is full"))
    assert full.startswith("WARNING engine: the database cannot be written (")
    refused = first_line(ConnectionRefusedError(111, "Connect call failed"))
    assert refused.startswith("WARNING engine: the database is unreachable (")


def test_a_file_sqlite_cannot_write_is_named_with_what_to_check(tmp_path: Path):
    path = tmp_path / "groupops.db"
    sqlite3.connect(path).close()
    database = Database(f"sqlite://{path}")
    database.file = FileIdentity(path)
    error = database._cannot_write(sqlite3.OperationalError("disk I/O error"))
    assert error is not None
    assert first_line(error) == (
        f"WARNING engine: {path} cannot be written (disk I/O error): check that it and its "
        "folder are writable by the bot's user and that the disk has free space; retrying "
        "until it is back"
    )
