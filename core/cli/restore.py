"""`groupops restore`: put an SQLite backup back in place of the database (groupops stopped)."""

from __future__ import annotations

from pathlib import Path

import click

from ..storage.backup import BackupError
from ..storage.database import redact_url
from ..storage.restore import restore
from .common import base_dir, db_option, fail, load, settings_option


@click.command("restore")
@settings_option
@db_option()
@click.argument("backup", type=click.Path(dir_okay=False, path_type=Path))
def restore_command(settings_path: Path | None, db_url: str | None, backup: Path) -> None:
    """Put an SQLite backup in place of the database (stop groupops first)."""
    settings, path = load(settings_path, quiet=True)
    url = db_url or settings.database.url
    try:
        target = restore(url, backup, base_dir(path))
    except BackupError as exc:
        fail(f"restore of {redact_url(url)}: {exc}")
    click.echo(f"{backup} -> {target} (restored; start groupops again)")
