"""Copying a groupops database into another (SQLite to PostgreSQL, or back): every table of the
models in batches, primary keys kept, PostgreSQL's id sequences moved past the copied ids, the
row counts compared at the end.

The source is read in one read-only transaction, so the copy is one consistent snapshot even
if something writes meanwhile (what it writes after the snapshot is not copied); the target is
written in one transaction, so a copy that fails leaves it empty, ready for another try.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from tortoise import Tortoise
from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.fields import CharField, Field
from tortoise.models import Model
from tortoise.transactions import in_transaction

from ..errors import GroupopsError
from ..extras import missing_extra
from ..redaction import one_line, redact_url
from .database import APP, MODEL_MODULES, Database, dialect_of, normalise_url, open_database
from .statements import Insert, in_list

BATCH = 2_000  # rows a query reads and an executemany writes

# what the PostgreSQL sessions of a snapshot read are: one view of every table, no writes
SNAPSHOT = "SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"
NEXT_ID = (
    "SELECT setval(pg_get_serial_sequence('\"{table}\"', '{key}'), "
    'COALESCE(MAX("{key}"), 0) + 1, false) FROM "{table}"'
)


class CopyError(GroupopsError):
    """The copy cannot start or did not finish; the text names the database or table."""


@dataclass(frozen=True, slots=True)
class Table:
    name: str
    key: str  # the primary key's column: batches follow it
    serial: bool  # an id the database numbers (a sequence on PostgreSQL)
    fields: tuple[Field[Any], ...]  # in column order

    @property
    def columns(self) -> tuple[str, ...]:
        return tuple(f.source_field or f.model_field_name for f in self.fields)


def model_tables() -> list[Table]:
    """Every table of groupops' models, by name."""
    from . import models

    tables = []
    for value in vars(models).values():
        if isinstance(value, type) and issubclass(value, Model) and value is not Model:
            meta: Any = value._meta
            fields = tuple(meta.fields_map[name] for name in meta.fields_db_projection)
            serial = bool(meta.pk.generated)
            tables.append(Table(meta.db_table, meta.db_pk_column, serial, fields))
    return sorted(tables, key=lambda t: t.name)


@dataclass(frozen=True, slots=True)
class Copied:
    table: str
    rows: int
    seconds: float


Progress = Callable[[str, int, int], None]  # the table, its rows copied so far, its rows
Done = Callable[[Copied], None]


def _converter(table: Table, target: str) -> Callable[[Any], list[Any]]:
    """A source row as the target's driver takes it: each value as the models read it
    (SQLite's texts become datetimes, dates and decimals; a time without a zone is UTC, as
    groupops reads it), checked against what PostgreSQL enforces and SQLite does not."""
    fields = table.fields
    limits = [f.max_length if isinstance(f, CharField) else 0 for f in fields]
    strict = target == "postgres"

    def convert(row: Any) -> list[Any]:  # a driver's row: sqlite3.Row, asyncpg.Record
        values = [
            None if v is None else f.to_python_value(v) for f, v in zip(fields, row, strict=True)
        ]
        for i, value in enumerate(values):
            if isinstance(value, str) and strict:
                if limits[i] and len(value) > limits[i]:
                    raise CopyError(
                        _bad(table, i, row, f"{len(value)} characters, at most {limits[i]}")
                    )
                if "\x00" in value:
                    raise CopyError(
                        _bad(table, i, row, "a NUL character, which PostgreSQL refuses")
                    )
            elif isinstance(value, Decimal) and not strict:
                values[i] = str(value)  # SQLite keeps decimals as their text
        return values

    return convert


def _bad(table: Table, index: int, row: Sequence[Any], problem: str) -> str:
    key = row[table.columns.index(table.key)]
    return f"{table.name}.{table.columns[index]} of row {table.key}={key!r}: {problem}"


