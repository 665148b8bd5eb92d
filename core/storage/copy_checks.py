"""What `groupops copy-db` makes sure of before it copies a row: the source is a groupops
database on the current schema that nothing else has open, and the target holds no rows (it
is then brought to the current schema)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from tortoise.exceptions import OperationalError

from ..redaction import redact_url
from .copying import CopyError, Table
from .database import APP, Database, normalise_url, open_database, sqlite_file
from .in_use import sqlite_in_use
from .migrate import migration_location, pending, upgrade

# other sessions on the source's PostgreSQL database: a running bot, a worker, a console
OTHER_SESSIONS = (
    "SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() "
    "AND pid <> pg_backend_pid() AND backend_type = 'client backend'"
)
LIVE = "stop groupops first (or pass --live to copy a snapshot: what is written after it is lost)"


def check_urls(source: str, target: str, base_dir: Path) -> None:
    if normalise_url(source, base_dir) == normalise_url(target, base_dir):
        raise CopyError(f"--from and --to name the same database ({redact_url(source)})")
    if normalise_url(source, base_dir).startswith("sqlite://:memory:"):
        raise CopyError("an in-memory database has nothing to copy: give --from a file")
    if normalise_url(target, base_dir).startswith("sqlite://:memory:"):
        raise CopyError("an in-memory database is gone when the copy ends: give --to a file")


async def check_source(url: str, base_dir: Path, *, live: bool) -> None:
    """Refuse a source that is no groupops database, is not on this version's schema, or is
    in use by another process (unless `live`)."""
    file = sqlite_file(url, base_dir)
    if file is not None and not live and file.exists() and sqlite_in_use(file):
        raise CopyError(f"{file} is open in another process: {LIVE}")
    database = await open_database(
        url, base_dir=base_dir, migrate=False, existing=True, source="--from"
    )
    try:
        where = redact_url(url)
        waiting = await pending(database)
        if waiting:
            raise CopyError(
                f"{where} is not on the current schema ({', '.join(waiting)} not applied): "
                f"run `groupops migrate --db {where}` on it first"
            )
        newer = await unknown_migrations(database)
        if newer:
            raise CopyError(
                f"{where} was migrated by a newer groupops ({', '.join(newer)}): "
                "upgrade groupops here first"
            )
        if database.dialect == "postgres" and not live:
            (row,) = await database.connection.execute_query_dict(OTHER_SESSIONS)
            if row["n"]:
                raise CopyError(f"{where} has {row['n']} other session(s) open: {LIVE}")
    finally:
        await database.close()


async def unknown_migrations(database: Database) -> list[str]:
    """Migrations the database records that this version does not ship."""
    known = {p.name for p in migration_location(database.dialect).joinpath(APP).glob("*.py")}
    rows = await database.connection.execute_query_dict(
        "SELECT version FROM aerich WHERE app = 'groupops'"
    )
    return sorted(r["version"] for r in rows if r["version"] not in known)


async def prepare_target(url: str, base_dir: Path, tables: Sequence[Table]) -> list[str]:
    """Refuse a target holding rows in any of `tables`; bring it to the current schema.
    Returns the migrations applied."""
    database = await open_database(url, base_dir=base_dir, migrate=False, source="--to")
    try:
        for table in tables:
            try:
                _, rows = await database.connection.execute_query(
                    f'SELECT 1 FROM "{table.name}" LIMIT 1'
                )
            except OperationalError:  # not there yet: the migrations make it
                continue
            if rows:
                raise CopyError(
                    f"{redact_url(url)} already holds data (table {table.name} has rows): "
                    "copy-db fills an empty database only (drop and create it again, or name "
                    "another)"
                )
        return (await upgrade(database)).migrations
    finally:
        await database.close()
