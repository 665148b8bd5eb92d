"""A Redis server of the test's own, on a free port and with nothing kept on disk, that the
test may kill and start again (the shared one stays untouched)."""

from __future__ import annotations

import shutil
import signal
import subprocess
import time
from pathlib import Path

import pytest
from redis import Redis

from .ports import free_port


def need_redis_server() -> str:
    binary = shutil.which("redis-server")
    if binary is None:
        pytest.skip("redis-server is not installed: the Redis restart needs a server of our own")
    return binary


class RedisServer:
    def __init__(self, folder: Path, password: str | None = None) -> None:
        self.binary = need_redis_server()
        self.password = password  # `requirepass`: clients must AUTH with it
        self.folder = folder
        self.port = free_port()
        self.process: subprocess.Popen | None = None
        self.restarts = 0

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        log = (self.folder / "redis.log").open("ab")
        self.process = subprocess.Popen(
            [self.binary, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "",
             "--appendonly", "no", "--dir", str(self.folder),
             *(("--requirepass", self.password) if self.password else ())],
            stdout=log,
            stderr=subprocess.STDOUT,
        )  # fmt: skip
        log.close()
        client = Redis.from_url(self.url, password=self.password)
        try:
            for _ in range(200):
                try:
                    if client.ping():
                        return
                except Exception:
                    time.sleep(0.05)
            raise RuntimeError(f"redis-server did not answer on port {self.port}")
        finally:
            client.close()

    def kill(self) -> None:
        if self.process is not None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait()
            self.process = None

    def restart(self) -> None:
        """Killed and started again: everything it held is gone."""
        self.kill()
        self.start()
        self.restarts += 1