def copy_config(source: str, target: str) -> dict[str, Any]:
    return {
        "connections": {"source": source, "target": target},
        "apps": {APP: {"models": MODEL_MODULES, "default_connection": "target"}},
        "use_tz": True,
        "timezone": "UTC",
    }


async def copy_tables(
    source_url: str,
    target_url: str,
    base_dir: Path,
    tables: Sequence[Table],
    progress: Progress,
    done: Done,
) -> dict[str, int]:
    """Copy every row of `tables` from the source into the target (both with the current
    schema, the target empty); returns the rows of each table, counted in the snapshot."""
    source, target = normalise_url(source_url, base_dir), normalise_url(target_url, base_dir)
    try:
        await Tortoise.init(config=copy_config(source, target))
    except ModuleNotFoundError as exc:
        raise missing_extra(f"the database {redact_url(target_url)}", exc) from None
    try:
        return await _copy(source, target, tables, progress, done)
    except GroupopsError:
        raise
    except Exception as exc:  # a connection lost on the way, say
        raise CopyError(f"copying into {redact_url(target_url)}: {one_line(exc)}") from None
    finally:
        await Tortoise.close_connections()
        await Tortoise._reset_apps()


async def _copy(
    source: str, target: str, tables: Sequence[Table], progress: Progress, done: Done
) -> dict[str, int]:
    counts: dict[str, int] = {}
    writer = Database(target)  # its bulk write, SQLite's texts for dates included
    async with in_transaction("source") as reader, in_transaction("target") as conn:
        if dialect_of(source) == "postgres":
            await reader.execute_script(SNAPSHOT)
        for table in tables:
            _, rows = await reader.execute_query(f'SELECT count(*) FROM "{table.name}"')
            counts[table.name] = int(rows[0][0])
        for table in tables:
            started = time.perf_counter()
            try:
                copied = await _copy_table(reader, conn, writer, table, source, progress, counts)
            except CopyError:
                raise
            except Exception as exc:  # the target refused a row: name the table
                raise CopyError(f"copying {table.name}: {one_line(exc)}") from None
            done(Copied(table.name, copied, time.perf_counter() - started))
    return counts


async def _copy_table(
    reader: BaseDBAsyncClient,
    conn: BaseDBAsyncClient,
    writer: Database,
    table: Table,
    source: str,
    progress: Progress,
    counts: dict[str, int],
) -> int:
    names = ", ".join(f'"{c}"' for c in table.columns)
    first = f'SELECT {names} FROM "{table.name}" ORDER BY "{table.key}" LIMIT {BATCH}'
    mark = in_list(dialect_of(source), 1)
    after = (
        f'SELECT {names} FROM "{table.name}" WHERE "{table.key}" > {mark} '
        f'ORDER BY "{table.key}" LIMIT {BATCH}'
    )
    insert: Insert[Any] = Insert(table.name, table.columns)
    convert = _converter(table, writer.dialect)
    at = table.columns.index(table.key)
    copied, last = 0, None
    while True:
        _, rows = await (
            reader.execute_query(first) if last is None else reader.execute_query(after, [last])
        )
        if not rows:
            break
        await writer.write(conn, [(insert, [convert(row) for row in rows])])
        copied += len(rows)
        progress(table.name, copied, counts[table.name])
        last = rows[-1][at]
        if len(rows) < BATCH:
            break
    if table.serial and writer.dialect == "postgres":
        # ids were given, not drawn: the next one drawn must come after them
        await conn.execute_query(NEXT_ID.format(table=table.name, key=table.key))
    return copied


async def count_rows(url: str, base_dir: Path, tables: Sequence[Table]) -> dict[str, int]:
    """Each table's rows in the database at `url` (the target, once copied)."""
    database = await open_database(url, base_dir=base_dir, migrate=False, source="--to")
    try:
        counts = {}
        for table in tables:
            _, rows = await database.connection.execute_query(
                f'SELECT count(*) FROM "{table.name}"'
            )
            counts[table.name] = int(rows[0][0])
        return counts
    finally:
        await database.close()
