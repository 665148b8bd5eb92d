"""Shared fixtures: databases (SQLite always, PostgreSQL when GROUPOPS_TEST_POSTGRES is set)
and a harness that runs the real engine on the local adapter."""

from __future__ import annotations

import asyncio
import os
from pathlib import Path

import pytest
from support.databases import (
    POSTGRES_ENV,
    drop_pooled,
    fresh_postgres,
    migrated_sqlite,
    pooled_postgres,
)
from support.harness import Harness
from support.telegram_harness import TelegramHarness

from groupops.core.app import load_features

load_features()  # the composition root, as the command line and an embedding call it

pytest_plugins = ["support.wechat_fixtures", "support.onebot_fixtures", "support.matrix_fixtures"]

DIALECTS = ["sqlite", "postgres"]


@pytest.fixture(params=DIALECTS)
async def db_url(request, tmp_path):
    """A database of each dialect with no rows: SQLite with the schema, PostgreSQL with it
    unless new (one a test before emptied); a test marked `empty_database` gets either without
    a schema. PostgreSQL only when configured."""
    if request.param == "sqlite":
        path = tmp_path / "groupops.db"
        if request.node.get_closest_marker("empty_database"):
            yield f"sqlite://{path}"
        else:
            yield await migrated_sqlite(path)
        return
    if not os.environ.get(POSTGRES_ENV):
        pytest.skip(f"PostgreSQL tests run when {POSTGRES_ENV} is set")
    new = fresh_postgres() if request.node.get_closest_marker("empty_database") else None
    async with new or pooled_postgres() as url:
        yield url


def pytest_xdist_auto_num_workers(config) -> int:
    """`-n auto`: a core each and one more, since most tests wait (on a subprocess, a server,
    a socket) more than they compute; at least two, and at most six (each worker runs its own
    servers and PostgreSQL connections)."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return min(max((cores or 1) + 1, 2), 6)


def pytest_sessionfinish(session):
    if os.environ.get(POSTGRES_ENV):
        asyncio.run(drop_pooled())


@pytest.fixture
async def open_harness(sqlite_url):
    """Builds Telegram harnesses (a driver against the fake Bot API) on the test's SQLite
    database; closes them afterwards."""
    made: list[TelegramHarness] = []
    path = Path(sqlite_url.removeprefix("sqlite://"))

    async def make(driver: str, extra: dict | None = None, **options) -> TelegramHarness:
        if not path.exists():
            await migrated_sqlite(path)
        harness = await TelegramHarness.open(driver, sqlite_url, extra, **options)
        made.append(harness)
        return harness

    yield make
    for harness in made:
        await harness.close()


@pytest.fixture
def sqlite_url(tmp_path) -> str:
    return f"sqlite://{tmp_path / 'groupops.db'}"


@pytest.fixture
async def harness_factory(db_url):
    """Builds harnesses on the test's database; closes them afterwards."""
    made: list[Harness] = []

    async def make(settings: dict | None = None, **options) -> Harness:
        harness = await Harness.open(settings or {}, db_url, **options)
        made.append(harness)
        return harness

    yield make
    for harness in reversed(made):
        await harness.close()


@pytest.fixture
async def harness(harness_factory) -> Harness:
    return await harness_factory()


def pytest_unconfigure(config):
    """A leaked worker thread (an unclosed SQLite connection, say) would keep the test process
    alive forever after the last test; name it and fail instead of hanging."""
    import threading

    leaked = [t for t in threading.enumerate() if t is not threading.main_thread() and not t.daemon]
    if not leaked:
        return
    names = ", ".join(t.name for t in leaked)
    print(f"\nERROR: threads still running after the tests: {names}", flush=True)
    os._exit(3)
