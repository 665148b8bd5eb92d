"""The Wechaty test peer (scripts/wechaty-peer/peer.mjs): a real puppet-service gRPC server
over the mock WeChat world, driven by JSON lines on its stdin."""

from __future__ import annotations

import contextlib
import json
import os
import select
import shutil
import subprocess
from pathlib import Path
from typing import Any

from groupops.adapters.wechat.wechaty import stubgen

from .ports import free_port

SCRIPT = stubgen.PEER / "peer.mjs"
START_TIMEOUT = 30.0
ANSWER_TIMEOUT = 10.0


class PeerFailed(RuntimeError):
    pass


class WechatyPeer:
    def __init__(
        self, log_path: Path, token: str = "groupops-test-token", *, tls: bool = False
    ) -> None:
        self.token = token
        self.tls = tls
        self.ca = ""  # with TLS: the PEM the peer's certificate is signed by
        self.port = free_port()
        self.log_path = log_path
        self.proc: subprocess.Popen | None = None

    @property
    def endpoint(self) -> str:
        return f"127.0.0.1:{self.port}"

    def start(self) -> None:
        node = shutil.which("node")
        assert node is not None
        log = self.log_path.open("a")
        self.proc = subprocess.Popen(
            [
                node,
                "--no-deprecation",
                str(SCRIPT),
                "--port",
                str(self.port),
                "--token",
                self.token,
                *(["--tls"] if self.tls else []),
            ],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=log,
            text=True,
            env={**os.environ, "WECHATY_LOG": "error"},
        )
        log.close()
        ready = self._answer(START_TIMEOUT)
        if ready.get("ready") != self.port:
            raise PeerFailed(f"the Wechaty peer did not start: {ready}")
        self.ca = ready.get("ca", "")

    def _answer(self, timeout: float) -> dict[str, Any]:
        assert self.proc is not None and self.proc.stdout is not None
        readable, _, _ = select.select([self.proc.stdout], [], [], timeout)
        line = self.proc.stdout.readline() if readable else ""
        if not line:
            tail = self.log_path.read_text()[-2000:]
            raise PeerFailed(f"the Wechaty peer stopped answering; its log ends:\n{tail}")
        return json.loads(line)

    def __call__(self, op: str, /, **params: Any) -> Any:
        """Run one world command (see peer.mjs) and return its answer."""
        proc = self.proc
        assert proc is not None and proc.stdin is not None
        proc.stdin.write(json.dumps({"op": op, **params}) + "\n")
        proc.stdin.flush()
        answer = self._answer(ANSWER_TIMEOUT)
        if "error" in answer:
            raise PeerFailed(f"peer {op}: {answer['error']}")
        return answer["ok"]

    def kill(self) -> None:
        if self.proc is not None:
            self.proc.kill()
            self.proc.wait()
            for pipe in (self.proc.stdin, self.proc.stdout):
                if pipe is not None:
                    pipe.close()
            self.proc = None

    def stop(self) -> None:
        if self.proc is not None:
            assert self.proc.stdin is not None
            self.proc.stdin.close()
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.proc.wait(timeout=5)
            self.kill()
