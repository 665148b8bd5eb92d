"""Opening the database: SQLite by default, PostgreSQL by URL, migrated on first start."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import AsyncIterator, Iterable, Sequence
from contextlib import asynccontextmanager, suppress
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from loguru import logger
from tortoise import Tortoise, connections
from tortoise.backends.base.client import BaseDBAsyncClient

from ..errors import DatabaseNotWritable
from ..extras import missing_extra
from ..outage import causes, database_away
from ..redaction import one_line, redact_url
from ..unanswered import watch
from . import sqlite_begin, sqlite_threads
from .file_identity import FileIdentity
from .fitting import fitted, refuses_value
from .schema_errors import DatabaseError, SchemaAhead, SchemaBehind
from .sqlite_write import sqlite_write
from .statements import Statement, compiled, in_list
from .transactions import transaction
from .urls import url_problem

APP = "groupops"
sqlite_begin.install()  # a transaction cancelled as it begins must not keep SQLite's lock
MODEL_MODULES = ["groupops.core.storage.models", "aerich.models"]
# Faster commits with WAL and no fsync per transaction; a power cut may lose the last
# transactions but never corrupts the file.
# Tortoise's own default journal_size_limit (16 KB) truncates the write-ahead log after every
# checkpoint, and the file is grown again at once: a truncate a checkpoint, about 7 µs an event
# at bench load. Kept up to 64 MB, with a checkpoint every 4,000 pages (16 MB) instead of 1,000.
# Deleted rows are overwritten, not left in free pages where a look at the file's bytes finds
# them: a member erased by /forgetme (the default of Debian's SQLite, not of every build).
SQLITE_PRAGMAS = (
    "journal_mode=WAL&synchronous=NORMAL&foreign_keys=OFF"
    "&journal_size_limit=67108864&wal_autocheckpoint=4000&secure_delete=ON"
)


# what SQLite says when its file cannot be written: the file or folder read-only, the disk
UNWRITABLE = ("disk i/o error", "attempt to write a readonly database", "database or disk is full")


def normalise_url(url: str, base_dir: Path | None = None) -> str:
    """Resolve a relative SQLite path against the settings file's folder; add pragmas."""
    scheme, _, rest = url.partition("://")
    if scheme != "sqlite":
        return "postgres://" + rest if scheme in ("postgresql", "asyncpg") else url
    path, _, query = rest.partition("?")
    if path != ":memory:" and not Path(path).is_absolute() and base_dir is not None:
        path = str((base_dir / path).resolve())
    return f"sqlite://{path}?{query or SQLITE_PRAGMAS}"


def sqlite_file(url: str, base_dir: Path | None = None) -> Path | None:
    """The file an SQLite URL names (resolved as `normalise_url` does); None for another
    database or an in-memory one."""
    full = normalise_url(url, base_dir)
    if not full.startswith("sqlite://"):
        return None
    path = full.removeprefix("sqlite://").partition("?")[0]
    return None if path == ":memory:" else Path(path)


def unwritable(file: Path) -> str | None:
    """Why the bot could not write an SQLite file, or None. Reading it works either way, so
    without this a bot on a read-only file starts, then retries every commit forever."""
    if file.exists() and not os.access(file, os.W_OK):
        return f"{file} is read-only (check its owner, mode and flags: the bot writes to it)"
    folder = file.parent
    if folder.is_dir() and not os.access(folder, os.W_OK):
        return f"{folder} is read-only (SQLite writes its journal beside {file.name})"
    return None


def dialect_of(url: str) -> str:
    return "sqlite" if url.startswith("sqlite") else "postgres"


def tortoise_config(url: str) -> dict[str, Any]:
    # The connection is named after its dialect: Tortoise caches compiled SQL per connection
    # name, so a process that opens SQLite and then PostgreSQL must not reuse one name.
    connection = dialect_of(url)
    return {
        "connections": {connection: url},
        "apps": {APP: {"models": MODEL_MODULES, "default_connection": connection}},
        "use_tz": True,
        "timezone": "UTC",
    }


