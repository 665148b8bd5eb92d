"""A throwaway PostgreSQL database per test, created on the server in GROUPOPS_TEST_POSTGRES;
SQLite databases with the current schema, copied from one migrated once per test session."""

from __future__ import annotations

import atexit
import os
import shutil
import sqlite3
import tempfile
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from tortoise import Tortoise

from groupops.core.bench.scratch import throwaway_postgres
from groupops.core.storage.database import open_database

POSTGRES_ENV = "GROUPOPS_TEST_POSTGRES"
DEFAULT_SERVER = "postgres://postgres@127.0.0.1:5432/test"


def server_url() -> str:
    value = os.environ.get(POSTGRES_ENV, "")
    return value if "://" in value else DEFAULT_SERVER


@asynccontextmanager
async def fresh_postgres() -> AsyncIterator[str]:
    async with throwaway_postgres(server_url(), "groupops_t_") as url:
        yield url


_schema: Path | None = None


def _another_is_open() -> bool:
    context = Tortoise._get_context()
    return context is not None and context._apps is not None


async def migrated_sqlite(path: Path) -> str:
    """`path` becomes a SQLite database with the current schema and no rows. Migrating runs
    once per session (a fresh migration waits on a hundred small writes, a copy on none);
    opening the copy still runs the migrator, which finds nothing to do."""
    global _schema
    if _schema is None:
        if _another_is_open():  # making the template would close it: migrate in place
            return f"sqlite://{path}"
        folder = Path(tempfile.mkdtemp(prefix="groupops-schema-"))
        atexit.register(shutil.rmtree, folder, ignore_errors=True)
        template = folder / "schema.db"
        database = await open_database(f"sqlite://{template}")
        await database.close()
        with sqlite3.connect(template) as db:  # everything in the main file: one file to copy
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        _schema = template
    shutil.copyfile(_schema, path)
    return f"sqlite://{path}"
