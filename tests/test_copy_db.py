"""`groupops copy-db`: a simulated community's SQLite database carried into PostgreSQL (or
another SQLite file) reads the same everywhere (every row, the report, the balances), and the
bot keeps writing to the copy; the source and target it refuses, each in one line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from support.cli import clean_env, groupops
from support.databases import POSTGRES_ENV, fresh_postgres, migrated_sqlite
from support.harness import Harness
from tortoise.models import Model

from groupops.core.storage import models
from groupops.core.storage.copying import model_tables
from groupops.core.storage.database import open_database
from groupops.core.storage.models import LedgerEntry

pytestmark = pytest.mark.timeout(600)
COMMUNITY, DAY = "simulated", "2026-03-05"  # a day inside the simulation's week


async def contents(url: str) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table as the models read it, by primary key."""
    database = await open_database(url, migrate=False, existing=True)
    try:
        found = {}
        for value in vars(models).values():
            if isinstance(value, type) and issubclass(value, Model) and value is not Model:
                meta: Any = value._meta
                names = list(meta.fields_db_projection)
                rows = await value.all().values_list(*names)
                at = names.index(meta.pk_attr)
                found[meta.db_table] = sorted(rows, key=lambda row: row[at])
        return found
    finally:
        await database.close()


async def report(url: str, tmp_path: Path, *extra: str) -> dict:
    result = await groupops(
        "report", "--community", COMMUNITY, "--date", DAY, "--format", "json", "--db", url,
        *extra, cwd=tmp_path,
    )  # fmt: skip
    assert result.code == 0, result.text
    return json.loads(result.out)


@pytest.fixture(scope="module")
def simulated(tmp_path_factory) -> Path:
    """A community's database made by the engine: members, messages, check-ins, points,
    orders, memberships, moderation (the simulation's own world, on SQLite)."""
    folder = tmp_path_factory.mktemp("simulated")
    command = ["simulate", "--members", "80", "--days", "5", "--db", "sim.db"]
    done = subprocess.run(
        [sys.executable, "-m", "groupops.core.cli", *command],
        cwd=folder, env=clean_env(), capture_output=True, text=True,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return folder / "sim.db"


async def test_a_simulated_database_copies_whole_and_the_bot_writes_on(simulated, db_url, tmp_path):
    source = f"sqlite://{simulated}"
    result = await groupops("copy-db", "--from", source, "--to", db_url, cwd=tmp_path)
    assert result.code == 0, result.text
    assert "every table's row count matches" in result.out and "Traceback" not in result.text
    # the URL to put in the settings, as given: a user name alone is no secret to mask
    assert result.out.splitlines()[-1] == f"next: set database.url to {db_url}, then start groupops"
    tables = model_tables()
    lines = [line.split() for line in result.out.splitlines() if line.startswith("  ")]
    assert [line[0] for line in lines] == [t.name for t in tables]  # a line per table
    before, after = await contents(source), await contents(db_url)
    assert after == before  # every row, timestamps and decimals included
    assert sum(map(len, after.values())) > 2_000 and len(after["ledger"]) > 200
    for extra in ((), ("--segments",), ("--period", "month")):
        assert await report(db_url, tmp_path, *extra) == await report(source, tmp_path, *extra)

    # the bot on the copy: new members, messages, points, each row with an id drawn anew
    last = max(row[0] for row in after["ledger"])
    h = await Harness.open({}, db_url)
    try:
        ann, bob = h.user("ann"), h.user("bob")
        for who in (ann, bob):
            await h.world.say(h.chat, who, "/checkin")
            await h.world.say(h.chat, who, "Morning everyone, the new release looks good")
        await h.settle()
        assert await h.balance(ann) > 0 and await h.balance(bob) > 0, h.world.texts(h.chat)
        fresh = await LedgerEntry.filter(community="club").values_list("id", flat=True)
        assert fresh and min(fresh) > last
    finally:
        await h.close()

    again = await groupops("copy-db", "--from", source, "--to", db_url, cwd=tmp_path)
    assert again.code == 1 and again.err.count("\n") == 1
    assert "already holds data (table activity_days has rows)" in again.err


@pytest.mark.skipif(not os.environ.get(POSTGRES_ENV), reason=f"needs {POSTGRES_ENV}")
async def test_times_zones_and_decimals_survive_both_ways(tmp_path):
    """Hand-written SQLite rows (microseconds, another zone's offset, a time written without
    a zone, a date, a decimal) to PostgreSQL and back to SQLite: the models read the same."""
    import sqlite3

    first = await migrated_sqlite(tmp_path / "first.db")
    with closing(sqlite3.connect(tmp_path / "first.db")) as db, db:
        db.execute(
            "INSERT INTO orders (id, community, member, amount, currency, reference, source, "
            "created_at, plan) VALUES (41, 'c', 'local:user:1', '12.5', 'CNY', 'r1', 'api', "
            "'2026-03-01 23:59:59.123456+08:00', NULL)"
        )
        db.execute(
            "INSERT INTO activity_days (id, community, member, day, messages, last_at) VALUES "
            "(7, 'c', 'local:user:1', '2026-02-28', 3, '2026-02-28 16:00:00')"
        )
    async with fresh_postgres() as pg:
        assert (await groupops("copy-db", "--from", first, "--to", pg, cwd=tmp_path)).code == 0
        rows = await contents(pg)
        back = f"sqlite://{tmp_path / 'back.db'}"
        result = await groupops("copy-db", "--from", pg, "--to", back, cwd=tmp_path)
        assert result.code == 0, result.text
    (order,) = rows["orders"]
    assert order[0] == 41 and str(order[3]) == "12.50"
    assert order[7].isoformat() == "2026-03-01T15:59:59.123456+00:00"  # the same instant
    assert rows["activity_days"][0][5].isoformat() == "2026-02-28T16:00:00+00:00"  # read as UTC
    assert await contents(first) == rows == await contents(back)
    with closing(
        sqlite3.connect(tmp_path / "back.db")
    ) as db:  # SQLite numbers on after the copied ids
        db.execute(
            "INSERT INTO orders (community, member, amount, currency, reference, source, "
            "created_at) VALUES ('c', 'm', '1', 'CNY', 'r2', 'api', '2026-03-02 00:00:00+00:00')"
        )
        assert db.execute("SELECT max(id) FROM orders").fetchone() == (42,)


@pytest.mark.skipif(not os.environ.get(POSTGRES_ENV), reason=f"needs {POSTGRES_ENV}")
async def test_a_postgres_source_in_use_is_refused_unless_live(tmp_path):
    import asyncpg

    async with fresh_postgres() as source:
        database = await open_database(source)
        await database.close()
        bot = await asyncpg.connect(source.replace("postgres://", "postgresql://", 1))
        try:
            target = f"sqlite://{tmp_path / 'copy.db'}"
            refused = await groupops("copy-db", "--from", source, "--to", target, cwd=tmp_path)
            assert refused.code == 1 and "has 1 other session(s) open: stop groupops" in refused.err
            live = await groupops(
                "copy-db", "--from", source, "--to", target, "--live", cwd=tmp_path
            )
            assert live.code == 0, live.text
        finally:
            await bot.close()
