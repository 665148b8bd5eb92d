"""`groupops migrate`: bring the database to the current schema."""

from __future__ import annotations

from pathlib import Path

import click

from ..storage.database import redact_url
from ..storage.migrate import Upgrade, upgrade
from ..storage.schema_sync import summary
from .common import (
    DEFAULT_SETTINGS,
    EXIT_SETTINGS,
    db_option,
    fail,
    load,
    open_named,
    run_async,
    settings_option,
)


@click.command()
@settings_option
@db_option()
def migrate(settings_path: Path | None, db_url: str | None) -> None:
    """Apply pending database migrations (a fresh database gets all of them) and add what a
    database made by an earlier release lacks: tables, columns, indexes."""
    # its output is the list of changes: the log's copy of each line would say it twice
    settings, path = load(settings_path, required=False, quiet=True)
    if path is None and db_url is None:
        # run in the wrong folder, it made a stray groupops.db, and then each reading command
        # read that empty database instead of saying the folder was wrong
        fail(
            f"no {DEFAULT_SETTINGS} in {Path.cwd()}: run in the deployment's folder, or pass "
            "--settings, or --db with the database's URL",
            EXIT_SETTINGS,
        )
    url = db_url or settings.database.url

    async def go() -> Upgrade:
        # writes: a read-only file or folder is named, not SQLite's "unable to open"
        database = await open_named(settings, path, db_url, migrate=False, writes=True)
        try:
            return await upgrade(database)
        finally:
            await database.close()

    done = run_async(go())
    target = redact_url(url)
    for change in done.changes:
        click.echo(change.said)
    if done.migrations:
        click.echo(f"{target}: applied {', '.join(done.migrations)}")
    if done.changes:
        click.echo(f"{target}: upgraded to this release's schema: {summary(done.changes)}")
    if not done.migrations and not done.changes:
        click.echo(f"{target}: up to date")
