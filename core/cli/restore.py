"""`groupops restore`: put an SQLite backup back in place of the database (groupops stopped)."""

from __future__ import annotations

import asyncio
from pathlib import Path

import click

from ..errors import StartupError
from ..storage.backup import BackupError
from ..storage.database import open_database, redact_url, sqlite_file
from ..storage.restore import restore
from ..storage.schema_errors import SchemaAhead, SchemaBehind
from .common import base_dir, db_option, fail, load, require_settings_or_db, settings_option
from .instance import Held, hold


@click.command("restore")
@settings_option
@db_option()
@click.argument("backup", type=click.Path(dir_okay=False, path_type=Path))
def restore_command(settings_path: Path | None, db_url: str | None, backup: Path) -> None:
    """Put an SQLite backup in place of the database (stop groupops first)."""
    # with --db, a settings file is not needed: the URL says which database
    settings, path = load(settings_path, required=False, quiet=True)
    require_settings_or_db(path, db_url)
    url = db_url or settings.database.url
    where = base_dir(path)
    try:
        # the run lock, held throughout: a `groupops run` is named, and none starts midway
        held = asyncio.run(hold(url, where)) if sqlite_file(url, where) else None
    except StartupError as exc:
        fail(f"restore of {redact_url(url)}: {exc.problem}")
    try:
        restored = restore(url, backup, where)
    except BackupError as exc:
        fail(f"restore of {redact_url(url)}: {exc}")
    finally:
        if held is not None:
            asyncio.run(let_go(held))
    step = asyncio.run(next_step(url, where, db_url))
    click.echo(f"{backup} -> {restored.target} (restored; {step})")
    if restored.erasures_undone:
        click.echo(
            f"note: the backup predates {restored.erasures_undone} erasure(s) by /forgetme: "
            "those members' data is back, and groupops kept nothing naming them to erase it "
            "again (restore a backup taken after them if there is one)",
            err=True,
        )


async def let_go(held: Held) -> None:
    await held.release()


async def next_step(url: str, where: Path, db_url: str | None) -> str:
    """What to do before starting groupops on the restored database: a backup an earlier
    release took lacks this release's tables and columns, and `run` would refuse it."""
    try:
        database = await open_database(url, base_dir=where, migrate=False, existing=True)
    except SchemaBehind:
        named = f" --db {redact_url(db_url)}" if db_url else ""
        return f"it is an earlier release's: run groupops migrate{named}, then start groupops again"
    except SchemaAhead as exc:
        return f"this release cannot run it: {exc.problem}"
    except Exception:  # the file is in place; whatever else is wrong, `run` says
        return "start groupops again"
    await database.close()
    return "start groupops again"
