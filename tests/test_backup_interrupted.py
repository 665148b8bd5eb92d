"""A backup cut off midway (the process killed, the disk full) and the restore of what it left:
the copy only bears the backup's name once it is whole, and restore refuses a file holding no
groupops database rather than putting an empty one in place of every record."""

from __future__ import annotations

import asyncio
import resource
import signal
import sqlite3
import sys
from contextlib import closing
from pathlib import Path

import pytest
from support.cli import Outcome, clean_env, groupops

pytestmark = pytest.mark.timeout(300)

# the CLI with SIGXFSZ as a plain process has it (Python ignores it): writing past the file
# size limit kills it where it is, as a SIGKILL or a crash would
KILLED_AT_LIMIT = (
    "import runpy, signal, sys; signal.signal(signal.SIGXFSZ, signal.SIG_DFL); "
    "sys.argv[0] = 'groupops'; runpy.run_module('groupops.core.cli', run_name='__main__')"
)
LIMIT = 256 * 1024  # bytes any file may grow to: the database below is bigger


async def limited(*args: str, cwd: Path, killed: bool) -> Outcome:
    def cap() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (LIMIT, LIMIT))

    start = ["-c", KILLED_AT_LIMIT] if killed else ["-m", "groupops.core.cli"]
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        *start,
        *args,
        cwd=cwd,
        env=clean_env(),
        preexec_fn=cap,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await asyncio.wait_for(process.communicate(), 120)
    return Outcome(process.returncode or 0, out.decode(), err.decode())


async def live_database(tmp_path: Path) -> Path:
    (tmp_path / "settings.toml").write_text(
        '[default.database]\nurl = "sqlite://live.db"\n[default.rulesets.main]\ntimezone = "UTC"\n',
        encoding="utf-8",
    )
    assert (await groupops("migrate", cwd=tmp_path)).code == 0
    live = tmp_path / "live.db"
    with closing(sqlite3.connect(live)) as db, db:
        db.execute("CREATE TABLE notes (name TEXT, balance INTEGER, pad BLOB)")
        db.executemany("INSERT INTO notes VALUES (?, ?, zeroblob(4096))", [("Ann", 7)] * 200)
    assert live.stat().st_size > 2 * LIMIT
    return live


def notes(database: Path) -> int:
    with closing(sqlite3.connect(database)) as db:
        return db.execute("SELECT count(*) FROM notes").fetchone()[0]


async def test_a_backup_killed_midway_leaves_nothing_a_restore_would_take(tmp_path):
    live = await live_database(tmp_path)
    killed = await limited("backup", "--out", "nightly.db", cwd=tmp_path, killed=True)
    assert killed.code == -signal.SIGXFSZ
    # before: nightly.db (+ -journal) was left, opened as an empty database, and
    # `groupops restore nightly.db` put that in place of every record, exit code 0
    assert not (tmp_path / "nightly.db").exists()
    assert not (tmp_path / "nightly.db-journal").exists()
    assert [p for p in tmp_path.iterdir() if p.name.startswith(".nightly.db.partial-")]

    again = await groupops("backup", "--out", "nightly.db", cwd=tmp_path)
    assert again.code == 0, again.text
    assert notes(tmp_path / "nightly.db") == 200
    assert notes(live) == 200
    # the killed one's partial copy (as big as the database) does not stay behind for good
    assert sorted(p.name for p in tmp_path.iterdir()) == ["live.db", "nightly.db", "settings.toml"]


async def test_a_backup_out_of_space_says_so_in_one_line_and_leaves_no_file(tmp_path):
    await live_database(tmp_path)
    full = await limited("backup", "--out", "nightly.db", cwd=tmp_path, killed=False)
    assert full.code == 1
    assert full.out == ""
    assert full.err.startswith("backup of sqlite://live.db: nightly.db: ")
    assert full.err.count("\n") == 1 and "Traceback" not in full.err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["live.db", "settings.toml"]


async def test_restore_refuses_a_copy_cut_off_midway_and_keeps_the_database(tmp_path):
    live = await live_database(tmp_path)
    cut = tmp_path / "cut.db"
    with closing(sqlite3.connect(cut)) as db:  # what an interrupted copy opens as
        db.execute("PRAGMA user_version = 0")
    (tmp_path / "empty.db").touch()
    for name in ("cut.db", "empty.db"):
        refused = await groupops("restore", name, cwd=tmp_path)
        assert refused.code == 1
        assert refused.err == (
            f"restore of sqlite://live.db: {name}: holds no groupops database (empty, or a "
            "copy cut off midway): name another backup\n"
        )
        assert notes(live) == 200
    assert not any(p.name.startswith(".live.db") for p in tmp_path.iterdir())


async def test_a_restore_killed_midway_keeps_the_database_and_the_next_one_cleans_up(tmp_path):
    live = await live_database(tmp_path)
    assert (await groupops("backup", "--out", "nightly.db", cwd=tmp_path)).code == 0
    with closing(sqlite3.connect(live)) as db, db:
        db.execute("DELETE FROM notes WHERE rowid > 100")  # written after the backup
    killed = await limited("restore", "nightly.db", cwd=tmp_path, killed=True)
    assert killed.code == -signal.SIGXFSZ
    assert notes(live) == 100  # the database as it was: the copy was not yet put in place
    assert [p for p in tmp_path.iterdir() if p.name.startswith(".live.db.restoring-")]

    restored = await groupops("restore", "nightly.db", cwd=tmp_path)
    assert restored.code == 0, restored.text
    assert notes(live) == 200
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "live.db",
        "live.db.run.lock",
        "nightly.db",
        "settings.toml",
    ]
