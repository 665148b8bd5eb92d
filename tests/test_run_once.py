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

from groupops.core.cli.instance_postgres import HOLDER, LOCK_KEY

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


async def _lock_holder(connection) -> int | None:
    return await connection.fetchval(HOLDER, LOCK_KEY)


@pytest.mark.skipif(not os.environ.get(POSTGRES_ENV), reason=f"needs {POSTGRES_ENV}")
async def test_a_run_takes_its_lock_again_after_the_server_drops_it(tmp_path):
    """The server ends the session holding the lock (a restart, pg_terminate_backend): the run
    takes the lock again, and a second run started afterwards is still refused."""
    import asyncpg

    async with fresh_postgres() as url:
        (tmp_path / "settings.toml").write_text(SETTINGS.format(url=url))
        first = await _running(tmp_path)
        admin = await asyncpg.connect(url.replace("postgres://", "postgresql://", 1))
        try:
            dropped = await _lock_holder(admin)
            assert dropped is not None
            await admin.execute("SELECT pg_terminate_backend($1)", dropped)
            for _ in range(200):  # the run notices at once; the test allows for a busy machine
                holder = await _lock_holder(admin)
                if holder is not None and holder != dropped:
                    break
                await asyncio.sleep(0.1)
            assert holder is not None and holder != dropped, "the lock was not taken again"
            second = await groupops("run", cwd=tmp_path, timeout=120)
            assert second.code == 1 and "another groupops run is using" in second.err
            assert first.returncode is None  # the first goes on
        finally:
            await admin.close()
            first.send_signal(signal.SIGTERM)
            assert await asyncio.wait_for(first.wait(), 60) == 0


@pytest.mark.skipif(not os.environ.get(POSTGRES_ENV), reason=f"needs {POSTGRES_ENV}")
async def test_a_run_whose_lock_another_took_meanwhile_stops_and_says_why(tmp_path):
    """Another run took the lock while this one's session was gone: this one stops (exit 1)
    rather than deliver beside it."""
    import asyncpg

    async with fresh_postgres() as url:
        (tmp_path / "settings.toml").write_text(SETTINGS.format(url=url))
        first = await _running(tmp_path)
        other = await asyncpg.connect(url.replace("postgres://", "postgresql://", 1))
        try:
            dropped = await _lock_holder(other)
            # end the session and take the lock in one statement: the other run wins the race
            await other.execute(
                "SELECT pg_terminate_backend($1), pg_advisory_lock($2)", dropped, LOCK_KEY
            )
            assert await asyncio.wait_for(first.wait(), 60) == 1
            assert first.stdout is not None
            said = (await first.stdout.read()).decode()
            assert "another groupops run took postgres://***@" in said
            assert "this one stops, so that only one delivers" in said
            assert "Traceback" not in said
        finally:
            await other.close()
            if first.returncode is None:
                first.kill()


@pytest.mark.skipif(not os.environ.get(POSTGRES_ENV), reason=f"needs {POSTGRES_ENV}")
async def test_a_run_on_another_database_of_the_server_is_not_named_as_the_holder():
    """pg_locks lists every database's locks: a groupops on another database of the same
    server holds the same key, and is not the session a refusal here names."""
    import asyncpg

    from groupops.core.cli.instance_postgres import _holder

    def connect(url: str):
        return asyncpg.connect(url.replace("postgres://", "postgresql://", 1))

    async with fresh_postgres() as here, fresh_postgres() as elsewhere:
        other, mine = await connect(elsewhere), await connect(here)
        try:
            assert await other.fetchval("SELECT pg_try_advisory_lock($1)", LOCK_KEY)
            assert await _holder(mine) == ""
            assert await mine.fetchval("SELECT pg_try_advisory_lock($1)", LOCK_KEY)
            assert (
                await _holder(mine)
                == f"server session {await mine.fetchval('SELECT pg_backend_pid()')}"
            )
        finally:
            await other.close()
            await mine.close()