class Database:
    """The open connection plus helpers for the engine's bulk writes."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.dialect = dialect_of(url)
        self._client: BaseDBAsyncClient | None = None
        self.fitting = False  # set once PostgreSQL refused a value (fitting.py)
        self.file: FileIdentity | None = None  # the SQLite file opened (file_identity.py)

    def watch_file(self) -> None:
        path = sqlite_file(self.url)
        if path is not None and path.exists():
            self.file = FileIdentity(path)

    async def _check_file(self) -> None:
        """Refuse to go on once the SQLite file was deleted or replaced (file_identity.py)."""
        file = self.file
        if file is None or (file.lost is None and not file.gone()):
            return
        if file.lost is None:  # first seen: fold the write-ahead log into the open file
            with suppress(Exception):
                await self.connection.execute_script("PRAGMA wal_checkpoint(TRUNCATE)")
        raise file.lose()

    async def fold_log(self) -> None:
        """SQLite: fold the write-ahead log into the file and empty it, so that the page images
        it kept of rows since erased (/forgetme) go with it. PostgreSQL: nothing to do."""
        if sqlite_file(self.url) is not None:
            with suppress(Exception):  # busy (a backup reading): the next checkpoint folds it
                await self.connection.execute_script("PRAGMA wal_checkpoint(TRUNCATE)")

    def pin(self) -> None:
        """Remember the client the engine's tasks will share.

        Tortoise keeps connections per context; a close from another task (a signal
        handler, a test fixture) would otherwise miss them and leave SQLite's worker
        thread alive, which keeps the process from exiting.
        """
        self._client = connections.get(self.dialect)

    @property
    def connection(self) -> BaseDBAsyncClient:
        return connections.get(self.dialect)

    @asynccontextmanager
    async def transaction(self, what: str = "a transaction") -> AsyncIterator[BaseDBAsyncClient]:
        """A transaction whose wait is logged if the database stops answering (`what` names
        it: "commit of 37 events"); the body is expected to do database work only."""
        await self._check_file()
        try:
            async with watch(what), transaction(self.dialect) as conn:
                yield conn
        except Exception as exc:
            cannot = self._cannot_write(exc)
            if cannot is None:
                raise
            raise cannot from exc

    def _cannot_write(self, error: BaseException) -> DatabaseNotWritable | None:
        """A read-only or failing SQLite file, named: SQLite's "disk I/O error" says neither
        which file nor what to look at."""
        if self.file is None:
            return None
        for cause in causes(error):
            if isinstance(cause, sqlite3.OperationalError):
                said = str(cause)
                if said.lower().startswith(UNWRITABLE):
                    return DatabaseNotWritable(str(self.file.path), said)
        return None

    async def write(
        self,
        conn: BaseDBAsyncClient,
        batches: Iterable[tuple[Statement[Any], Sequence[Sequence[Any]]]],
        what: str = "a write",
    ) -> None:
        async with watch(what):  # inside `transaction` the transaction's watch speaks
            if self.dialect == "sqlite":
                await sqlite_write(conn, batches)
                return
            for statement, rows in batches:
                if rows:
                    values: list[Any] = fitted(statement, rows) if self.fitting else list(rows)
                    try:
                        await conn.execute_many(compiled(statement, self.dialect), values)
                    except Exception as exc:
                        if refuses_value(exc) and not self.fitting:  # tried again, fitted
                            self.fitting = True
                            logger.warning(
                                "the database refused a value ({}); values are made to fit "
                                "from now on",
                                one_line(exc),
                            )
                        raise

    async def existing_keys(
        self, table: str, column: str, keys: Sequence[str], what: str = ""
    ) -> set[str]:
        """Which of `keys` the unique `column` of `table` already holds."""
        if not keys:
            return set()
        what = what or f"looking up {len(keys)} keys in {table}"
        if self.dialect == "sqlite":
            await self._check_file()
            async with watch(what):
                return await self._existing(self.connection, table, column, keys)
        # PostgreSQL: the statement is prepared, and a plan made while the table was small (a
        # fresh database) is a sequential scan that stays cached as the table grows, until
        # autovacuum next analyses it: 100 ms a batch at 50,000 keys instead of a few. Index
        # probes are right at every size for a lookup by unique key.
        async with self.transaction(what) as conn:
            await conn.execute_script("SET LOCAL enable_seqscan = off")
            return await self._existing(conn, table, column, keys)

    async def _existing(
        self, conn: BaseDBAsyncClient, table: str, column: str, keys: Sequence[str]
    ) -> set[str]:
        found: set[str] = set()
        for start in range(0, len(keys), 500):
            chunk = list(keys[start : start + 500])
            marks = in_list(self.dialect, len(chunk))
            sql = f"SELECT {column} FROM {table} WHERE {column} IN ({marks})"
            _, rows = await conn.execute_query(sql, chunk)
            found.update(row[column] if isinstance(row, dict) else row[0] for row in rows)
        return found

    async def close(self) -> None:
        if self._client is not None:
            await self._client.close()
            self._client = None
        await Tortoise.close_connections()
        await Tortoise._reset_apps()  # the next open may be another database


async def open_database(
    url: str,
    *,
    base_dir: Path | None = None,
    migrate: bool = True,
    existing: bool = False,
    writes: bool = False,
    source: str = "database.url",
) -> Database:
    """Connect, and apply the migrations a fresh database needs; one an earlier release made,
    lacking tables or columns of this one, is refused (`groupops migrate` upgrades it, after a
    backup, saying what it changes) rather than failing mid-command. With `existing`, an
    SQLite file that is not there is refused instead of made (a command that only reads,
    given a mistyped path, would otherwise show an empty database). With `writes` (the bot, a
    worker), an SQLite file it cannot write is refused. Errors name `source`, where the URL
    came from."""
    problem = url_problem(url)  # Tortoise says "Unknown DB scheme:" and no more
    if problem is not None:
        raise DatabaseError(problem, source)
    full_url = normalise_url(url, base_dir)
    file = sqlite_file(url, base_dir) if existing else None
    if file is not None and not file.exists():
        raise DatabaseError(f"{file}: no such database (check the path)", source)
    written = sqlite_file(url, base_dir) if writes else None
    why = unwritable(written) if written is not None else None
    if why is not None:
        raise DatabaseError(why, source)
    workers = sqlite_threads.worker_threads()
    try:
        await Tortoise.init(config=tortoise_config(full_url))
        database = Database(full_url)
        await database.connection.execute_query("SELECT 1")  # reach it now, not mid-migration
        database.watch_file()
    except ModuleNotFoundError as exc:  # the driver of this dialect (asyncpg) is an extra
        raise missing_extra(f"the database {redact_url(url)}", exc) from None
    except Exception as exc:
        with suppress(Exception):  # nothing to close when the URL was refused
            await Tortoise.close_connections()
        await sqlite_threads.settle(workers)
        said = _connect_failure(url, exc) or one_line(exc)
        if "port" in said.lower() and "integer" in said.lower():  # the URL split at a / or #
            said += " (percent-encode / # ? @ in the password: %2F %23 %3F %40)"
        away = _unreachable(exc)  # not refusing us: a worker waits for it
        raise DatabaseError(f"cannot open {redact_url(url)}: {said}", source, away=away) from None
    if existing and not await has_schema(database):
        await database.close()  # a command that only reads adds no schema to another's
        where = file if file is not None else redact_url(url)
        raise DatabaseError(f"{where}: not a groupops database (no migrations table)", source)
    if migrate or existing:  # a command that uses the data: on this release's schema only
        from .migrate import apply_migrations
        from .schema_sync import plan_for

        if migrate:
            await apply_migrations(database)
        plan = await plan_for(database)
        if plan.unknown:  # a newer release's: refused before anything is written
            await database.close()
            raise SchemaAhead(plan.unknown, source)
        if plan.changes or plan.conflicts:  # an earlier release's: queries would fail midway
            await database.close()
            raise SchemaBehind(url, source)
    database.pin()
    return database


CONNECT_TIMEOUT = 60  # asyncpg's own, which Tortoise keeps


def _unreachable(error: BaseException) -> str | None:
    """The database as a service that is away (nothing listens, no answer, shutting down), not
    one that answered no (a wrong password, a database that is not there)."""
    answered = next((c for c in causes(error) if getattr(c, "sqlstate", None)), None)
    return database_away(answered if answered is not None else error)


def _connect_failure(url: str, error: BaseException) -> str | None:
    """A PostgreSQL connection's foreseeable failures said in one line: Tortoise's own
    message ("Can't establish connection to database nodb") names neither cause nor server."""
    parts = urlsplit(normalise_url(url))
    try:
        where = f"{parts.hostname or 'localhost'}:{parts.port or 5432}"
    except ValueError:  # a port that is no number: said as it is
        return None
    name = parts.path.lstrip("/")
    for cause in causes(error):
        if type(cause).__name__ == "InvalidCatalogNameError":  # asyncpg, not imported (an extra)
            return f"database {name} does not exist on {where}: create it (createdb {name})"
        if isinstance(cause, TimeoutError):
            return f"no answer from {where} within {CONNECT_TIMEOUT} s"
        if isinstance(cause, ConnectionRefusedError):  # said as "[Errno 111] Connect call…"
            return f"nothing listens on {where} (is PostgreSQL running there, on that port?)"
    return None


MIGRATIONS_TABLE = {
    "sqlite": "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'aerich'",
    "postgres": "SELECT 1 FROM information_schema.tables WHERE table_name = 'aerich' "
    "AND table_schema = current_schema()",
}


async def has_schema(database: Database) -> bool:
    """Whether groupops' migrations ever ran in this database (its migrations table)."""
    query = MIGRATIONS_TABLE[database.dialect]
    return bool(await database.connection.execute_query_dict(query))
