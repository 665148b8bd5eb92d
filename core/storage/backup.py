"""Backups of the database while the bot runs: SQLite's online backup API (a consistent copy
page by page, writers keep going), or pg_dump for PostgreSQL (one consistent snapshot)."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from contextlib import closing, suppress
from pathlib import Path
from urllib.parse import parse_qsl, unquote, urlsplit

from ..errors import GroupopsError
from .database import normalise_url, sqlite_file

PAGES_PER_STEP = 1024  # between steps the source is unlocked, so the bot keeps writing

# what SQLite keeps beside a database and replays onto whatever file then bears its name
SIDE_FILES = ("-wal", "-shm", "-journal")


class BackupError(GroupopsError):
    pass


def sqlite_backup(source: Path, target: Path) -> None:
    if not source.is_file():
        raise BackupError(f"{source}: no such database (run `groupops migrate` first)")
    # Both in WAL mode (the copy takes its source's), whose -wal and -shm files SQLite removes
    # when the last connection closes: closed here, not only committed (`with` does no more),
    # and the source opened for writing, as a read-only connection may not remove them; left
    # there, they said the database was open in another process.
    source_uri = f"file:{source}?mode=rw"
    with (
        closing(sqlite3.connect(source_uri, uri=True)) as src,
        closing(sqlite3.connect(target)) as dst,
    ):
        src.backup(dst, pages=PAGES_PER_STEP)
    with closing(sqlite3.connect(target)) as check:
        (verdict,) = check.execute("PRAGMA integrity_check").fetchone()
    if verdict != "ok":
        raise BackupError(f"{target}: the copy failed its integrity check ({verdict})")


# URL query parameters libpq reads from its environment: pg_dump connects as the bot does
# (with `?sslmode=require` it must not fall back to plain TCP)
QUERY_ENVIRONMENT = {
    "sslmode": "PGSSLMODE",
    "sslrootcert": "PGSSLROOTCERT",
    "sslcert": "PGSSLCERT",
    "sslkey": "PGSSLKEY",
    "password": "PGPASSWORD",
    "connect_timeout": "PGCONNECT_TIMEOUT",
    "application_name": "PGAPPNAME",
}


CONNECT_TIMEOUT = 60  # seconds pg_dump waits for a server that accepts and never answers


def pg_environment(url: str) -> tuple[dict[str, str], str]:
    """libpq variables for the URL (the password stays out of the process list)."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:  # "Port could not be cast": a password holding an unencoded / # ? @
        raise BackupError(
            "database.url cannot be read: percent-encode / # ? @ in its password (%2F %23 %3F %40)"
        ) from None
    env = {
        "PGHOST": parts.hostname or "",
        "PGPORT": str(port or 5432),
        "PGUSER": unquote(parts.username or ""),
        "PGPASSWORD": unquote(parts.password or ""),
        "PGDATABASE": parts.path.lstrip("/"),
    }
    for key, value in parse_qsl(parts.query):
        if key.lower() in QUERY_ENVIRONMENT:
            env[QUERY_ENVIRONMENT[key.lower()]] = value
        elif key.lower() == "ssl":  # the bot's form (Tortoise reads it as a yes or no)
            env["PGSSLMODE"] = "disable" if value.lower() in ("false", "0", "") else "require"
    return {k: v for k, v in env.items() if v}, env["PGDATABASE"]


def pg_backup(url: str, target: Path) -> None:
    pg_dump = shutil.which("pg_dump")
    if pg_dump is None:
        raise BackupError("pg_dump not found: install the PostgreSQL client (postgresql-client)")
    env, database = pg_environment(url)
    done = subprocess.run(
        [pg_dump, "--format=custom", "--no-owner", "--file", str(target)],
        env={"PGCONNECT_TIMEOUT": str(CONNECT_TIMEOUT)} | os.environ | env,  # never hang
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        # every line: libpq names the host and port on one, the likely cause on the next
        detail = " ".join(done.stderr.split()).removeprefix("pg_dump: error: ") or "failed"
        raise BackupError(f"pg_dump of {database!r}: {detail}")


def claim_target(partial: Path, target: Path) -> None:
    """Create the file the copy goes into empty, readable by the operator alone (every
    member's record), before any copying: SQLite would only say "unable to open database
    file" for a folder it cannot write, where the system names the cause (permission denied,
    read-only)."""
    try:
        os.close(os.open(partial, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    except OSError as exc:
        raise BackupError(f"{target}: cannot write the backup there ({exc.strerror})") from None


def remove_leftovers(kept: Path) -> None:
    """Delete what a copy killed midway left beside `kept` (`.NAME.partial-PID`,
    `.NAME.restoring-PID` and their journals): each is as big as the database, and every
    interrupted run would otherwise leave one more. A process still running keeps its own."""
    stem, _, _ = kept.name.rpartition("-")
    for left in kept.parent.glob(f"{stem}-*"):
        pid = left.name.removeprefix(f"{stem}-")
        for suffix in SIDE_FILES:
            pid = pid.removesuffix(suffix)
        if not pid.isdigit() or left == kept or running(int(pid)):
            continue
        with suppress(OSError):  # not ours to remove: it stays, as before
            left.unlink(missing_ok=True)


def running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process
        return True
    return True


def partial_name(target: Path) -> Path:
    """Where the copy is written until it is whole: a backup killed or out of disk midway
    leaves no file under the backup's name for a later restore to take (an interrupted SQLite
    copy opens as an empty database)."""
    return target.with_name(f".{target.name}.partial-{os.getpid()}")


def backup(url: str, target: Path, base_dir: Path, settings_flag: str = "") -> str:
    """Write a backup of the database at `url` to `target`; returns how to restore it
    (`settings_flag`: the `--settings FILE` the restore needs to find the same database)."""
    full = normalise_url(url, base_dir)
    source = sqlite_file(url, base_dir)
    if source is None and full.startswith("sqlite://"):
        raise BackupError("an in-memory database has nothing to back up")
    if source is not None and not source.is_file():
        raise BackupError(f"{source}: no such database (run `groupops migrate` first)")
    partial = partial_name(target)
    remove_leftovers(partial)  # room first: an earlier backup killed midway left a copy
    claim_target(partial, target)
    try:
        if source is not None:
            sqlite_backup(source, partial)
        else:
            pg_backup(full, partial)
        with open(partial, "rb") as written:  # on disk before it bears the backup's name
            os.fsync(written.fileno())
        for suffix in SIDE_FILES:  # a journal left by an earlier cut-off copy would roll it back
            Path(f"{target}{suffix}").unlink(missing_ok=True)
        os.replace(partial, target)
    except (BackupError, sqlite3.Error, OSError) as exc:
        if isinstance(exc, BackupError):
            raise
        detail = exc.strerror if isinstance(exc, OSError) else exc
        raise BackupError(f"{target}: {detail}") from None
    finally:
        for suffix in ("", *SIDE_FILES):  # nothing half-written left in the folder
            Path(f"{partial}{suffix}").unlink(missing_ok=True)
    target.chmod(0o600)
    if source is not None:
        # not "copy it over": a -wal file left beside the database would be replayed onto it
        return f"restore: stop groupops, then run: groupops restore{settings_flag} {target}"
    return f"restore: pg_restore --clean --if-exists --no-owner -d DATABASE_URL {target}"
