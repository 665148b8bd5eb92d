"""`groupops migrate`: bring the database to the current schema."""

from __future__ import annotations

from pathlib import Path

import click

from ..storage.database import redact_url
from ..storage.migrate import upgrade
from .common import db_option, load, open_named, run_async, settings_option


@click.command()
@settings_option
@db_option()
def migrate(settings_path: Path | None, db_url: str | None) -> None:
    """Apply pending database migrations (a fresh database gets all of them)."""
    settings, path = load(settings_path, required=False)
    url = db_url or settings.database.url

    async def go() -> list[str]:
        database = await open_named(settings, path, db_url, migrate=False)
        try:
            return await upgrade(database)
        finally:
            await database.close()

    applied = run_async(go())
    target = redact_url(url)
    click.echo(f"{target}: applied {', '.join(applied)}" if applied else f"{target}: up to date")
