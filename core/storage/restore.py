"""Putting an SQLite backup back in place of the database. Copying the file over by hand is
not enough: a -wal log a killed bot left beside the database would be replayed onto the
backup when it is next opened, bringing back what was written after the backup. So the file
is refused while a process holds it, its -wal, -shm and -journal files are removed, and the
backup is written to a temporary file in the same folder and renamed over the database (a
crash midway leaves the old database or the new one, never half of each)."""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from pathlib import Path
from typing import NamedTuple

from .backup import PAGES_PER_STEP, SIDE_FILES, BackupError, remove_leftovers
from .database import MIGRATIONS_TABLE, normalise_url, sqlite_file
from .in_use import sqlite_in_use

# a groupops database records its migrations; an interrupted SQLite copy opens as an empty one
MIGRATED = MIGRATIONS_TABLE["sqlite"] + (
    " AND EXISTS (SELECT 1 FROM sqlite_master WHERE name = 'members')"
)


class RestoreError(BackupError):
    pass


class Restored(NamedTuple):
    target: Path  # the database's file
    # erasures (/forgetme) the replaced database recorded and the backup predates: those
    # members are in it again, and their accounts were never kept to erase them by
    erasures_undone: int


def restore(url: str, backup: Path, base_dir: Path) -> Restored:
    """Replace the SQLite database at `url` by `backup`."""
    target = sqlite_file(url, base_dir)
    if target is None:
        if normalise_url(url, base_dir).startswith("sqlite://"):
            raise RestoreError("an in-memory database cannot be restored into")
        raise RestoreError(
            "restore puts back SQLite backups: for PostgreSQL run "
            f"pg_restore --clean --if-exists --no-owner -d DATABASE_URL {backup}"
        )
    if not backup.is_file():
        raise RestoreError(f"{backup}: no such backup")
    if backup.resolve() == target.resolve():
        raise RestoreError(f"{backup} is the database itself: name a backup")
    if not target.parent.is_dir():
        raise RestoreError(f"{target.parent}: no such folder (check database.url)")
    if target.exists() and sqlite_in_use(target):
        raise RestoreError(f"{target} is open in another process: stop groupops first")
    temporary = target.with_name(f".{target.name}.restoring-{os.getpid()}")
    remove_leftovers(temporary)  # room first: an earlier restore killed midway left a copy
    try:
        copy_checked(backup, temporary)
        undone = erasures(target) - erasures(temporary) if target.exists() else set()
        for suffix in SIDE_FILES:
            Path(f"{target}{suffix}").unlink(missing_ok=True)
        os.replace(temporary, target)
    except sqlite3.Error as exc:
        raise RestoreError(f"{backup}: {exc}") from None
    except OSError as exc:
        raise RestoreError(f"{target}: cannot write there ({exc.strerror})") from None
    finally:
        for suffix in ("", *SIDE_FILES):
            Path(f"{temporary}{suffix}").unlink(missing_ok=True)
    return Restored(target, len(undone))


def erasures(database: Path) -> set[str]:
    """The ids of the audit entries of `/forgetme` erasures in an SQLite database."""
    try:
        with closing(sqlite3.connect(f"file:{database}?mode=ro", uri=True)) as db:
            rows = db.execute("SELECT id FROM audit_log WHERE action = 'privacy.erase'")
            return {row[0] for row in rows}
    except sqlite3.Error:  # damaged (what a restore is for) or from before the log: none known
        return set()


def copy_checked(backup: Path, temporary: Path) -> None:
    """Copy through SQLite (what a log beside the backup holds is included), check the copy,
    and make it the operator's alone like the backup."""
    os.close(os.open(temporary, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o600))
    # opened for writing where it may be (as `backup` does its source): a read-only
    # connection to a WAL database leaves -wal and -shm files beside the backup
    mode = "rw" if os.access(backup, os.W_OK) else "ro"
    with (
        closing(sqlite3.connect(f"file:{backup}?mode={mode}", uri=True)) as src,
        closing(sqlite3.connect(temporary)) as dst,
    ):
        src.backup(dst, pages=PAGES_PER_STEP)
        (verdict,) = dst.execute("PRAGMA integrity_check").fetchone()
        migrated = dst.execute(MIGRATED).fetchone() is not None
    if verdict != "ok":
        raise RestoreError(f"{backup}: the backup failed its integrity check ({verdict})")
    if not migrated:  # an empty file passes the check, and would replace every record
        raise RestoreError(
            f"{backup}: holds no groupops database (empty, or a copy cut off midway): "
            "name another backup"
        )
    with open(temporary, "rb") as written:
        os.fsync(written.fileno())
