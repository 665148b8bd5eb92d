"""A database that hangs instead of refusing: the engine's calls wait (never cancelled), and the
log says what is waiting and for how long, repeated with backoff, then when the answer came.
The delays are shortened from 10, 30, 60 s and each minute after."""

from __future__ import annotations

import asyncio
import os
import re
import sqlite3
from contextlib import closing
from urllib.parse import urlsplit

import pytest
from loguru import logger
from support.databases import POSTGRES_ENV, fresh_postgres, migrated_sqlite
from support.harness import Harness
from support.tcp_proxy import TcpProxy

from groupops.core import unanswered
from groupops.core.engine import Outcome
from groupops.core.unanswered import watch

CHECKED_IN = "checked in: +1 point. 1 day in a row, balance 1."
WAITING = "WARNING | the database has not answered for N s"


@pytest.fixture
def said(monkeypatch):
    """The watchdog's lines (warnings after 0.1, 0.2, 0.3 s, then every 0.2 s), as logged."""
    monkeypatch.setattr(unanswered, "WARN_AFTER", (0.1, 0.2, 0.3))
    monkeypatch.setattr(unanswered, "REPEAT_SECONDS", 0.2)
    lines: list[str] = []
    sink = logger.add(  # the seconds as N: under 1 s here, and late on a busy machine
        lambda m: lines.append(re.sub(r"\b\d+ s\b", "N s", m.rstrip("\n"))),
        format="{level} | {message}",
        filter=lambda record: record["name"] == "groupops.core.unanswered",
    )
    yield lines
    logger.remove(sink)


async def until(condition, timeout: float = 10.0) -> None:
    async with asyncio.timeout(timeout):
        while not condition():
            await asyncio.sleep(0.02)


async def test_a_commit_held_by_a_lock_is_reported_while_it_waits_and_when_it_goes_through(
    tmp_path, said
):
    path = tmp_path / "bot.db"
    h = await Harness.open({}, await migrated_sqlite(path))
    try:
        ann, bob = h.user("ann"), h.user("bob")
        await h.world.say(h.chat, ann, "签到")  # state loaded: only the commit is left to wait
        await h.settle()  # and its reply's outcome recorded
        with closing(sqlite3.connect(path, isolation_level=None)) as other:
            other.execute("BEGIN EXCLUSIVE")  # another process writing, say a long backup
            future = h.engine.submit_nowait(h.world.message_event(h.chat, bob, "签到"))
            await until(lambda: len(said) >= 2)
            assert not future.done()  # waited on, not given up
            other.execute("COMMIT")
        result = await asyncio.wait_for(future, 10)
        await h.settle()
    finally:
        await asyncio.wait_for(h.close(), 30)
    assert result.outcome is Outcome.PROCESSED
    assert f"Bob {CHECKED_IN}" in h.world.texts(h.chat)
    *waiting, answered = said
    assert set(waiting) == {f"{WAITING} (commit of 1 event); still waiting"}
    assert answered == "INFO | the database answered after N s (commit of 1 event)"


async def test_a_quick_database_says_nothing(tmp_path, said, monkeypatch):
    monkeypatch.setattr(unanswered, "WARN_AFTER", (0.5,))
    h = await Harness.open({}, await migrated_sqlite(tmp_path / "bot.db"))
    try:
        for name in ("ann", "bob", "cid"):
            await h.world.say(h.chat, h.user(name), "签到")
        await h.settle()
        await asyncio.sleep(0.7)  # past the first warning: every timer was cancelled
    finally:
        await asyncio.wait_for(h.close(), 30)
    assert said == []


