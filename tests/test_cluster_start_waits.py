"""A worker or receiver started while Redis or PostgreSQL is away waits for it, with one line
naming it (no password), and goes on when it is back; a SIGTERM meanwhile stops it cleanly.
Refused at the door (a wrong password, a database that is not there) it stops at once with one
line. Started during an outage, it used to exit 1 and stay down, and with no receiver no update
was taken."""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import sys
from pathlib import Path

import pytest
from support.cli import clean_env
from support.databases import POSTGRES_ENV
from support.ports import free_port
from support.redis_server import RedisServer

from groupops.core.cluster.launch import write_settings

PASSWORD = "pa@ss:w0rd-9"
SECRET = "pa%40ss%3Aw0rd-9"  # as the URL carries it


def settings_file(folder: Path, redis: str, database: str = "sqlite://unused.db") -> Path:
    raw = {
        "database": {"url": database},
        "cluster": {"redis_url": redis, "partitions": 1},
        "platforms": {"local": {"adapter": "local", "peer": "http://127.0.0.1:9"}},
        "rulesets": {"main": {"timezone": "UTC"}},
        "communities": {"club": {"ruleset": "main", "chats": ["local:main"]}},
    }
    return write_settings(folder / "settings.toml", raw)


class Process:
    """A groupops command running, its output read line by line."""

    def __init__(self, process: asyncio.subprocess.Process) -> None:
        self.process = process
        self.lines: list[str] = []

    @classmethod
    async def start(cls, folder: Path, *args: str) -> Process:
        process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "groupops.core.cli", *args,
            "--settings", str(folder / "settings.toml"),
            cwd=folder, env=clean_env(), stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.STDOUT,
        )  # fmt: skip
        return cls(process)

    async def until(self, text: str) -> str:
        async def read() -> str:
            assert self.process.stdout is not None
            while line := (await self.process.stdout.readline()).decode():
                self.lines.append(line)
                if text in line:
                    return line
            raise AssertionError(f"{text!r} never said:\n" + "".join(self.lines))

        try:
            return await asyncio.wait_for(read(), 100)
        except BaseException:
            self.kill()
            raise

    def kill(self) -> None:
        """A failed test leaves no process behind for the rest of the suite."""
        with contextlib.suppress(ProcessLookupError):
            self.process.kill()

    async def stop(self) -> tuple[int, str]:
        self.process.send_signal(signal.SIGTERM)
        return await self.ended()

    async def ended(self) -> tuple[int, str]:
        try:
            rest, _ = await asyncio.wait_for(self.process.communicate(), 60)
        except TimeoutError:
            self.kill()
            raise
        output = "".join(self.lines) + rest.decode()
        assert self.process.returncode is not None
        return self.process.returncode, output


async def test_a_receiver_waits_for_redis_and_receives_once_it_is_there(tmp_path):
    server = RedisServer(tmp_path)  # its port chosen, not yet listening
    settings_file(tmp_path, server.url)
    receiver = await Process.start(tmp_path, "receive")
    try:
        line = await receiver.until("retrying until it is back")
        assert (
            f"groupops receive: Redis is unreachable (cluster.redis_url: cannot use Redis at "
            f"{server.url}: Error 111 connecting to 127.0.0.1:{server.port}." in line
        ), line
        server.start()
        await receiver.until("groupops receive: Redis reachable again after")
        await receiver.until("local adapter receiving into the streams")
        code, output = await receiver.stop()
    finally:
        server.kill()
    assert code == 0, output
    assert "Traceback" not in output


async def test_a_sigterm_while_waiting_stops_it_cleanly_and_no_password_is_said(tmp_path):
    settings_file(tmp_path, f"redis://:{SECRET}@127.0.0.1:{free_port()}/0")
    receiver = await Process.start(tmp_path, "receive")
    line = await receiver.until("retrying until it is back")
    assert "cannot use Redis at redis://***@127.0.0.1" in line
    code, output = await receiver.stop()
    assert code == 0, output
    assert SECRET not in output and PASSWORD not in output and "w0rd" not in output
    assert "Traceback" not in output


async def test_a_wrong_redis_password_stops_it_at_once_in_one_line(tmp_path):
    server = RedisServer(tmp_path, password="the-right-one")
    server.start()
    try:
        settings_file(tmp_path, f"redis://:{SECRET}@127.0.0.1:{server.port}/0")
        receiver = await Process.start(tmp_path, "receive")
        code, output = await receiver.ended()
    finally:
        server.kill()
    assert code == 1, output
    errors = [line for line in output.splitlines() if line.startswith("error:")]
    assert len(errors) == 1, output
    assert errors[0].startswith("error: cluster.redis_url: cannot use Redis at redis://***@")
    assert "retrying" not in output and "w0rd" not in output and "Traceback" not in output


@pytest.mark.skipif(not os.environ.get(POSTGRES_ENV), reason=f"needs {POSTGRES_ENV}")
async def test_a_worker_waits_for_the_database_and_a_missing_one_stops_it(tmp_path):
    away = f"postgres://postgres@127.0.0.1:{free_port()}/test"
    settings_file(tmp_path, "redis://127.0.0.1:9/0", away)
    worker = await Process.start(tmp_path, "worker", "--no-adapters")
    line = await worker.until("retrying until it is back")
    assert "groupops worker: the database is unreachable (database.url: cannot open" in line
    code, output = await worker.stop()
    assert code == 0, output
    assert "Traceback" not in output

    base = os.environ[POSTGRES_ENV].rsplit("/", 1)[0]
    settings_file(tmp_path, "redis://127.0.0.1:9/0", f"{base}/no_such_database")
    worker = await Process.start(tmp_path, "worker", "--no-adapters")
    code, output = await worker.ended()
    assert code == 1, output
    errors = [line for line in output.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and errors[0].startswith("error: database.url: cannot open"), output
    assert "retrying" not in output
