"""telegram-test-api, a Bot API emulator written by others, and `groupops run` polling it.

The emulator runs on Node from scripts/telegram-emulator (`npm ci` there on first use). Its
client routes stand for the members: `say` posts a member's message into a chat, `said`
reads back what the bot posted there, as a member would see it. Without `node` the tests
are skipped; any other failure to start fails them.
"""

from __future__ import annotations

import fcntl
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import httpx
import pytest

from groupops.adapters.wechat.wechaty import stubgen
from support.cli import clean_env
from support.ports import free_port

FOLDER = Path(__file__).resolve().parents[2] / "scripts" / "telegram-emulator"
# The emulator takes any token; groupops checks its shape as @BotFather gives it
TOKEN = "123456:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw1"
T = TypeVar("T")


def node_ready() -> str:
    """`node`, with the emulator's npm packages installed; skips the test without `node`."""
    node = shutil.which("node")
    if node is None:
        pytest.skip("node is not installed; the Telegram emulator (telegram-test-api) runs on it")
    try:
        # one test process at a time: `npm ci` empties node_modules before filling it
        with open(Path(tempfile.gettempdir()) / "groupops-telegram-emulator.lock", "a") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            stubgen.npm_install(FOLDER)
    except stubgen.StubsMissing as exc:
        pytest.fail(f"could not install telegram-test-api: {exc}")
    return node


def wait_for(check: Callable[[], T], timeout: float, what: str) -> T:
    """`check()` once it is truthy; fails the test saying `what` was awaited."""
    deadline = time.monotonic() + timeout
    while True:
        value = check()
        if value:
            return value
        if time.monotonic() > deadline:
            pytest.fail(f"gave up after {timeout:g}s waiting for {what}")
        time.sleep(0.1)


class Output:
    """A process's output lines, read as they come (the process never blocks on a full pipe)."""

    def __init__(self, stream: Any) -> None:
        self.lines: list[str] = []
        self._thread = threading.Thread(target=self._read, args=(stream,), daemon=True)
        self._thread.start()

    def _read(self, stream: Any) -> None:
        for line in stream:
            self.lines.append(line.rstrip("\n"))

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


@dataclass(frozen=True)
class Member:
    id: int
    name: str

    def user(self) -> dict[str, Any]:
        return {"id": self.id, "first_name": self.name, "is_bot": False}

    def private(self) -> dict[str, Any]:
        return {"id": self.id, "type": "private", "first_name": self.name}


@dataclass(frozen=True)
class Group:
    id: int
    title: str

    def chat(self) -> dict[str, Any]:
        return {"id": self.id, "type": "supergroup", "title": self.title}


class Emulator:
    def __init__(self, node: str) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process = subprocess.Popen(
            [node, str(FOLDER / "emulator.mjs"), str(self.port)],
            cwd=FOLDER, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
            text=True,
        )  # fmt: skip
        self.output = Output(self.process.stdout)
        self.http = httpx.Client(base_url=self.url, timeout=10)
        wait_for(self._listening, 30, f"the emulator to listen on {self.url}")

    def _listening(self) -> bool:
        if self.process.poll() is not None:
            pytest.fail(f"the emulator exited: {self.output.text}")
        return any(line.startswith('{"listening"') for line in self.output.lines)

    def say(
        self,
        chat: Group | Member,
        member: Member,
        text: str,
        entities: list[dict[str, Any]] | None = None,
        **fields: Any,
    ) -> int:
        """`member` posts `text` in `chat` (a group, or the member's private chat); returns
        the message id the emulator gave it."""
        where = chat.chat() if isinstance(chat, Group) else chat.private()
        message = {"from": member.user(), "chat": where, "date": int(time.time()), "text": text}
        if entities:
            message["entities"] = entities
        self._post("/sendMessage", {"botToken": TOKEN, **message, **fields})
        mine = [m for m in self.history() if m.get("message", {}).get("chat") == where]
        return int(mine[-1]["messageId"])

    def history(self) -> list[dict[str, Any]]:
        """Every message kept for the bot (the members' and its own), oldest first."""
        return list(self._post("/getUpdatesHistory", {"token": TOKEN}))

    def said(self, chat: Group | Member) -> list[dict[str, Any]]:
        """What the bot posted in `chat` (the parameters of its sendMessage calls)."""
        return [
            item["message"]
            for item in self.history()
            if str(item["message"].get("chat_id")) == str(chat.id)
        ]

    def texts(self, chat: Group | Member) -> list[str]:
        return [str(message.get("text")) for message in self.said(chat)]

    def present(self, chat: Group, message_id: int) -> bool:
        """Whether a member's message is still in the chat (deleteMessage takes it out)."""
        return any(
            item["messageId"] == message_id and item["message"].get("chat") == chat.chat()
            for item in self.history()
        )

    def _post(self, path: str, body: dict[str, Any]) -> Any:
        answer = self.http.post(path, json=body).raise_for_status().json()
        assert answer["ok"], answer
        return answer["result"]

    def stop(self) -> None:
        self.http.close()
        if self.process.stdin is not None:
            self.process.stdin.close()  # the launcher's cue to stop
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


class Running:
    """`groupops run` in `folder` with `settings` (TOML under [default]), its token in
    .secrets.toml as an operator keeps it; ready once it says it is running."""

    def __init__(self, folder: Path, settings: str) -> None:
        (folder / "settings.toml").write_text(settings, encoding="utf-8")
        secrets = f'[default.platforms.telegram]\ntoken = "{TOKEN}"\n'
        (folder / ".secrets.toml").write_text(secrets, encoding="utf-8")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "groupops.core.cli", "run", "--settings", "settings.toml"],
            cwd=folder, env=clean_env(), text=True,
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
        )  # fmt: skip
        self.output = Output(self.process.stdout)
        wait_for(self._running, 120, "`groupops run` to start")  # a loaded machine is slow

    def _running(self) -> bool:
        if self.process.poll() is not None:
            pytest.fail(f"groupops run exited ({self.process.returncode}):\n{self.output.text}")
        return "groupops running" in self.output.text

    @property
    def log(self) -> str:
        return self.output.text

    def stop(self) -> int:
        self.process.send_signal(signal.SIGTERM)
        try:
            return self.process.wait(30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            return self.process.wait()
