"""A real Synapse homeserver for the Matrix tests: SQLite, 127.0.0.1 on a free port, users
registered through the shared-secret admin API, rate limits relaxed (one test tightens them
for its own bot with the admin API).

Synapse runs from its own virtual environment (scripts/synapse_env.sh; GROUPOPS_SYNAPSE_VENV
names another place). Calls are plain blocking HTTP: Synapse is another process, so a test
can act as a user between awaits without involving the loop the adapter runs on.
"""

from __future__ import annotations

import hashlib
import hmac
import itertools
import json
import os
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

from .ports import free_port

VENV = Path(os.environ.get("GROUPOPS_SYNAPSE_VENV", Path.home() / ".cache/groupops/synapse-venv"))
READY_TIMEOUT = 300.0  # a first start on a slow, busy machine prepares its database for a while
SECRET = "groupops-test-registration-secret"
RELAXED = {"per_second": 10000, "burst_count": 10000}
LIMITS = {
    "rc_message": RELAXED,
    "rc_registration": RELAXED,
    "rc_login": {"address": RELAXED, "account": RELAXED, "failed_attempts": RELAXED},
    "rc_joins": {"local": RELAXED, "remote": RELAXED},
    "rc_joins_per_room": RELAXED,
    "rc_invites": {"per_room": RELAXED, "per_user": RELAXED, "per_issuer": RELAXED},
    "rc_admin_redaction": RELAXED,
    "rc_3pid_validation": RELAXED,
    "rc_presence": {"per_user": RELAXED},
    "rc_room_creation": RELAXED,
    "rc_media_create": RELAXED,
    "rc_reports": RELAXED,
    "rc_delayed_event_mgmt": RELAXED,
}
LOG_CONFIG = """version: 1
formatters: {plain: {format: '%(asctime)s %(levelname)s %(name)s %(message)s'}}
handlers: {file: {class: logging.FileHandler, formatter: plain, filename: LOGFILE}}
root: {level: WARNING, handlers: [file]}
disable_existing_loggers: false
"""


class SynapseUnavailable(RuntimeError):
    """Synapse is not installed or did not start; the tests skip, saying why."""


class MatrixError(RuntimeError):
    def __init__(self, status: int, body: dict[str, Any]) -> None:
        self.status, self.body = status, body
        super().__init__(f"HTTP {status}: {body}")


def python() -> str:
    for candidate in (VENV / "bin" / "python", Path(sys.executable)):
        if (
            candidate.exists()
            and subprocess.run(
                [str(candidate), "-c", "import synapse"], capture_output=True
            ).returncode
            == 0
        ):
            return str(candidate)
    raise SynapseUnavailable(
        f"Synapse is not installed (looked in {VENV}): run scripts/synapse_env.sh"
    )


def request(url: str, method: str = "GET", body: Any = None, token: str = "") -> dict[str, Any]:
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(url, data=data, method=method)
    req.add_header("Content-Type", "application/json")
    if token:
        req.add_header("Authorization", f"Bearer {token}")
    try:
        with urllib.request.urlopen(req, timeout=60) as response:
            return json.loads(response.read() or b"{}")
    except urllib.error.HTTPError as exc:
        raw = exc.read()
        try:
            answer = json.loads(raw)
        except ValueError:
            answer = {"raw": raw.decode(errors="replace")}
        raise MatrixError(exc.code, answer) from None


