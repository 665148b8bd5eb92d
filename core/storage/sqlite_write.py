"""A batch's statements written on SQLite's thread in one hand-off."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime
from typing import Any

import aiosqlite
from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.backends.sqlite.client import SqliteTransactionWrapper
from tortoise.exceptions import IntegrityError, OperationalError

from .statements import Statement, compiled

# UTC datetime -> its text: a member's join time, an event's time and a batch's `now` recur in
# many rows and batches, and formatting one costs several times a lookup. UTC only, because
# equal instants in other zones compare equal and are written differently.
_UTC_TEXTS: dict[datetime, str] = {}
_UTC_TEXTS_MAX = 16_384


def _datetime_text(value: datetime) -> str:
    text = value.isoformat(" ")
    if value.tzinfo is UTC:
        if len(_UTC_TEXTS) >= _UTC_TEXTS_MAX:
            _UTC_TEXTS.clear()
        _UTC_TEXTS[value] = text
    return text


def _sqlite_rows(rows: Sequence[Sequence[Any]]) -> list[list[Any]]:
    """Dates and times as the text Tortoise stores for them in SQLite. sqlite3 would adapt
    them one by one through Python callbacks on the database thread, which costs several
    times more than formatting them here (a member row has three)."""
    texts = _UTC_TEXTS
    return [
        [
            (texts.get(v) if v.tzinfo is UTC else None) or _datetime_text(v)
            if type(v) is datetime
            else v.isoformat()
            if type(v) is date
            else v
            for v in row
        ]
        for row in rows
    ]


async def sqlite_write(
    conn: BaseDBAsyncClient, batches: Iterable[tuple[Statement[Any], Sequence[Sequence[Any]]]]
) -> None:
    """Every statement of a write in one call on SQLite's thread. Each call is a hand-off to
    that thread and back (about half a millisecond of waiting on a busy machine); a batch
    writes four to six statements, and at a steady trickle of events each batch is small, so
    the hand-offs, not the work, set how long a reply waits. Errors are Tortoise's, as from
    `execute_many`."""
    work = [
        (compiled(statement, "sqlite"), _sqlite_rows(rows)) for statement, rows in batches if rows
    ]
    if not work:
        return
    link = getattr(conn, "_connection", None)  # the transaction's aiosqlite connection
    if not isinstance(conn, SqliteTransactionWrapper) or not isinstance(link, aiosqlite.Connection):
        # Outside a transaction Tortoise's client takes the connection's lock and wraps each
        # statement in its own; keep that.
        for sql, rows in work:
            await conn.execute_many(sql, rows)
        return

    def run_all() -> None:  # on SQLite's thread, inside the caller's transaction
        database = link._conn
        for sql, rows in work:
            database.executemany(sql, rows)

    try:
        await link._execute(run_all)
    except sqlite3.IntegrityError as exc:
        raise IntegrityError(exc) from exc
    except sqlite3.OperationalError as exc:
        raise OperationalError(exc) from exc
