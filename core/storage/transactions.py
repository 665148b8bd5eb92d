"""A transaction that leaves nothing behind when the database is lost as it begins.

Tortoise's pooled transaction takes a connection, makes itself the task's current connection,
then sends BEGIN. When BEGIN fails (the server went away in between) the `async with` body
never runs and neither does the exit that undoes the first two steps: the task keeps a dead
transaction as its connection, and every later transaction it opens nests inside that one
and fails ("connection has been released back to the pool"). A loop that retries, such as
the recording of delivery outcomes, then never recovers although the database is back."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager, suppress
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.connection import get_connections
from tortoise.transactions import in_transaction


@asynccontextmanager
async def transaction(connection_name: str | None = None) -> AsyncIterator[BaseDBAsyncClient]:
    context = in_transaction(connection_name)
    try:
        conn = await context.__aenter__()
    except BaseException:
        await _undo_begin(context)
        raise
    try:
        yield conn
    except BaseException as exc:
        await context.__aexit__(type(exc), exc, exc.__traceback__)
        raise
    await context.__aexit__(None, None, None)


async def _undo_begin(context: Any) -> None:
    token = getattr(context, "token", None)  # set once the transaction became current
    if token is not None:
        get_connections().reset(token)
    client = getattr(context, "client", None)
    pool = getattr(getattr(client, "_parent", None), "_pool", None)
    held = getattr(client, "_connection", None)
    if pool is not None and held is not None:
        with suppress(Exception):  # a dead connection: the pool drops it
            await pool.release(held)
