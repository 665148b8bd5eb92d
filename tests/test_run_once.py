"""One `groupops run` per database: a second one started beside it refuses at once, in one
line naming the first, before it recovers or sends anything (it delivered from the outbox
before failing to bind its port). A run killed with SIGKILL leaves no lock behind."""

from __future__ import annotations

import asyncio
import os
import signal
import sys

import pytest
from support.cli import LOCAL_SETTINGS, clean_env, groupops
from support.databases import POSTGRES_ENV, fresh_postgres

SETTINGS = LOCAL_SETTINGS


async def _running(tmp_path) -> asyncio.subprocess.Process:
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "groupops.core.cli", "run", cwd=tmp_path, env=clean_env(),
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT,
    )  # fmt: skip
    assert process.stdout is not None
    while True:
        line = (await asyncio.wait_for(process.stdout.readline(), 120)).decode()
        assert line, "the first run stopped before it ran"
        if "groupops running" in line:
            return process


async def _second_refused(tmp_path, where: str) -> None:
    first = await _running(tmp_path)
    try:
        second = await groupops("run", cwd=tmp_path, timeout=120)
        assert second.code == 1, second.text
        assert f"another groupops run is using {where}" in second.err
        assert f"(process {first.pid})" in second.err or "(server session " in second.err
        assert "outbox" not in second.text and "Traceback" not in second.text
    finally:
        first.send_signal(signal.SIGTERM)
        await asyncio.wait_for(first.wait(), 60)
    again = await _running(tmp_path)  # stopped: the next one starts
    again.kill()  # SIGKILL: the operating system or the server lets the lock go
    await again.wait()
    after = await _running(tmp_path)
    after.send_signal(signal.SIGTERM)
    assert await asyncio.wait_for(after.wait(), 60) == 0


async def test_a_second_run_on_one_sqlite_database_refuses(tmp_path):
    (tmp_path / "settings.toml").write_text(SETTINGS.format(url="sqlite://club.db"))
    await _second_refused(tmp_path, str(tmp_path / "club.db"))


@pytest.mark.skipif(not os.environ.get(POSTGRES_ENV), reason=f"needs {POSTGRES_ENV}")
async def test_a_second_run_on_one_postgres_database_refuses(tmp_path):
    async with fresh_postgres() as url:
        (tmp_path / "settings.toml").write_text(SETTINGS.format(url=url))
        await _second_refused(tmp_path, "postgres://***@" + url.split("@")[-1])
