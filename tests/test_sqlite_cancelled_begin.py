"""A task cancelled while its SQLite transaction begins (the Matrix intake stopped as it saves
its sync position, at a stop or a redeploy) used to keep Tortoise's connection lock: every
later statement of the process waited for ever, with no error and no log line. The Matrix
tests' redeploy hung there, on the restarted engine's first read."""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from tortoise.backends.sqlite.client import SqliteTransactionWrapper

from groupops.core.storage.database import Database, open_database
from groupops.core.storage.models import InboundCursor

ANSWERS_WITHIN = 5.0  # a read on an idle SQLite file takes milliseconds


def stuck_in_begin(monkeypatch, after_begin: bool) -> asyncio.Event:
    """Every transaction's BEGIN holds its task there (before or after SQLite ran it) until
    the task is cancelled; the event says one got there."""
    begin = SqliteTransactionWrapper.begin
    there = asyncio.Event()

    async def held(self: SqliteTransactionWrapper) -> None:
        if after_begin:
            await begin(self)
        there.set()
        await asyncio.Event().wait()

    monkeypatch.setattr(SqliteTransactionWrapper, "begin", held)
    return there


async def saved_cursor(database: Database) -> None:
    """What the Matrix intake does after each sync (adapters/matrix/intake.py)."""
    saved = {"value": "s1", "updated_at": datetime.now(UTC)}
    await InboundCursor.update_or_create(saved, key="matrix:@bot:example.org")


async def engine_commit(database: Database) -> None:
    """What the engine's commits and the outbox's outcome records go through."""
    async with database.transaction("a commit") as conn:
        await conn.execute_query("SELECT 1")


def rows_on_disk(url: str) -> list[tuple[str, str]]:
    """The cursors another process reading the file sees (committed rows only)."""
    with sqlite3.connect(Path(url.removeprefix("sqlite://"))) as other:
        return other.execute("SELECT key, value FROM inbound_cursors").fetchall()


@pytest.mark.parametrize("after_begin", [False, True], ids=["before BEGIN", "after BEGIN"])
@pytest.mark.parametrize("write", [saved_cursor, engine_commit], ids=["tortoise", "engine"])
async def test_a_transaction_cancelled_as_it_begins_leaves_the_database_answering(
    sqlite_url: str,
    monkeypatch,
    after_begin: bool,
    write: Callable[[Database], Awaitable[None]],
) -> None:
    database = await open_database(sqlite_url)
    try:
        with monkeypatch.context() as patched:
            there = stuck_in_begin(patched, after_begin)
            task = asyncio.create_task(write(database))
            await asyncio.wait_for(there.wait(), ANSWERS_WITHIN)
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)
        read = InboundCursor.get_or_none(key="matrix:@bot:example.org")
        assert await asyncio.wait_for(read, ANSWERS_WITHIN) is None, "nothing was written"
        # a write outside any transaction: committed at once, not held inside the BEGIN the
        # cancelled task sent (another process, or a crash, would never see it)
        written = InboundCursor.create(key="matrix:@bot:example.org", value="s1",
                                       updated_at=datetime.now(UTC))  # fmt: skip
        await asyncio.wait_for(written, ANSWERS_WITHIN)
        assert rows_on_disk(sqlite_url) == [("matrix:@bot:example.org", "s1")]
    finally:
        await database.close()


async def test_a_cancel_while_waiting_for_the_lock_leaves_it_to_its_holder(sqlite_url) -> None:
    """Only a transaction that took the lock gives it back: one cancelled while another held
    it must not free it under the holder."""
    database = await open_database(sqlite_url)
    try:
        inside, leave = asyncio.Event(), asyncio.Event()

        async def holder() -> None:
            async with database.transaction("held") as conn:
                inside.set()
                await leave.wait()
                await conn.execute_query(
                    "INSERT INTO inbound_cursors (key, value, updated_at) "
                    "VALUES ('held', 'h', '2026-01-01 00:00:00+00:00')"
                )

        held = asyncio.create_task(holder())
        await asyncio.wait_for(inside.wait(), ANSWERS_WITHIN)
        waiting = asyncio.create_task(engine_commit(database))
        await asyncio.sleep(0.05)  # it waits for the holder's lock
        waiting.cancel()
        await asyncio.gather(waiting, return_exceptions=True)
        later = asyncio.create_task(saved_cursor(database))
        await asyncio.sleep(0.05)
        assert not later.done(), "a write went in while another transaction held the lock"
        leave.set()
        await asyncio.wait_for(held, ANSWERS_WITHIN)
        await asyncio.wait_for(later, ANSWERS_WITHIN)
        assert sorted(rows_on_disk(sqlite_url)) == [
            ("held", "h"),
            ("matrix:@bot:example.org", "s1"),
        ]
    finally:
        await database.close()
