"""A database that goes away: the engine holds the events back and processes each exactly once
when it is back, logs the outage in a few lines instead of a traceback a try, and still
stops; event processing that dies for another reason ends the process instead of hanging."""

from __future__ import annotations

import asyncio
import io
import os
import sqlite3
from contextlib import closing
from urllib.parse import urlsplit

import pytest
from loguru import logger
from support.databases import POSTGRES_ENV, fresh_postgres, migrated_sqlite, server_url
from support.harness import Harness
from support.tcp_proxy import TcpProxy

from groupops.core.engine import Outcome
from groupops.core.engine.processing import EngineHalted
from groupops.core.outage import REMIND_SECONDS, Outage
from groupops.core.storage.models import LedgerEntry, ProcessedEvent

CHECKED_IN = "checked in: +1 point. 1 day in a row, balance 1."


def log_lines() -> tuple[list[str], int]:
    lines: list[str] = []
    sink = logger.add(lambda m: lines.append(m), format="{level} | {message}\n{exception}")
    return lines, sink


async def check_in_during(h: Harness, outage_start, outage_end, *, names: int = 6) -> list:
    """Check-ins of members m0..m5, all but the first sent while the database is away."""
    users = [h.user(f"m{i}") for i in range(names)]
    first = await h.world.say(h.chat, users[0], "签到")  # state loaded, connections made
    assert first.outcome is Outcome.PROCESSED
    await outage_start()
    futures = [
        h.engine.submit_nowait(h.world.message_event(h.chat, user, "签到")) for user in users[1:]
    ]
    await asyncio.sleep(2.5)  # several tries meanwhile
    assert not any(future.done() for future in futures)
    await outage_end()
    results = await asyncio.wait_for(asyncio.gather(*futures), 60)
    await h.settle()
    return [first, *results]


async def assert_each_once(h: Harness, results: list, names: int = 6) -> None:
    assert [r.outcome for r in results] == [Outcome.PROCESSED] * names
    for i in range(names):
        assert await h.balance(h.world.user(f"m{i}", f"M{i}")) == 1
    assert await h.rows(LedgerEntry) == names
    assert await h.rows(ProcessedEvent, outcome="ok") == names
    assert sorted(h.world.texts(h.chat)) == sorted(f"M{i} {CHECKED_IN}" for i in range(names))


@pytest.mark.skipif(not os.environ.get(POSTGRES_ENV), reason=f"needs {POSTGRES_ENV}")
async def test_events_sent_while_postgres_is_away_take_effect_once_when_it_is_back():
    lines, sink = log_lines()
    try:
        async with fresh_postgres() as url, TcpProxy(urlsplit(url).port or 5432) as proxy:
            server = urlsplit(url)
            proxied = server._replace(netloc=f"{server.username}@127.0.0.1:{proxy.port}").geturl()
            h = await Harness.open({}, proxied)
            try:
                results = await check_in_during(h, proxy.stop, proxy.start)
                await assert_each_once(h, results)
            finally:
                await asyncio.wait_for(h.close(), 30)  # stop() returns
    finally:
        logger.remove(sink)
    text = "".join(lines)
    away = [
        line for line in lines if line.startswith("WARNING | engine: the database is unreachable")
    ]
    assert len(away) == 1  # not one a try
    assert sum("engine: the database reachable again after" in line for line in lines) == 1
    assert "Traceback" not in text and proxied not in text


async def test_events_held_back_by_a_failing_sqlite_read_take_effect_once_it_answers(tmp_path):
    path = tmp_path / "bot.db"
    h = await Harness.open({}, await migrated_sqlite(path))

    def rename(old: str, new: str):
        async def run() -> None:
            with closing(sqlite3.connect(path)) as other:  # another process, say a bad restore
                other.execute(f"ALTER TABLE {old} RENAME TO {new}")
                other.commit()

        return run

    try:
        results = await check_in_during(
            h, rename("processed_events", "away"), rename("away", "processed_events")
        )
        await assert_each_once(h, results)
    finally:
        await asyncio.wait_for(h.close(), 30)


async def test_event_processing_that_dies_fails_its_waiting_events_and_stops(tmp_path):
    h = await Harness.open({}, await migrated_sqlite(tmp_path / "bot.db"))
    told: list[EngineHalted] = []
    h.engine.on_halt.append(told.append)
    ann, bob = h.user("ann"), h.user("bob")
    await h.world.say(h.chat, ann, "hello")

    def broken(deliveries) -> None:  # a bug after the commit, outside any retry
        raise RuntimeError("outbox bug")

    h.engine.outbox.enqueue = broken  # type: ignore[method-assign]
    stream = io.StringIO()
    sink = logger.add(stream, format="{level} | {message}\n{exception}")
    try:
        waiting = [
            h.engine.submit_nowait(h.world.message_event(h.chat, u, "签到")) for u in (ann, bob)
        ]
        for future in waiting:
            with pytest.raises(EngineHalted, match="event processing stopped: outbox bug"):
                await asyncio.wait_for(future, 10)  # answered, not waited on forever
    finally:
        logger.remove(sink)
    assert [str(halted) for halted in told] == ["event processing stopped: outbox bug"]
    assert "CRITICAL | event processing stopped; stopping" in stream.getvalue()
    assert "RuntimeError: outbox bug" in stream.getvalue()  # a bug: shown whole
    await asyncio.wait_for(h.close(), 10)


