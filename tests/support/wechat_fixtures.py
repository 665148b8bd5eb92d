"""Fixtures for the WeChat bridge tests: one Wechaty peer per test session.

The peer needs Node and the npm packages of scripts/wechaty-peer (installed with `npm ci` on
first use). Without `node` the tests are skipped; any other failure to start fails them.
"""

from __future__ import annotations

import asyncio
import fcntl
import inspect
import shutil
import tempfile
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from groupops.adapters.wechat import WechatyAdapter
from groupops.adapters.wechat.wechaty import stubgen
from groupops.core.adapter import Adapter
from groupops.core.engine import Engine
from support.harness import Harness, merge
from support.wechaty_peer import PeerFailed, WechatyPeer

BOT = {"id": "bot", "name": "GroupBot"}


def login(peer: WechatyPeer) -> None:
    peer("world", self=BOT)
    peer("login", id=BOT["id"])  # after a logout


def start_peer(folder: Path, *, tls: bool = False) -> WechatyPeer:
    """A logged-in peer; skips without `node`, fails the test with the reason otherwise."""
    if shutil.which("node") is None:
        pytest.skip("node is not installed; the Wechaty peer runs on Node")
    try:
        # one test process at a time: `npm ci` empties node_modules before filling it, and a
        # second xdist worker starting its peer meanwhile would find it half there
        with open(Path(tempfile.gettempdir()) / "groupops-wechaty-peer.lock", "a") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            stubgen.npm_install()
            stubgen.ensure()
    except stubgen.StubsMissing as exc:
        pytest.fail(f"could not prepare the Wechaty peer: {exc}")
    peer = WechatyPeer(folder / "peer.log", tls=tls)
    try:
        peer.start()
        login(peer)
    except PeerFailed as exc:
        peer.kill()
        pytest.fail(f"could not start the Wechaty peer: {exc}")
    return peer


@pytest.fixture(scope="session")
def wechaty_peer(tmp_path_factory):
    peer = start_peer(tmp_path_factory.mktemp("wechaty"))
    yield peer
    peer.stop()


@pytest.fixture
def wechaty_tls_peer(tmp_path):
    peer = start_peer(tmp_path, tls=True)
    yield peer
    peer.stop()


def new_room(peer: WechatyPeer, members: dict[str, str], *, owner: str = "bot") -> str:
    """A fresh room of the bot and `members` (id -> name); returns its id."""
    room = f"{uuid.uuid4().hex[:12]}@chatroom"
    peer(
        "world",
        contacts=[{"id": i, "name": n} for i, n in members.items()],
        rooms=[{"id": room, "topic": "Test room", "owner": owner, "members": ["bot", *members]}],
    )
    return room


def wechat_adapter(peer: WechatyPeer, **options) -> WechatyAdapter:
    settings = {
        "endpoint": peer.endpoint,
        "token": peer.token,
        "tls": False,
        "messages_per_second": 0,
        "messages_per_minute": 0,
        "member_sweep_seconds": 3600,  # the tests sweep by hand
        "reconnect_max_seconds": 1,
        **options,
    }
    return WechatyAdapter.from_settings(settings)


async def open_with(adapter: Adapter, db_url: str, room: str, extra: dict) -> Harness:
    """The harness with `adapter` beside the local one: `local:main` and the WeChat room are
    chats of one community."""
    chats = {"communities": {"club": {"chats": ["local:main", f"wechat:{room}"]}}}
    # the bridges stamp events with the real time: the local chat's clock starts there too
    h = await Harness.open(merge(chats, extra), db_url, run=False, start=datetime.now(UTC))
    h.wechat = adapter
    h.engine = Engine(h.settings, h.database, [h.adapter, adapter], h.clock)
    await h.engine.start(scheduler=False)
    return h


async def until(h: Harness, check: Callable[[], Any], timeout: float = 10.0):
    """Settle the engine until `check()` (or what it awaits) is truthy: bridge events arrive
    over the network, so there is no single moment to wait for."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while True:
        await h.settle()
        value = check()
        if inspect.isawaitable(value):
            value = await value
        if value or loop.time() > deadline:
            return value
        await asyncio.sleep(0.05)


@pytest.fixture
async def harness_with(db_url):
    """Builds harnesses around a given WeChat adapter; closes them afterwards."""
    made: list[Harness] = []

    async def make(adapter: Adapter, room: str, extra: dict | None = None) -> Harness:
        h = await open_with(adapter, db_url, room, extra or {})
        made.append(h)
        return h

    yield make
    for h in reversed(made):
        await h.close()


@pytest.fixture
async def wechat_factory(db_url, wechaty_peer):
    made: list[Harness] = []

    async def make(room: str, extra: dict | None = None) -> Harness:
        h = await open_with(wechat_adapter(wechaty_peer), db_url, room, extra or {})
        made.append(h)
        return h

    yield make
    for h in reversed(made):
        await h.close()