async def test_reports_back_off_and_only_the_outermost_call_speaks(said):
    loop = asyncio.get_running_loop()
    start, at = loop.time(), []  # when each line was said, from the call's start
    sink = logger.add(lambda _: at.append(loop.time() - start), filter="groupops.core.unanswered")
    async with watch("commit of 37 events"), watch("a write inside it"):
        # said at 0.1, 0.2, 0.3 and 0.5 s (later on a busy machine, never sooner); answered
        # once the fourth is said, well before the next (0.7 s)
        await until(lambda: len(said) >= 4)
    logger.remove(sink)
    late = [round(a - due, 3) for a, due in zip(at, (0.1, 0.2, 0.3, 0.5), strict=False)]
    assert min(late) >= 0, late
    assert said == [
        *[f"{WAITING} (commit of 37 events); still waiting"] * 4,
        "INFO | the database answered after N s (commit of 37 events)",
    ]


async def test_a_call_given_up_by_its_caller_says_so_not_that_the_database_answered(said):
    call = asyncio.create_task(asyncio.sleep(10))

    async def wait() -> None:
        async with watch("loading community club"):
            await call

    waiting = asyncio.create_task(wait())
    await until(lambda: len(said) == 1)
    waiting.cancel()  # the engine stopping
    await asyncio.gather(waiting, return_exceptions=True)
    assert said[-1] == "INFO | stopped waiting for the database after N s (loading community club)"


@pytest.mark.skipif(not os.environ.get(POSTGRES_ENV), reason=f"needs {POSTGRES_ENV}")
async def test_an_event_sent_while_postgres_hangs_is_reported_then_processed_when_it_answers(said):
    async with fresh_postgres() as url, TcpProxy(urlsplit(url).port or 5432) as proxy:
        server = urlsplit(url)
        proxied = server._replace(netloc=f"{server.username}@127.0.0.1:{proxy.port}").geturl()
        h = await Harness.open({}, proxied)
        try:
            ann, bob = h.user("ann"), h.user("bob")
            await h.world.say(h.chat, ann, "签到")
            await h.settle()
            proxy.stall()  # connections stay open; the server answers nothing
            future = h.engine.submit_nowait(h.world.message_event(h.chat, bob, "签到"))
            await until(lambda: any(line.startswith(WAITING) for line in said))
            await asyncio.sleep(0.3)
            assert not future.done()
            proxy.resume()
            result = await asyncio.wait_for(future, 30)
            await h.settle()
            assert result.outcome is Outcome.PROCESSED
            assert sorted(h.world.texts(h.chat)) == [f"Ann {CHECKED_IN}", f"Bob {CHECKED_IN}"]
            assert await h.balance(bob) == 1
        finally:
            proxy.resume()
            await asyncio.wait_for(h.close(), 30)
    engine = [line for line in said if "event" in line]  # not the outbox's or housekeeping's
    assert engine[0] in {
        f"{WAITING} ({what}); still waiting"
        for what in ("checking 1 event for duplicates", "commit of 1 event")
    }
    assert any(line.startswith("INFO | the database answered after") for line in engine)
    assert proxied not in "\n".join(said)


async def test_a_platform_that_hangs_is_reported_while_the_chat_waits(tmp_path, said):
    """A send the platform neither answers nor refuses holds its chat: said, then answered."""
    h = await Harness.open({}, await migrated_sqlite(tmp_path / "bot.db"))
    gate = asyncio.Event()
    perform = h.adapter.perform

    async def hanging(action):
        await gate.wait()
        return await perform(action)

    h.adapter.perform = hanging
    try:
        await h.world.say(h.chat, h.user("ann"), "签到")
        await until(lambda: len(said) >= 2)
        assert h.world.texts(h.chat) == []
        gate.set()
        await h.settle()
    finally:
        await asyncio.wait_for(h.close(), 30)
    assert f"Ann {CHECKED_IN}" in h.world.texts(h.chat)
    *waiting, answered = said
    assert {line.split(" (")[0] for line in waiting} == {
        "WARNING | the local platform has not answered for N s"
    }
    assert waiting[0].endswith(" reply); still waiting"), waiting[0]
    assert answered.startswith("INFO | the local platform answered after N s (")
