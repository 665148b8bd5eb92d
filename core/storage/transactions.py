"""A transaction that leaves nothing behind when the database is lost as it begins or ends.

Tortoise's pooled transaction takes a connection, makes itself the task's current connection,
then sends BEGIN; its exit commits or rolls back, returns the connection to the pool and only
then makes the task's previous connection current again. When BEGIN fails (the server went
away in between) the `async with` body never runs and neither does that exit. When the exit's
return to the pool fails (a backend terminated with `pg_terminate_backend` leaves asyncpg's
connection refusing every statement with "cannot switch to state 15; another operation (2) is
in progress" until it notices the socket closed), the exit stops before the last step. Either
way the task keeps a dead transaction as its connection, and every later transaction it opens
nests inside that one and fails ("connection has been released back to the pool"). A loop that
retries, such as the engine's commits or the recording of delivery outcomes, then never
recovers although the database answers."""

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
        await _undo(context)
        raise
    try:
        yield conn
    except BaseException as exc:
        await _exit(context, exc)
        raise
    await _exit(context, None)


async def _exit(context: Any, error: BaseException | None) -> None:
    try:
        if error is None:
            await context.__aexit__(None, None, None)
        else:
            await context.__aexit__(type(error), error, error.__traceback__)
    except BaseException:
        await _undo(context)
        raise


async def _undo(context: Any) -> None:
    """What Tortoise's exit would have done: the task's previous connection current again,
    this one back to the pool, or closed when the pool will not take it."""
    token = getattr(context, "token", None)  # set once the transaction became current
    if token is not None and not getattr(token, "_used", False):
        get_connections().reset(token)
    client = getattr(context, "client", None)
    pool = getattr(getattr(client, "_parent", None), "_pool", None)
    held = getattr(client, "_connection", None)
    if pool is None or held is None:
        return
    try:
        await pool.release(held)  # a no-op once released
    except Exception:
        with suppress(Exception):  # already closed, or detached by the pool
            held.terminate()  # the pool makes a new one in its place
