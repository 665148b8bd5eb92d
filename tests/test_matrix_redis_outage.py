"""The Matrix sync loop while the sink cannot queue events (`groupops receive` with Redis
away): the sync token stays, so the events come again, and the outage is one line when it
starts and one when it ends instead of a traceback every sync."""

from __future__ import annotations

import asyncio
from types import SimpleNamespace
from typing import Any

from loguru import logger
from support.databases import migrated_sqlite

from groupops.adapters.matrix.intake import Intake
from groupops.core.errors import NotQueued
from groupops.core.storage.database import open_database


class SyncsWhileRedisIsAway(Intake):
    """Each sync's events refused `away` times by the sink, then taken."""

    def __init__(self, away: int) -> None:
        super().__init__(None, SimpleNamespace(bot="@bot:test"), None, 1.0, False)  # type: ignore[arg-type]
        self.away, self.taken = away, asyncio.Event()

    async def once(self, sink: Any) -> None:
        if self.away:
            self.away -= 1
            raise NotQueued("Redis", "Error 111 connecting to 127.0.0.1:6379. Connection refused.")
        if self.taken.is_set():  # a sync long-polls: the loop must not spin, or nothing else runs
            await asyncio.Event().wait()
        self.taken.set()


async def test_a_redis_outage_is_one_line_at_its_start_and_one_at_its_end(tmp_path, monkeypatch):
    database = await open_database(await migrated_sqlite(tmp_path / "groupops.db"))
    monkeypatch.setattr(
        "groupops.adapters.matrix.sync_failures.Backoff.next_pause", lambda self: 0.01
    )
    intake = SyncsWhileRedisIsAway(away=5)
    lines: list[str] = []
    sink = logger.add(lines.append, level="INFO", format="{level} {message}")
    loop = asyncio.create_task(intake.run(None))  # type: ignore[arg-type]
    try:
        await asyncio.wait_for(intake.taken.wait(), 10)
    finally:
        loop.cancel()
        await asyncio.gather(loop, return_exceptions=True)
        logger.remove(sink)
        await database.close()
    assert len(lines) == 2, lines
    assert lines[0] == (
        "WARNING matrix sync: events not taken in: Redis is unreachable (Error 111 connecting to "
        "127.0.0.1:6379. Connection refused.); retrying until it is back\n"
    )
    assert lines[1].startswith("INFO matrix sync: events not taken in: Redis reachable again")
