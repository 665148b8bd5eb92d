"""The first line of a database outage says what is wrong by cause: a locked or full SQLite
file cannot be written (it is reachable), a server that does not answer is unreachable, and
a file SQLite cannot write is named with what to check."""

from __future__ import annotations

import os
import shutil
import sqlite3
import sys
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from loguru import logger
from support.databases import POSTGRES_ENV, server_url

from groupops.core.outage import Outage
from groupops.core.storage.database import Database, _connect_failure, open_database
from groupops.core.storage.file_identity import FileIdentity
from groupops.core.storage.schema_errors import DatabaseError


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


@pytest.mark.skipif(not os.environ.get(POSTGRES_ENV), reason=f"needs {POSTGRES_ENV}")
async def test_a_missing_postgres_database_is_named_with_how_to_create_it():
    server = urlsplit(server_url())
    url = f"postgres://{server.netloc}/dboutfix_nodb"
    with pytest.raises(DatabaseError) as refused:
        await open_database(url)
    where = f"{server.hostname}:{server.port or 5432}"
    assert str(refused.value).endswith(
        f"database dboutfix_nodb does not exist on {where}: create it (createdb dboutfix_nodb)"
    )


def test_a_server_that_never_answers_is_named_with_the_time_waited():
    said = _connect_failure("postgres://bot:pw@127.0.0.1:22098/db", TimeoutError())
    assert said == "no answer from 127.0.0.1:22098 within 60 s"


def test_asyncpg_pool_retries_during_an_outage_are_kept_for_debugging():
    """The pool logged "Failed to restore the pool connection floor; retrying" every few
    seconds of an outage the engine already reports once a minute."""
    import io
    import logging

    from groupops.core.logging import setup_logging
    from groupops.core.settings.schema import LoggingSettings

    out = io.StringIO()
    setup_logging(LoggingSettings(), out)
    try:
        refused = ConnectionRefusedError(111, "Connect call failed")
        pool = logging.getLogger("asyncpg.pool")
        pool.warning("Failed to restore the pool connection floor; retrying", exc_info=refused)
        pool.warning("something else")
    finally:
        logger.remove()
        logger.add(sys.stderr)
    assert "connection floor" not in out.getvalue()
    assert "something else" in out.getvalue()


@pytest.mark.skipif(shutil.which("pg_dump") is None, reason="needs pg_dump (postgresql-client)")
def test_pg_dump_gives_up_on_a_server_that_never_answers(tmp_path, monkeypatch):
    """`groupops backup` against a server that accepts connections and never answers hung."""
    import socket

    from groupops.core.storage import backup

    monkeypatch.delenv("PGCONNECT_TIMEOUT", raising=False)
    monkeypatch.setattr(backup, "CONNECT_TIMEOUT", 2, raising=False)
    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen()
    port = silent.getsockname()[1]
    try:
        with pytest.raises(backup.BackupError) as failed:
            backup.pg_backup(f"postgres://bot:pw@127.0.0.1:{port}/db", tmp_path / "x.dump")
    finally:
        silent.close()
    assert "pg_dump of 'db':" in str(failed.value)
    assert "timeout" in str(failed.value).lower(), failed.value
