"""A database made by an earlier release (this release's schema less two tables, two columns
and an index, with rows in it): `report`, `run` and `doctor` refuse it in one line until
`groupops migrate` adds what it lacks, keeping every row; a column of another type is refused
naming it, with nothing changed. SQLite, and PostgreSQL with GROUPOPS_TEST_POSTGRES."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager, closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from support.cli import groupops
from support.databases import POSTGRES_ENV, fresh_postgres, migrated_sqlite

from groupops.core.storage.database import open_database
from groupops.core.storage.models import Campaign, LedgerEntry, Member, Order, WarningRow

pytestmark = pytest.mark.timeout(600)

AT = datetime(2026, 12, 1, 9, 30, tzinfo=UTC)
SETTINGS = """
[default.rulesets.main]
timezone = "UTC"
[default.communities.club]
ruleset = "main"
chats = ["telegram:-1001"]
[default.platforms.telegram]
adapter = "aiogram"
base_url = "http://127.0.0.1:9"
"""
TOKEN = '[default.platforms.telegram]\ntoken = "7312956480:AAHc9VwZk3L_fakeTokenForTests_01234"\n'
OLDER = "the database schema is older than this release: run groupops migrate"
DIALECTS = [
    "sqlite",
    pytest.param(
        "postgres",
        marks=pytest.mark.skipif(not os.environ.get(POSTGRES_ENV), reason=f"needs {POSTGRES_ENV}"),
    ),
]


@asynccontextmanager
async def database_of(dialect: str, tmp_path: Path) -> AsyncIterator[str]:
    if dialect == "sqlite":
        yield await migrated_sqlite(tmp_path / "club.db")
    else:
        async with fresh_postgres() as url:
            yield url


async def execute(url: str, *statements: str) -> list[tuple]:
    """Raw SQL, as an earlier release's schema is made: the ORM knows only this one's."""
    if url.startswith("sqlite://"):
        with closing(sqlite3.connect(url.removeprefix("sqlite://"))) as db, db:
            return [tuple(r) for s in statements for r in db.execute(s).fetchall()]
    import asyncpg

    conn = await asyncpg.connect(url.replace("postgres://", "postgresql://", 1))
    try:
        return [tuple(r) for s in statements for r in await conn.fetch(s)]
    finally:
        await conn.close()


async def make_older(url: str) -> None:
    """This release's schema with rows, then without what an earlier release lacked."""
    database = await open_database(url)
    try:
        await Member.create(community="club", key="telegram:user:7", name="Ada", balance=30)
        for day in (1, 2, 3):
            await LedgerEntry.create(
                community="club", member="telegram:user:7", delta=10, reason="checkin",
                key=f"checkin:telegram:user:7:{day}", created_at=AT,
            )  # fmt: skip
        await WarningRow.create(id="w1", community="club", member="telegram:user:7", created_at=AT)
        await Campaign.create(
            community="club", name="spring", kind="referral", status="running", starts_at=AT,
            state='{"invited": 4}', created_at=AT, updated_at=AT,
        )  # fmt: skip
        await Order.create(
            community="club", member="telegram:user:7", amount="12.50", reference="r1",
            created_at=AT, plan="gold",
        )  # fmt: skip
    finally:
        await database.close()
    if url.startswith("sqlite://"):
        find_index = "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = "
        find_index += "'warnings' AND sql IS NOT NULL"
    else:
        find_index = "SELECT indexname FROM pg_indexes WHERE tablename = 'warnings' "
        find_index += "AND indexdef NOT LIKE '%UNIQUE%'"
    (index,) = await execute(url, find_index)
    await execute(
        url,
        "DROP TABLE membership_periods",
        "DROP TABLE join_challenges",
        "ALTER TABLE orders DROP COLUMN plan",
        "ALTER TABLE members DROP COLUMN status",
        f'DROP INDEX "{index[0]}"',
    )


async def run(tmp_path: Path, *args: str, database: str = ""):
    settings = SETTINGS + (f'[default.database]\nurl = "{database}"\n' if database else "")
    (tmp_path / "settings.toml").write_text(settings, encoding="utf-8")
    (tmp_path / ".secrets.toml").write_text(TOKEN, encoding="utf-8")
    return await groupops(*args, cwd=tmp_path)


