"""PostgreSQL databases for tests on the server in GROUPOPS_TEST_POSTGRES: a throwaway one, or
one emptied for the next test; SQLite databases with the current schema, copied from one
migrated once per test session."""

from __future__ import annotations

import atexit
import os
import shutil
import sqlite3
import tempfile
import uuid
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


# Creating, migrating and dropping a PostgreSQL database costs 2-4 s, against some 30 ms for
# emptying one: a test's database is emptied afterwards and handed to the next test of this
# process, unless the test changed its schema (it is dropped then)
_emptied: list[str] = []
_made: set[str] = set()
_schema_of_pooled: str | None = None
SCHEMA = (
    "SELECT md5(coalesce(string_agg(table_name || '.' || column_name || ':' || data_type, ','"
    " ORDER BY table_name, column_name), '') || coalesce((SELECT string_agg(indexdef, ','"
    " ORDER BY indexdef) FROM pg_indexes WHERE schemaname = 'public'), ''))"
    " FROM information_schema.columns WHERE table_schema = 'public'"
)
TABLES = "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'aerich'"
SEQUENCES = "SELECT sequencename FROM pg_sequences WHERE schemaname = 'public'"
OTHERS = (
    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
    " WHERE datname = current_database() AND pid <> pg_backend_pid()"
)


@asynccontextmanager
async def pooled_postgres() -> AsyncIterator[str]:
    """A database with no rows (with the schema unless it is new), for one test."""
    url = _emptied.pop() if _emptied else await _create()
    try:
        yield url
    finally:
        if await _empty(url):
            _emptied.append(url)
        else:
            await _drop(url)


async def _admin(url: str):
    import asyncpg

    return await asyncpg.connect(url.replace("postgres://", "postgresql://", 1))


async def _create() -> str:
    server = server_url()
    name = f"groupops_t_{uuid.uuid4().hex[:12]}"
    admin = await _admin(server)
    try:
        await admin.execute(f'CREATE DATABASE "{name}"')
    finally:
        await admin.close()
    url = f"{server.rsplit('/', 1)[0]}/{name}"
    _made.add(url)
    return url


async def _drop(url: str) -> None:
    _made.discard(url)
    admin = await _admin(server_url())
    try:
        await admin.execute(f'DROP DATABASE IF EXISTS "{url.rsplit("/", 1)[1]}" WITH (FORCE)')
    finally:
        await admin.close()


async def _empty(url: str) -> bool:
    """Delete every row (the migrations' record kept); False when the schema is not the one
    the pool's databases have (a test altered it) or the database is gone."""
    global _schema_of_pooled
    try:
        connection = await _admin(url)
    except Exception:
        return False
    try:
        await connection.execute(OTHERS)  # what the test left connected
        tables = [row[0] for row in await connection.fetch(TABLES)]
        if not tables:
            return True  # never migrated: as new
        schema = await connection.fetchval(SCHEMA)
        _schema_of_pooled = _schema_of_pooled or schema
        if schema != _schema_of_pooled:
            return False
        sequences = [row[0] for row in await connection.fetch(SEQUENCES)]
        async with connection.transaction():
            await connection.execute(
                "SET LOCAL session_replication_role = replica;"  # no foreign-key order
                + "".join(f'DELETE FROM "{table}";' for table in tables)
                + "".join(f"SELECT setval('\"{s}\"', 1, false);" for s in sequences)
            )
        return True
    except Exception:
        return False
    finally:
        await connection.close()


async def drop_pooled() -> None:
    """At the end of the session: drop what this process made and kept."""
    _emptied.clear()
    for url in list(_made):
        await _drop(url)


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
