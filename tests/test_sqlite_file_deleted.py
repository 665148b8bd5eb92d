"""The SQLite file deleted (or replaced) under a running bot: SQLite kept committing into the
unlinked file, updates were acknowledged and acted on, and everything done meanwhile vanished
at the next stop. Now nothing more is taken in, one error says so and how to get the data
back, and `groupops doctor` does not suggest making a new, empty database beside the bot."""

from __future__ import annotations

import asyncio
import os
import re
import shutil
import sqlite3
import subprocess
import sys

from loguru import logger
from support.cli import groupops
from support.databases import migrated_sqlite
from support.telegram_harness import CHAT_ID, TelegramHarness


async def test_a_deleted_database_folder_stops_intake_and_says_how_to_restore(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    path = folder / "groupops.db"
    await migrated_sqlite(path)
    h = await TelegramHarness.open("aiogram", f"sqlite://{path}")
    said: list[str] = []
    sink = logger.add(said.append, format="{level} {message}", level="WARNING")
    try:
        ann = h.member(42, "Ann")
        h.world.say(CHAT_ID, ann, "hello before")
        await h.settle()
        before = h.world.confirmed

        shutil.rmtree(folder)
        for n in range(5):
            h.world.say(CHAT_ID, ann, f"hello after {n}")
        for _ in range(100):
            if any("deleted or replaced" in s for s in said):
                break
            await asyncio.sleep(0.1)
        await asyncio.sleep(0.5)
        assert h.world.confirmed == before  # Telegram delivers them again after a restart

        lost = [s for s in said if "deleted or replaced" in s]
        assert len(lost) == 1, "\n".join(said)
        assert lost[0].startswith(
            f"ERROR the database file {path} was deleted or replaced while in use: restore it "
            "or stop groupops; nothing is taken in meanwhile. Its content is still readable "
            f"while this process ({os.getpid()}) runs: cp /proc/{os.getpid()}/fd/"
        ), lost[0]
        # the copy the error suggests holds everything committed before the deletion
        copy = re.search(r"cp (/proc/\S+) ", lost[0]).group(1)
        folder.mkdir()
        shutil.copyfile(copy, path)
        with sqlite3.connect(path) as db:
            keys = {k for (k,) in db.execute("SELECT key FROM processed_events")}
        assert len(keys) == 1  # "hello before"; none of those after
    finally:
        logger.remove(sink)
        await h.engine.stop(drain_timeout=1)
        await h.database.close()
        await h.fake.close()


async def test_doctor_does_not_offer_to_make_a_new_database_beside_a_running_bot(tmp_path):
    """A process still holding the deleted file: doctor names it and says not to migrate."""
    folder = tmp_path / "data"
    folder.mkdir()
    (tmp_path / "settings.toml").write_text(
        '[default.database]\nurl = "sqlite://data/groupops.db"\n', encoding="utf-8"
    )
    path = folder / "groupops.db"
    await migrated_sqlite(path)
    holder = subprocess.Popen(
        [sys.executable, "-c", f"f = open({str(path)!r}); print(1, flush=True); input()"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        holder.stdout.readline()  # the file is open
        shutil.rmtree(folder)
        done = await groupops("doctor", cwd=tmp_path)
    finally:
        holder.kill()
        holder.wait()
    assert f"{path} was deleted while process {holder.pid} has it open" in done.out, done.text
    assert "groupops migrate" not in done.text
    assert f"cp /proc/{holder.pid}/fd/" in done.out
    assert done.code == 1, done.text