def one_line(err: str) -> str:
    lines = [line for line in err.splitlines() if line.strip() and " | " not in line]
    assert len(lines) == 1 and "Traceback" not in err, err
    return lines[0]


@pytest.mark.parametrize("dialect", DIALECTS)
async def test_an_older_database_is_refused_until_migrated_and_keeps_its_rows(tmp_path, dialect):
    async with database_of(dialect, tmp_path) as url:
        await make_older(url)
        db = ("--db", url)

        report = await run(tmp_path, "report", *db, "--community", "club")
        assert report.code == 3
        assert one_line(report.err).startswith(f"error: --db: {OLDER} --db ")
        started = await run(tmp_path, "run", database=url)
        assert started.code == 3  # a restart cannot fix it
        assert one_line(started.err) == f"error: database.url: {OLDER}"
        doctor = await groupops("doctor", cwd=tmp_path)
        assert doctor.code != 0 and OLDER in doctor.out

        migrated = await groupops("migrate", cwd=tmp_path)
        assert migrated.code == 0, migrated.text
        said = migrated.out.splitlines()
        assert said[:-1] == [
            "created table join_challenges",
            "added column members.status (existing rows: 'member')",
            "created table membership_periods",
            "added column orders.plan",
            "created index on warnings (community, member)",
        ]
        assert said[-1].endswith(
            ": upgraded to this release's schema: 2 tables created, 2 columns added, "
            "1 index created"
        )
        assert (await groupops("migrate", cwd=tmp_path)).out.endswith(": up to date\n")
        doctor = await groupops("doctor", cwd=tmp_path)
        assert "reachable, schema up to date" in doctor.out

        report = await groupops("report", "--community", "club", cwd=tmp_path)
        assert report.code == 0, report.text
        assert await execute(url, "SELECT name, balance, status FROM members") == [
            ("Ada", 30, "member")
        ]
        assert await execute(url, "SELECT sum(delta), count(*) FROM ledger") == [(30, 3)]
        assert await execute(url, "SELECT state FROM campaigns") == [('{"invited": 4}',)]
        assert await execute(url, "SELECT reference, plan FROM orders") == [("r1", None)]
        assert await execute(url, "SELECT count(*) FROM warnings") == [(1,)]


async def test_a_column_of_another_type_is_refused_naming_it_and_nothing_changes(tmp_path):
    async with database_of("sqlite", tmp_path) as url:
        await make_older(url)
        await execute(url, "ALTER TABLE orders ADD COLUMN plan INT")
        migrated = await groupops("migrate", "--db", url, cwd=tmp_path)
        assert migrated.code == 3
        assert one_line(migrated.err) == (
            "error: orders.plan: INT in the database, VARCHAR(32) in this release, and groupops "
            "does not convert between them: convert the column by hand (or restore the backup "
            "and keep the earlier release), then run groupops migrate again"
        )
        tables = "SELECT count(*) FROM sqlite_master WHERE name = 'join_challenges'"
        assert await execute(url, tables) == [(0,)]  # nothing made before the refusal


@pytest.mark.parametrize("dialect", DIALECTS)
async def test_members_who_joined_just_before_the_upgrade_stay_newcomers(tmp_path, dialect):
    # an earlier release had no members.join_seen: false for every row would take a member
    # who joined yesterday for an old hand (no newcomer rules, invite codes refused)
    async with database_of(dialect, tmp_path) as url:
        now = datetime.now(UTC)
        database = await open_database(url)
        try:
            for key, joined in (("1", now - timedelta(days=2)), ("2", now - timedelta(days=40)),
                                ("3", None)):  # fmt: skip
                await Member.create(community="club", key=f"telegram:user:{key}", joined_at=joined)
        finally:
            await database.close()
        await execute(url, "ALTER TABLE members DROP COLUMN join_seen")
        migrated = await run(tmp_path, "migrate", database=url)
        assert migrated.code == 0, migrated.text
        assert migrated.out.splitlines()[0] == (
            "added column members.join_seen (existing rows: "
            f"{'FALSE' if dialect == 'postgres' else '0'}; members who joined in the last 7 "
            "days: joins an earlier release saw, newcomers still)"
        )
        seen = await execute(url, "SELECT key, join_seen FROM members ORDER BY key")
        assert [(key, bool(value)) for key, value in seen] == [
            ("telegram:user:1", True),
            ("telegram:user:2", False),
            ("telegram:user:3", False),
        ]
