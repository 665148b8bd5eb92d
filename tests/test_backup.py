"""`groupops backup`: SQLite through the online backup API (a checked, consistent copy),
PostgreSQL through pg_dump; clear one-line errors for what an operator can get wrong."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from contextlib import closing

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
    missing = await groupops("backup", "--out", "copies/one.db", cwd=tmp_path)
    assert missing.code == 2  # a mistyped mount point is not made on the local disk
    assert missing.err == "copies: no such folder (create it, or check --out)\n"
    assert not (tmp_path / "copies").exists()
    (tmp_path / "copies").mkdir()
    result = await groupops("backup", "--out", "copies/one.db", cwd=tmp_path)
    assert result.code == 0, result.text
    assert "sqlite://data/bot.db -> copies/one.db" in result.out
    assert "restore: stop groupops, then run: groupops restore copies/one.db" in result.out
    with sqlite3.connect(tmp_path / "copies" / "one.db") as copy:
        assert copy.execute("SELECT name, balance FROM notes").fetchall() == [("Ann", 7)]
        assert copy.execute("SELECT count(*) FROM members").fetchone() == (0,)
    assert (tmp_path / "copies" / "one.db").stat().st_mode & 0o777 == 0o600
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
    assert (tmp_path / "pg.dump").stat().st_mode & 0o777 == 0o600  # the operator's alone
    assert "pg_restore --clean" in result.out


@pytest.mark.skipif(shutil.which("pg_dump") is None, reason="needs pg_dump (postgresql-client)")
async def test_a_failed_pg_dump_names_where_it_went_and_leaves_no_file(tmp_path):
    from support.ports import free_port

    port = free_port()
    settings(tmp_path, f"postgres://groupops:Secret-42@127.0.0.1:{port}/groupops")
    result = await groupops("backup", "--out", "pg.dump", cwd=tmp_path)
    assert result.code == 1
    assert f"pg_dump of 'groupops': connection to server at \"127.0.0.1\", port {port}" in (
        result.err
    )
    assert "Secret-42" not in result.text and "Traceback" not in result.text
    assert not (tmp_path / "pg.dump").exists()  # so the same --out can be tried again


def test_pg_dump_connects_as_the_url_says():
    from groupops.core.storage.backup import BackupError, pg_environment

    env, database = pg_environment(
        "postgres://bot:p%40ss@db.example:6432/ops?sslmode=verify-full&sslrootcert=/etc/ca.pem"
    )
    assert database == "ops"
    assert env == {
        "PGHOST": "db.example", "PGPORT": "6432", "PGUSER": "bot", "PGPASSWORD": "p@ss",
        "PGDATABASE": "ops", "PGSSLMODE": "verify-full", "PGSSLROOTCERT": "/etc/ca.pem",
    }  # fmt: skip
    env, _ = pg_environment("postgres://bot@db.example/ops?ssl=true")  # the bot's own form
    assert env["PGSSLMODE"] == "require"
    with pytest.raises(BackupError, match="percent-encode / # \\? @ in its password"):
        pg_environment("postgres://bot:Sl/ash@db.example:6432/ops")


@pytest.mark.skipif(not os.environ.get(POSTGRES_ENV), reason=f"needs {POSTGRES_ENV}")
async def test_a_command_that_reads_adds_no_tables_to_an_empty_postgres_database(tmp_path):
    settings(tmp_path, "sqlite://unused.db")
    async with fresh_postgres() as url:  # as `createdb` leaves it
        result = await groupops("spam", "stats", "--ruleset", "main", "--db", url, cwd=tmp_path)
        doctor_settings = tmp_path / "pg"
        doctor_settings.mkdir()
        settings(doctor_settings, url)
        doctor = await groupops("doctor", cwd=doctor_settings)
    assert result.code == 1, result.text
    assert "not a groupops database (no migrations table)" in result.err
    assert "Traceback" not in result.text + doctor.text
    assert "reachable, and holds no groupops tables yet" in doctor.out


@pytest.mark.skipif(not os.environ.get(POSTGRES_ENV), reason=f"needs {POSTGRES_ENV}")
@pytest.mark.skipif(shutil.which("pg_dump") is None, reason="needs pg_dump (postgresql-client)")
async def test_pg_dump_is_held_to_tls_when_the_url_asks_for_it(tmp_path):
    import asyncpg

    async with fresh_postgres() as url:
        server = await asyncpg.connect(url)
        try:
            tls = await server.fetchval("SHOW ssl")
        finally:
            await server.close()
        if tls != "off":
            pytest.skip("this server speaks TLS: a refusal cannot show pg_dump was held to it")
        settings(tmp_path, url)
        assert (await groupops("migrate", cwd=tmp_path)).code == 0
        settings(tmp_path, f"{url}?ssl=true")
        result = await groupops("backup", "--out", "pg.dump", cwd=tmp_path)
    # libpq itself refuses: the dump did not fall back to plain TCP
    assert result.code == 1, result.text
    assert "server does not support SSL" in result.err
    assert not (tmp_path / "pg.dump").exists()


async def test_a_sqlite_backup_leaves_no_log_files_and_copy_db_takes_it(tmp_path):
    """The backup read the database through a read-only connection, which may not remove the
    -wal and -shm files: they stayed beside it with nothing running, and `groupops copy-db`
    then refused it as open in another process."""
    settings(tmp_path, "sqlite://data/bot.db")
    (tmp_path / "data").mkdir()
    (tmp_path / "copies").mkdir()
    assert (await groupops("migrate", cwd=tmp_path)).code == 0
    assert (await groupops("backup", "--out", "copies/one.db", cwd=tmp_path)).code == 0
    assert sorted(p.name for p in (tmp_path / "data").iterdir()) == ["bot.db"]
    assert sorted(p.name for p in (tmp_path / "copies").iterdir()) == ["one.db"]
    for source in ("data/bot.db", "copies/one.db"):
        copied = await groupops(
            "copy-db", "--from", f"sqlite://{source}", "--to", f"sqlite://{source}.2", cwd=tmp_path
        )
        assert copied.code == 0, copied.text


@pytest.mark.skipif(not os.path.isdir("/sys"), reason="needs /sys, where even root may not write")
async def test_backup_into_an_unwritable_folder_says_why_in_one_line(tmp_path):
    settings(tmp_path, "sqlite://bot.db")
    assert (await groupops("migrate", cwd=tmp_path)).code == 0
    result = await groupops("backup", "--out", "/sys/groupops-backup.db", cwd=tmp_path)
    assert result.code == 1
    assert result.err == (
        "backup of sqlite://bot.db: /sys/groupops-backup.db: cannot write the backup there "
        "(Permission denied)\n"
    )
    assert "Traceback" not in result.text


KILLED_WRITER = """
import os, sqlite3, sys
db = sqlite3.connect(sys.argv[1])
db.execute("PRAGMA wal_autocheckpoint=0")  # the row stays in the -wal file, as mid-run
db.execute("INSERT INTO notes VALUES ('Bob', 9)")
db.commit()
os._exit(0)  # killed: no close, so the -wal file is left beside the database
"""


async def test_restore_as_printed_leaves_out_what_was_written_after_the_backup(tmp_path):
    settings(tmp_path, "sqlite://live.db")
    assert (await groupops("migrate", cwd=tmp_path)).code == 0
    live = tmp_path / "live.db"
    with closing(sqlite3.connect(live)) as db, db:
        db.execute("CREATE TABLE notes (name TEXT, balance INTEGER)")
        db.execute("INSERT INTO notes VALUES ('Ann', 7)")
    made = await groupops("backup", "--out", "sim-backup.db", cwd=tmp_path)
    assert made.code == 0, made.text
    hint = made.out.splitlines()[-1]
    assert hint == "restore: stop groupops, then run: groupops restore sim-backup.db"
    subprocess.run([sys.executable, "-c", KILLED_WRITER, str(live)], check=True)
    assert (tmp_path / "live.db-wal").stat().st_size > 0

    with closing(sqlite3.connect(live)) as holder:  # a running bot holds the database
        holder.execute("SELECT count(*) FROM notes").fetchone()
        refused = await groupops(*hint.partition("run: groupops ")[2].split(), cwd=tmp_path)
    assert refused.code == 1
    assert refused.err == (
        f"restore of sqlite://live.db: {live} is open in another process: stop groupops first\n"
    )

    restored = await groupops(*hint.partition("run: groupops ")[2].split(), cwd=tmp_path)
    assert restored.code == 0, restored.text
    assert restored.out == f"sim-backup.db -> {live} (restored; start groupops again)\n"
    assert not (tmp_path / "live.db-wal").exists()
    with closing(sqlite3.connect(live)) as db:
        assert db.execute("SELECT name, balance FROM notes").fetchall() == [("Ann", 7)]
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert live.stat().st_mode & 0o777 == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "live.db",
        "live.db.run.lock",  # the run lock restore held, as `groupops run` leaves it
        "settings.toml",
        "sim-backup.db",
    ]


async def test_restore_refuses_postgres_and_a_missing_backup(tmp_path):
    settings(tmp_path, "sqlite://live.db")
    missing = await groupops("restore", "nothing.db", cwd=tmp_path)
    assert missing.code == 1
    assert missing.err == "restore of sqlite://live.db: nothing.db: no such backup\n"
    settings(tmp_path, "postgres://u:Secret-1@127.0.0.1:5/db")
    (tmp_path / "pg.dump").write_bytes(b"PGDMP")
    pg = await groupops("restore", "pg.dump", cwd=tmp_path)
    assert pg.code == 1 and "pg_restore --clean --if-exists --no-owner" in pg.err
    assert "Secret-1" not in pg.text


async def test_restore_is_refused_while_groupops_run_holds_the_database(tmp_path):
    import fcntl

    settings(tmp_path, "sqlite://live.db")
    assert (await groupops("migrate", cwd=tmp_path)).code == 0
    assert (await groupops("backup", "--out", "b.db", cwd=tmp_path)).code == 0
    live = tmp_path / "live.db"
    with open(tmp_path / "live.db.run.lock", "a+", encoding="utf-8") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)  # as `groupops run` holds it
        lock.write("4242")
        lock.flush()
        refused = await groupops("restore", "b.db", cwd=tmp_path)
    assert refused.code == 1
    assert refused.err == (
        f"restore of sqlite://live.db: another groupops run is using {live} (process 4242): "
        "stop it first\n"
    )


async def database_with_a_row(folder, name: str) -> None:
    """A migrated SQLite database `name` in `folder` with one row to find in its copies."""
    assert (await groupops("migrate", "--db", f"sqlite://{name}", cwd=folder)).code == 0
    with closing(sqlite3.connect(folder / name)) as db, db:
        db.execute("CREATE TABLE notes (name TEXT)")
        db.execute("INSERT INTO notes VALUES ('Ann')")


async def test_backup_of_a_database_named_by_db_tells_a_restore_of_the_same(tmp_path):
    """`--db` as report and restore take it: the hint names the database backed up, not the
    settings file's (a restore there would overwrite another database)."""
    settings(tmp_path, "sqlite://settings.db")
    await database_with_a_row(tmp_path, "other.db")
    made = await groupops("backup", "--db", "sqlite://other.db", "--out", "o.db", cwd=tmp_path)
    assert made.code == 0, made.text
    assert made.out.splitlines() == [
        "sqlite://other.db -> o.db (" + str((tmp_path / "o.db").stat().st_size) + " bytes)",
        "restore: stop groupops, then run: groupops restore --db sqlite://other.db o.db",
    ]
    with closing(sqlite3.connect(tmp_path / "o.db")) as copy:
        assert copy.execute("SELECT name FROM notes").fetchall() == [("Ann",)]
    assert not (tmp_path / "settings.db").exists()


async def test_backup_and_restore_by_db_need_no_settings_file(tmp_path):
    """As `report`, `points` and `outbox` take `--db` alone: these refused it in a folder
    without settings.toml ("settings file not found")."""
    await database_with_a_row(tmp_path, "live.db")
    made = await groupops("backup", "--db", "live.db", "--out", "b.db", cwd=tmp_path)
    assert made.code == 0, made.text
    restored = await groupops("restore", "--db", "sqlite://again.db", "b.db", cwd=tmp_path)
    assert restored.code == 0, restored.text
    with closing(sqlite3.connect(tmp_path / "again.db")) as copy:
        assert copy.execute("SELECT name FROM notes").fetchall() == [("Ann",)]
    bare = await groupops("backup", "--out", "c.db", cwd=tmp_path)  # nothing says which one
    assert (bare.code, bare.out) == (2, "")
    assert bare.err == (
        f"no settings.toml in {tmp_path}: run in the deployment's folder, or pass --settings, "
        "or --db with the database's URL\n"
    )
