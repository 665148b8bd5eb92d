"""`groupops migrate`: bring the database to the current schema."""

from __future__ import annotations

from pathlib import Path

import click

from ..storage.database import redact_url
from ..storage.migrate import Upgrade, upgrade
from ..storage.schema_sync import summary
from .common import (
    db_option,
    load,
    open_named,
    require_settings_or_db,
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
    require_settings_or_db(path, db_url)
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
