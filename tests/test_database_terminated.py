"""A PostgreSQL backend terminated while a transaction is open (`pg_terminate_backend`, a
failover, an idle-session limit): asyncpg's connection refuses every statement and its return
to the pool fails. The transaction used to stay the task's current connection, and every later
transaction of that task nested inside the dead one: the engine never committed again and
delivery outcomes were never recorded, while the database answered everyone else."""

from __future__ import annotations

import asyncio
import os
from typing import Any
from urllib.parse import urlsplit

import asyncpg
import asyncpg.pool
import pytest
from loguru import logger
from support.databases import POSTGRES_ENV, fresh_postgres, server_url
from support.harness import Harness
from support.tcp_proxy import TcpProxy

from groupops.core.engine import Outcome
from groupops.core.storage.models import LedgerEntry, OutboxItem

CHECKED_IN = "checked in: +1 point. 1 day in a row, balance 1."


class Terminator:
    """The next `armed` connections returned to the pool each lose their backend first: the
    server ends it and its FATAL reaches the client before the socket is seen closed (the proxy
    holds the close back), as when a backend is terminated just as a transaction ends."""

    def __init__(self, admin: asyncpg.Connection) -> None:
        self.admin = admin
        self.armed = 0
        self.terminated = 0
        self.plain = asyncpg.pool.Pool.release

    def releasing(self) -> Any:
        """Pool.release, terminating the backend first while armed."""

        async def release(pool: asyncpg.pool.Pool, connection: Any, **options: Any) -> None:
            await self.terminate(connection)
            await self.plain(pool, connection, **options)

        return release

    async def terminate(self, connection: Any) -> None:
        if self.armed > 0 and not connection.is_closed():
            self.armed -= 1
            await self.admin.execute("SELECT pg_terminate_backend($1)", connection.get_server_pid())
            self.terminated += 1
            await asyncio.sleep(0.3)  # the FATAL arrives; the socket stays open


@pytest.mark.skipif(not os.environ.get(POSTGRES_ENV), reason=f"needs {POSTGRES_ENV}")
async def test_a_backend_terminated_inside_a_transaction_does_not_wedge_the_engine(monkeypatch):
    lines: list[str] = []
    sink = logger.add(lambda m: lines.append(m), format="{level} | {message}\n{exception}")
    try:
        async with fresh_postgres() as url, TcpProxy(urlsplit(url).port or 5432) as proxy:
            server = urlsplit(url)
            proxied = server._replace(netloc=f"{server.username}@127.0.0.1:{proxy.port}").geturl()
            admin = await asyncpg.connect(server_url())
            h = await Harness.open({}, proxied)
            terminator = Terminator(admin)
            monkeypatch.setattr(asyncpg.pool.Pool, "release", terminator.releasing())
            try:
                users = [h.user(f"m{i}") for i in range(3)]
                first = await h.world.say(h.chat, users[0], "签到")
                assert first.outcome is Outcome.PROCESSED
                await h.settle()
                proxy.hold_closes()
                terminator.armed = 3  # the commit, the outcomes' recording, what comes next
                later = [
                    await asyncio.wait_for(h.world.say(h.chat, user, "签到"), 20)
                    for user in users[1:]
                ]
                await h.settle()
                assert terminator.terminated == 3
                assert [r.outcome for r in later] == [Outcome.PROCESSED] * 2
                assert sorted(h.world.texts(h.chat)) == sorted(
                    f"M{i} {CHECKED_IN}" for i in range(3)
                )
                assert await h.rows(LedgerEntry) == 3
                assert await h.rows(OutboxItem, status="pending") == 0
                assert await h.rows(OutboxItem, status="sent") >= 3
            finally:
                monkeypatch.undo()
                proxy.release_closes()
                await asyncio.wait_for(h.close(), 30)
                await admin.close()
    finally:
        logger.remove(sink)
    text = "".join(lines)
    assert "Traceback" not in text, text
    assert "released back to the pool" not in text, text
