"""`groupops restore` of a backup another release took: one an earlier release took lacks
this release's tables and columns, so `run` would refuse it; the restore says to migrate
first rather than to start groupops again. One a newer release took is named as such."""

from __future__ import annotations

import sqlite3
from contextlib import closing

import pytest
from support.cli import groupops
from support.databases import migrated_sqlite

pytestmark = pytest.mark.timeout(600)


def settings(tmp_path) -> None:
    (tmp_path / "settings.toml").write_text(
        '[default.database]\nurl = "sqlite://live.db"\n[default.rulesets.main]\ntimezone = "UTC"\n',
        encoding="utf-8",
    )


async def backup_of(tmp_path, *statements: str) -> None:
    """b.db: a groupops database with Ann's balance, then changed as another release's is."""
    path = tmp_path / "b.db"
    await migrated_sqlite(path)
    with closing(sqlite3.connect(path)) as db, db:
        db.execute(
            "INSERT INTO members (community, key, name, status, messages, balance, tier, "
            "consumption, handle, join_seen) VALUES ('club', 'telegram:user:7', 'Ann', "
            "'member', 3, 30, '', '', '', 0)"
        )
        for statement in statements:
            db.execute(statement)


async def test_a_backup_of_an_earlier_release_is_migrated_before_groupops_starts(tmp_path):
    settings(tmp_path)
    assert (await groupops("migrate", cwd=tmp_path)).code == 0
    await backup_of(tmp_path, "ALTER TABLE members DROP COLUMN hint", "DROP TABLE coupons")
    live = tmp_path / "live.db"

    restored = await groupops("restore", "b.db", cwd=tmp_path)

    assert restored.code == 0, restored.text
    assert restored.out == (
        f"b.db -> {live} (restored; it is an earlier release's: run groupops migrate, "
        "then start groupops again)\n"
    )
    migrated = await groupops("migrate", cwd=tmp_path)
    assert migrated.code == 0, migrated.text
    assert "1 table created, 1 column added" in migrated.out
    with closing(sqlite3.connect(live)) as db:
        assert db.execute("SELECT name, balance FROM members").fetchall() == [("Ann", 30)]


async def test_restore_by_db_names_the_database_to_migrate(tmp_path):
    await backup_of(tmp_path, "ALTER TABLE members DROP COLUMN hint")

    restored = await groupops("restore", "--db", "sqlite://again.db", "b.db", cwd=tmp_path)

    assert restored.code == 0, restored.text
    assert restored.out.endswith(
        "(restored; it is an earlier release's: run groupops migrate --db sqlite://again.db, "
        "then start groupops again)\n"
    )


async def test_a_backup_of_a_newer_release_is_named_as_such(tmp_path):
    settings(tmp_path)
    await backup_of(tmp_path, "ALTER TABLE members ADD COLUMN badge TEXT")

    restored = await groupops("restore", "b.db", cwd=tmp_path)

    assert restored.code == 0, restored.text
    assert restored.out == (
        f"b.db -> {tmp_path / 'live.db'} (restored; this release cannot run it: the database "
        "was made by a newer release of groupops (members.badge unknown here): run that "
        "release, or restore the backup taken before upgrading to it)\n"
    )
