"""What `groupops copy-db` refuses before it copies a row, each in one line naming the
database, with what to do instead; no password and no traceback on the way."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

from support.cli import Outcome, groupops
from support.databases import migrated_sqlite
from support.ports import free_port


async def copy_db(tmp_path: Path, *args: str) -> Outcome:
    result = await groupops("copy-db", *args, cwd=tmp_path)
    assert "Traceback" not in result.text
    return result


def one_line(result: Outcome) -> str:
    assert result.code == 1 and result.out == "" and result.err.count("\n") == 1, result.text
    return result.err


def write(path: Path, *statements: str) -> None:
    with closing(sqlite3.connect(path)) as db, db:
        for statement in statements:
            db.execute(statement)


async def test_the_source_defaults_to_the_settings_database_and_fills_a_sqlite_target(tmp_path):
    (tmp_path / "deploy" / "data").mkdir(parents=True)
    (tmp_path / "deploy" / "settings.toml").write_text(
        '[default.database]\nurl = "sqlite://data/bot.db"\n', encoding="utf-8"
    )
    await migrated_sqlite(tmp_path / "deploy" / "data" / "bot.db")
    write(
        tmp_path / "deploy" / "data" / "bot.db",
        "INSERT INTO ledger (community, member, delta, reason, key, ref, created_at) "
        "VALUES ('c', 'm', 5, 'give', 'k1', '', '2026-03-01 10:00:00+00:00')",
    )
    result = await copy_db(
        tmp_path, "--settings", "deploy/settings.toml", "--to", "sqlite://copy.db"
    )
    assert result.code == 0, result.text
    assert "ledger                          1 rows" in result.out
    with closing(sqlite3.connect(tmp_path / "deploy" / "copy.db")) as db:  # beside the settings
        assert db.execute("SELECT member, delta FROM ledger").fetchall() == [("m", 5)]


async def test_a_sqlite_source_another_process_has_open_is_refused_unless_live(tmp_path):
    source = await migrated_sqlite(tmp_path / "bot.db")
    with closing(sqlite3.connect(tmp_path / "bot.db")) as bot:
        bot.execute("PRAGMA journal_mode=WAL")
        bot.execute("INSERT INTO communities (name, ruleset, title, created_at) "
                    "VALUES ('c', 'main', '', '2026-03-01 10:00:00+00:00')")  # fmt: skip
        bot.commit()  # the bot's connection stays open, and its write-ahead log
        refused = one_line(await copy_db(tmp_path, "--from", source, "--to", "sqlite://a.db"))
        assert "bot.db is open in another process" in refused and "--live" in refused
        live = await copy_db(tmp_path, "--from", source, "--to", "sqlite://b.db", "--live")
    assert live.code == 0, live.text
    assert "communities                     1 rows" in live.out
    assert not (tmp_path / "a.db").exists()


async def test_the_log_files_a_killed_process_left_are_no_reason_to_refuse(tmp_path):
    """A bot killed with SIGKILL leaves its -wal file, holding its last commits: nothing has
    the database open, so the copy goes ahead, and it has those commits."""
    source = await migrated_sqlite(tmp_path / "bot.db")
    bot = subprocess.Popen(
        [sys.executable, "-c", KILLED_BOT.format(path=tmp_path / "bot.db")],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert bot.stdout is not None and bot.stdout.readline() == "written\n"
    finally:
        bot.kill()
        bot.wait()
    assert (tmp_path / "bot.db-wal").exists()
    copied = await copy_db(tmp_path, "--from", source, "--to", "sqlite://a.db")
    assert copied.code == 0, copied.text
    assert "communities                     1 rows" in copied.out


KILLED_BOT = """
import sqlite3, time
bot = sqlite3.connect("{path}")
bot.execute("PRAGMA journal_mode=WAL")
bot.execute("PRAGMA wal_autocheckpoint=0")
bot.execute("INSERT INTO communities (name, ruleset, title, created_at) "
            "VALUES ('c', 'main', '', '2026-03-01 10:00:00+00:00')")
bot.commit()
print("written", flush=True)
time.sleep(60)
"""


async def test_a_source_not_on_this_versions_schema_is_refused(tmp_path):
    source = await migrated_sqlite(tmp_path / "old.db")
    write(tmp_path / "old.db", "DELETE FROM aerich")
    refused = one_line(await copy_db(tmp_path, "--from", source, "--to", "sqlite://a.db"))
    assert "is not on the current schema (0_init.py not applied)" in refused
    assert f"run `groupops migrate --db {source}` on it first" in refused

    newer = await migrated_sqlite(tmp_path / "newer.db")
    write(
        tmp_path / "newer.db",
        "INSERT INTO aerich (version, app, content) VALUES ('1_later.py', 'groupops', '{}')",
    )
    refused = one_line(await copy_db(tmp_path, "--from", newer, "--to", "sqlite://a.db"))
    assert "was migrated by a newer groupops (1_later.py): upgrade groupops" in refused


async def test_what_is_no_groupops_database_or_the_same_one_is_refused(tmp_path):
    write(tmp_path / "other.db", "CREATE TABLE notes (text TEXT)")
    refused = one_line(
        await copy_db(tmp_path, "--from", "sqlite://other.db", "--to", "sqlite://a.db")
    )
    assert "--from: " in refused and "not a groupops database" in refused
    missing = one_line(
        await copy_db(tmp_path, "--from", "sqlite://typo.db", "--to", "sqlite://a.db")
    )
    assert "typo.db: no such database (check the path)" in missing
    source = await migrated_sqlite(tmp_path / "bot.db")
    same = one_line(await copy_db(tmp_path, "--from", source, "--to", "sqlite://bot.db"))
    assert "--from and --to name the same database" in same
    assert not (tmp_path / "a.db").exists() and not (tmp_path / "typo.db").exists()


async def test_a_target_holding_rows_is_refused_before_it_is_touched(tmp_path):
    source = await migrated_sqlite(tmp_path / "bot.db")
    write(tmp_path / "full.db", "CREATE TABLE members (id INTEGER PRIMARY KEY)",
          "INSERT INTO members VALUES (1)")  # fmt: skip
    refused = one_line(await copy_db(tmp_path, "--from", source, "--to", "sqlite://full.db"))
    assert "sqlite://full.db already holds data (table members has rows)" in refused
    with closing(sqlite3.connect(tmp_path / "full.db")) as db:  # not migrated
        tables = db.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    assert tables == [("members",)]


async def test_an_unreachable_server_is_one_line_without_its_password(tmp_path):
    source = await migrated_sqlite(tmp_path / "bot.db")
    target = f"postgres://groupops:Secret-42@127.0.0.1:{free_port()}/groupops"
    refused = one_line(await copy_db(tmp_path, "--from", source, "--to", target))
    assert refused.startswith("error: --to: cannot open postgres://***@127.0.0.1:")
    assert "Secret-42" not in refused
