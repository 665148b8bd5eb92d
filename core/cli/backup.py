"""`groupops backup`: a consistent copy of the database while the bot keeps running."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import click

from ..storage.backup import BackupError, backup
from ..storage.database import dialect_of, redact_url
from .common import base_dir, db_option, fail, load, require_settings_or_db, settings_option


def default_name(url: str) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    suffix = "db" if dialect_of(url) == "sqlite" else "dump"
    return Path(f"groupops-{stamp}.{suffix}")


@click.command("backup")
@settings_option
@db_option()
@click.option(
    "--out",
    "target",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Where to write it (default: groupops-YYYYmmdd-HHMMSS.db or .dump here).",
)
def backup_command(settings_path: Path | None, db_url: str | None, target: Path | None) -> None:
    """Back up the database (SQLite online backup, or pg_dump for PostgreSQL)."""
    # with --db, a settings file is not needed: the URL says which database
    settings, path = load(settings_path, required=False, quiet=True)
    require_settings_or_db(path, db_url)
    url = db_url or settings.database.url
    target = target or default_name(url)
    if target.exists():
        fail(f"{target} exists: choose another --out", 2)
    if not target.parent.is_dir():  # a mistyped mount point must not fill the local disk
        fail(f"{target.parent}: no such folder (create it, or check --out)", 2)
    try:
        flag = f" --settings {settings_path}" if settings_path is not None else ""
        flag += f" --db {redact_url(db_url)}" if db_url else ""  # the same database again
        how = backup(url, target, base_dir(path), flag)
    except BackupError as exc:
        fail(f"backup of {redact_url(url)}: {exc}")
    click.echo(f"{redact_url(url)} -> {target} ({target.stat().st_size} bytes)")
    click.echo(how)
