"""`groupops backup`: SQLite through the online backup API (a checked, consistent copy),
PostgreSQL through pg_dump; clear one-line errors for what an operator can get wrong."""

from __future__ import annotations

import os
import sqlite3

import pytest
from support.cli import groupops
from support.databases import POSTGRES_ENV, fresh_postgres

pytestmark = pytest.mark.timeout(600)


def settings(tmp_path, url: str) -> None:
    (tmp_path / "settings.toml").write_text(
        f'[default.database]\nurl = "{url}"\n[default.rulesets.main]\ntimezone = "UTC"\n',
        encoding="utf-8",
    )


async def test_sqlite_backup_is_a_checked_copy_and_never_overwrites(tmp_path):
    settings(tmp_path, "sqlite://data/bot.db")
    (tmp_path / "data").mkdir()
    assert (await groupops("migrate", cwd=tmp_path)).code == 0
    with sqlite3.connect(tmp_path / "data" / "bot.db") as live:
        live.execute("CREATE TABLE notes (name TEXT, balance INTEGER)")
        live.execute("INSERT INTO notes VALUES ('Ann', 7)")
    result = await groupops("backup", "--out", "copies/one.db", cwd=tmp_path)
    assert result.code == 0, result.text
    assert "sqlite://data/bot.db -> copies/one.db" in result.out
    assert "restore: stop groupops, then copy copies/one.db over" in result.out
    with sqlite3.connect(tmp_path / "copies" / "one.db") as copy:
        assert copy.execute("SELECT name, balance FROM notes").fetchall() == [("Ann", 7)]
        assert copy.execute("SELECT count(*) FROM members").fetchone() == (0,)
    again = await groupops("backup", "--out", "copies/one.db", cwd=tmp_path)
    assert again.code == 2 and "copies/one.db exists" in again.err


async def test_backup_of_a_missing_database_says_so(tmp_path):
    settings(tmp_path, "sqlite://nothing.db")
    result = await groupops("backup", "--out", "b.db", cwd=tmp_path)
    assert result.code == 1
    assert "no such database (run `groupops migrate` first)" in result.err
    assert "Traceback" not in result.text and not (tmp_path / "b.db").exists()


@pytest.mark.skipif(not os.environ.get(POSTGRES_ENV), reason=f"needs {POSTGRES_ENV}")
async def test_postgres_backup_is_a_pg_dump_archive(tmp_path):
    async with fresh_postgres() as url:
        settings(tmp_path, url)
        assert (await groupops("migrate", cwd=tmp_path)).code == 0
        result = await groupops("backup", "--out", "pg.dump", cwd=tmp_path)
    assert result.code == 0, result.text
    assert (tmp_path / "pg.dump").read_bytes()[:5] == b"PGDMP"  # pg_dump's custom format
    assert "pg_restore --clean" in result.out