class Synapse:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.server_name = "localhost"
        self.proc: subprocess.Popen | None = None
        self._names = itertools.count(1)
        self.admin: MatrixUser | None = None

    def start(self) -> None:
        exe = python()
        generated, overrides = self.folder / "homeserver.yaml", self.folder / "overrides.yaml"
        log = self.folder / "synapse.log"
        gen = subprocess.run(
            [exe, "-m", "synapse.app.homeserver", "--generate-config", "--report-stats=no",
             "--server-name", self.server_name, "--config-path", str(generated),
             "--data-directory", str(self.folder)],
            capture_output=True, text=True,
        )  # fmt: skip
        if gen.returncode != 0:
            raise SynapseUnavailable(f"Synapse could not write its config: {gen.stderr[-500:]}")
        (self.folder / "log.yaml").write_text(LOG_CONFIG.replace("LOGFILE", str(log)))
        settings = {
            "listeners": [
                {"port": self.port, "bind_addresses": ["127.0.0.1"], "type": "http",
                 "tls": False, "x_forwarded": False,
                 "resources": [{"names": ["client"], "compress": False}]}
            ],
            "database": {"name": "sqlite3", "args": {"database": str(self.folder / "hs.db")}},
            "log_config": str(self.folder / "log.yaml"),
            "registration_shared_secret": SECRET,
            "trusted_key_servers": [],
            "suppress_key_server_warning": True,
            "presence": {"enabled": False},
            "url_preview_enabled": False,
            **LIMITS,
        }  # fmt: skip
        overrides.write_text(json.dumps(settings))  # JSON is YAML
        self._launch("w")
        self.admin = self.register("admin", admin=True)

    def _wait_ready(self, log: Path) -> None:
        deadline = time.monotonic() + READY_TIMEOUT
        while time.monotonic() < deadline:
            assert self.proc is not None
            if self.proc.poll() is not None:
                tail = (self.folder / "stdout.log").read_text()[-1500:]
                raise SynapseUnavailable(f"Synapse exited with {self.proc.returncode}: {tail}")
            try:
                request(f"{self.url}/_matrix/client/versions")
                return
            except (OSError, MatrixError):
                time.sleep(0.25)
        self.stop()
        raise SynapseUnavailable(f"Synapse did not answer within {READY_TIMEOUT:g} s ({log})")

    def restart(self) -> None:
        """Start the stopped server again, on its port and data (an outage that ends)."""
        self._launch("a")

    def _launch(self, output_mode: str) -> None:
        config = [self.folder / "homeserver.yaml", self.folder / "overrides.yaml"]
        self.proc = subprocess.Popen(
            [python(), "-m", "synapse.app.homeserver", "-c", str(config[0]), "-c", str(config[1])],
            stdout=(self.folder / "stdout.log").open(output_mode),
            stderr=subprocess.STDOUT,
            cwd=self.folder,
        )
        self._wait_ready(self.folder / "synapse.log")

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()

    def register(self, name: str, *, admin: bool = False) -> MatrixUser:
        """A new account (`name` plus a counter, so every test gets fresh users)."""
        username = f"{name.lower()}{next(self._names)}"
        path = f"{self.url}/_synapse/admin/v1/register"
        nonce = request(path)["nonce"]
        password = f"pw-{username}"
        kind = "admin" if admin else "notadmin"
        message = b"\x00".join(part.encode() for part in (nonce, username, password, kind))
        mac = hmac.new(SECRET.encode(), message, hashlib.sha1)
        body = {"nonce": nonce, "username": username, "password": password, "admin": admin,
                "mac": mac.hexdigest(), "displayname": name}  # fmt: skip
        answer = request(path, "POST", body)
        return MatrixUser(self, answer["user_id"], answer["access_token"], name)

    def messages(self, room: str) -> list[dict[str, Any]]:
        """Every event of a room, newest first (the admin API: any room, as the server has it)."""
        assert self.admin is not None
        return self.admin.get(f"/_synapse/admin/v1/rooms/{quote(room)}/messages", dir="b",
                              limit="200")["chunk"]  # fmt: skip

    def event(self, room: str, event_id: str) -> dict[str, Any] | None:
        return next((e for e in self.messages(room) if e["event_id"] == event_id), None)

    def limit(self, user: MatrixUser, per_second: int, burst: int) -> None:
        """Tighten the message rate limit of one account (the admin API's override)."""
        assert self.admin is not None
        path = f"/_synapse/admin/v1/users/{quote(user.user_id)}/override_ratelimit"
        self.admin.call("POST", path, {"messages_per_second": per_second, "burst_count": burst})


@dataclass
class MatrixUser:
    server: Synapse
    user_id: str
    token: str
    name: str

    def call(self, method: str, path: str, body: Any = None, **query: str) -> dict[str, Any]:
        url = f"{self.server.url}{path}" + (f"?{urlencode(query)}" if query else "")
        return request(url, method, body if body is not None or method == "GET" else {}, self.token)

    def get(self, path: str, **query: str) -> dict[str, Any]:
        return self.call("GET", path, None, **query)

    def create_room(self, **body: Any) -> str:
        return self.call("POST", "/_matrix/client/v3/createRoom", body)["room_id"]

    def member_call(self, room: str, verb: str, user: str) -> None:
        self.call("POST", f"/_matrix/client/v3/rooms/{quote(room)}/{verb}", {"user_id": user})

    def join(self, room: str) -> None:
        self.call("POST", f"/_matrix/client/v3/join/{quote(room)}", {})

    def knock(self, room: str) -> None:
        self.call("POST", f"/_matrix/client/v3/knock/{quote(room)}", {})

    def leave(self, room: str) -> None:
        self.call("POST", f"/_matrix/client/v3/rooms/{quote(room)}/leave", {})

    def send(self, room: str, text: str = "", **content: Any) -> str:
        body = {"msgtype": "m.text", "body": text, **content}
        txn = f"t{time.time_ns()}"
        path = f"/_matrix/client/v3/rooms/{quote(room)}/send/m.room.message/{txn}"
        return self.call("PUT", path, body)["event_id"]

    def react(self, room: str, event_id: str, key: str) -> str:
        body = {"m.relates_to": {"rel_type": "m.annotation", "event_id": event_id, "key": key}}
        path = f"/_matrix/client/v3/rooms/{quote(room)}/send/m.reaction/r{time.time_ns()}"
        return self.call("PUT", path, body)["event_id"]

    def state(self, room: str, kind: str, key: str = "") -> dict[str, Any] | None:
        path = f"/_matrix/client/v3/rooms/{quote(room)}/state/{kind}/{quote(key)}"
        try:
            return self.get(path.rstrip("/"))
        except MatrixError as exc:
            if exc.status == 404:
                return None
            raise

    def membership(self, room: str, user: str) -> str:
        return (self.state(room, "m.room.member", user) or {}).get("membership", "")

    def invites(self) -> list[str]:
        """The rooms this user is invited to (a sync without a token)."""
        rooms = self.get("/_matrix/client/v3/sync", timeout="0")["rooms"]
        return list(rooms.get("invite") or {})