def test_an_outage_is_a_line_when_it_starts_one_a_minute_and_one_when_it_ends():
    now = [0.0]
    outage = Outage("scheduled-job pass", clock=lambda: now[0])
    lines, sink = log_lines()
    try:
        for _ in range(300):  # a pass a second for five minutes
            outage.failed(ConnectionRefusedError(111, "Connect call failed ('127.0.0.1', 5432)"))
            now[0] += 1.0
        outage.passed()
        outage.passed()
    finally:
        logger.remove(sink)
    assert [line.rstrip("\n") for line in lines] == [
        "WARNING | scheduled-job pass: the database is unreachable (ConnectionRefusedError: [Errno "
        "111] Connect call failed ('127.0.0.1', 5432)); retrying until it is back",
        *(
            f"WARNING | scheduled-job pass: the database still unavailable after {s:.0f}s "
            f"({s + 1:.0f} tries; ConnectionRefusedError: [Errno 111] Connect call failed "
            "('127.0.0.1', 5432))"
            for s in (REMIND_SECONDS * k for k in (1, 2, 3, 4))
        ),
        "INFO | scheduled-job pass: the database reachable again after 300s",
    ]


@pytest.mark.skipif(not os.environ.get(POSTGRES_ENV), reason=f"needs {POSTGRES_ENV}")
async def test_a_database_refusing_connections_is_an_outage_not_a_crash():
    """`ALTER DATABASE … ALLOW_CONNECTIONS false` (a restore, a drop in the works) answers
    SQLSTATE 55000, which was not read as the database being away: the console answered a
    bare 500 and every loop logged a traceback per retry."""
    import asyncpg

    from groupops.core.outage import DATABASE, database_away

    async with fresh_postgres() as url:
        name = urlsplit(url).path.lstrip("/")
        admin = await asyncpg.connect(server_url())
        await admin.execute(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS false')
        try:
            with pytest.raises(asyncpg.PostgresError) as refused:
                await asyncpg.connect(url)
            assert refused.value.sqlstate == "55000"
            assert database_away(refused.value) == DATABASE
        finally:
            await admin.execute(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS true')
            await admin.close()


OTHER = {"communities": {"other": {"ruleset": "main", "chats": ["local:other"]}}}


@pytest.mark.parametrize("failing", ["state", "prepare"])
async def test_a_batch_failing_midway_decides_its_earlier_events_again_from_the_database(
    tmp_path, monkeypatch, failing
):
    """A batch whose later event cannot be read (the database dropped the connection while a
    community's state loaded, or while a component read) is decided again. Its earlier events
    had already changed their community's memory: unless that is read afresh too, the retry
    told Ann she had checked in already, and her check-in was never written."""
    h = await Harness.open(OTHER, await migrated_sqlite(tmp_path / "bot.db"))
    try:
        ann, bob = h.user("ann"), h.user("bob")
        await h.world.say(h.chat, bob, "hello")  # the club's state is loaded
        other = h.world.chat("other", "Other Club").ref
        await h.world.say(other, bob, "hello")
        refused = [ConnectionRefusedError("the database dropped the connection")]
        if failing == "state":
            h.engine.state.invalidate("other")
            load = h.engine.community_state

            async def flaky_load(name):
                if name == "other" and refused:
                    raise refused.pop()
                return await load(name)

            monkeypatch.setattr(h.engine, "community_state", flaky_load)
        else:
            from groupops.core.community.membership import Membership

            prepare = Membership.prepare

            async def flaky_prepare(self, event, ctx):
                if event.chat == other and refused:
                    raise refused.pop()
                return await prepare(self, event, ctx)

            monkeypatch.setattr(Membership, "prepare", flaky_prepare)
        first = h.engine.submit_nowait(h.world.message_event(h.chat, ann, "签到"))
        second = h.engine.submit_nowait(h.world.message_event(other, bob, "签到"))
        results = await asyncio.wait_for(asyncio.gather(first, second), 60)
        await h.settle()
        written = await LedgerEntry.filter(reason="checkin").count()
    finally:
        await asyncio.wait_for(h.close(), 30)
    assert [r.outcome for r in results] == [Outcome.PROCESSED, Outcome.PROCESSED]
    assert not refused  # the failure did happen
    assert f"Ann {CHECKED_IN}" in h.world.texts(h.chat)
    assert f"Bob {CHECKED_IN}" in h.world.texts(other)
    assert written == 2


async def test_a_commit_whose_answer_was_lost_sends_its_actions_at_once(tmp_path, monkeypatch):
    """The database took the COMMIT and the connection closed before it said so: the retry
    finds the events processed and decides nothing again. Their actions, written by the
    commit, are sent now, not at the outbox's next read of its table (30 s later, and after
    the chat's later actions)."""
    from contextlib import asynccontextmanager

    from groupops.core.engine import outbox

    monkeypatch.setattr(outbox, "RESCAN_SECONDS", 3600.0)  # only the retry can send them
    h = await Harness.open({}, await migrated_sqlite(tmp_path / "bot.db"))
    try:
        await h.world.say(h.chat, h.user("bob"), "hello")
        real = h.engine.database.transaction
        lost = [ConnectionResetError("the connection closed before COMMIT was answered")]

        @asynccontextmanager
        async def answer_lost(what, *args, **kwargs):
            async with real(what, *args, **kwargs) as conn:
                yield conn
            if lost and what.startswith("commit of"):
                raise lost.pop()

        monkeypatch.setattr(h.engine.database, "transaction", answer_lost)
        result = await h.world.say(h.chat, h.user("ann"), "签到")
        await h.settle()
        written = await LedgerEntry.filter(reason="checkin").count()
    finally:
        await asyncio.wait_for(h.close(), 30)
    assert not lost  # the answer was lost once
    assert result.outcome is Outcome.DUPLICATE  # the retry found it processed
    assert written == 1
    assert h.world.texts(h.chat) == [f"Ann {CHECKED_IN}"]
