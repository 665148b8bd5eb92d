"""Generate an aerich migration for both dialects after changing models.

    python scripts/make_migration.py NAME [--postgres postgres://root@127.0.0.1:5432/test]

The first run writes the initial migration. Each dialect is diffed against a scratch database
brought up to its current migrations: a temporary SQLite file, and a PostgreSQL database
created for the run on the server given by --postgres (and dropped afterwards).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import tempfile
from pathlib import Path

import asyncpg
from aerich import Command
from tortoise import Tortoise

from groupops.core.storage.database import APP, normalise_url, tortoise_config
from groupops.core.storage.migrate import migration_location


def _escape_comments(migration: Path) -> None:
    """A model's docstring naming a command (`/link`) reaches the SQL as `\\/link` inside a
    plain string literal: an invalid escape Python warns about. Doubled, it is the same text."""
    text = migration.read_text(encoding="utf-8")
    migration.write_text(text.replace("`\\/", "`\\\\/").replace(" \\/", " \\\\/"),
                         encoding="utf-8")  # fmt: skip


async def _generate(url: str, dialect: str, name: str) -> None:
    location = migration_location(dialect)
    await Tortoise.init(config=tortoise_config(url))
    command = Command(tortoise_config(url), app=APP, location=str(location))
    if not any(Path(location, APP).glob("*.py")):
        await command.init_db(safe=True)
        # A stable name, so regenerating it (allowed until the first release) is a plain diff.
        for created in Path(location, APP).glob("0_*_init.py"):
            created.rename(created.with_name("0_init.py"))
            _escape_comments(created.with_name("0_init.py"))
        print(f"{dialect}: initial migration written")
    else:
        await command.init()
        await command.upgrade(run_in_transaction=True)
        created = await command.migrate(name, no_input=True)
        print(f"{dialect}: {created or 'no changes'}")
    await Tortoise.close_connections()
    await Tortoise._reset_apps()


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("name")
    parser.add_argument("--postgres", default="postgres://postgres@127.0.0.1:5432/postgres")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        await _generate(normalise_url(f"sqlite://{scratch}/m.db"), "sqlite", args.name)
    server = await asyncpg.connect(args.postgres.replace("postgres://", "postgresql://", 1))
    scratch_db = f"groupops_migrations_{os.getpid()}"
    await server.execute(f"CREATE DATABASE {scratch_db}")
    try:
        base = args.postgres.rsplit("/", 1)[0]
        await _generate(f"{base}/{scratch_db}", "postgres", args.name)
    finally:
        await server.execute(f"DROP DATABASE IF EXISTS {scratch_db}")
        await server.close()


if __name__ == "__main__":
    asyncio.run(main())
