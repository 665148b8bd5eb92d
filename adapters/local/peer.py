"""The local platform over HTTP: a `LocalPeer` holds a LocalWorld and serves it on a socket, and
a `PeerAdapter` in any process (a cluster worker) acts on it. The peer counts every action it
receives, so a process killed after sending is still counted: what a crash resent shows as an
action received twice.

Settings of a process that delivers through a peer:

    [default.platforms.local]
    adapter = "local"
    peer = "http://127.0.0.1:8930"

Wire: `POST /perform` with an encoded action (core.codec) answers `{"result": …}` or
`{"error": "Forbidden", "message": …}`; `POST /admins` and `POST /member` answer the queries.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from typing import Any

import aiohttp
import orjson
from aiohttp import web

from groupops.core.actions import Action, ActionResult
from groupops.core.adapter_queries import MemberInfo
from groupops.core.codec import decode_action, encode_action
from groupops.core.errors import (
    ActionError,
    AlreadyGone,
    Disconnected,
    Forbidden,
    SettingsProblem,
    TargetNotFound,
    TransientError,
    Unsupported,
)
from groupops.core.refs import Ref

from .adapter import LocalAdapter
from .world import LocalWorld

ERRORS: dict[str, type[ActionError]] = {
    "AlreadyGone": AlreadyGone,
    "Forbidden": Forbidden,
    "TargetNotFound": TargetNotFound,
    "TransientError": TransientError,
}


class LocalPeer:
    """Serves a LocalWorld to PeerAdapters and counts what they ask of it."""

    def __init__(self, world: LocalWorld) -> None:
        self.world = world
        self.adapter = LocalAdapter(world, service_events=False)
        self.received: Counter[str] = Counter()  # encoded action -> times received
        self._runner: web.AppRunner | None = None
        self.url = ""

    async def start(self, host: str = "127.0.0.1", port: int = 0) -> str:
        app = web.Application()
        app.router.add_post("/perform", self._perform)
        app.router.add_post("/admins", self._admins)
        app.router.add_post("/member", self._member)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        await web.TCPSite(self._runner, host, port).start()
        self.url = f"http://{host}:{self._runner.addresses[0][1]}"
        return self.url

    async def close(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    async def _perform(self, request: web.Request) -> web.Response:
        payload = await request.text()
        self.received[payload] += 1
        try:
            result = await self.adapter.perform(decode_action(payload))
        except ActionError as exc:
            return _error(exc)
        body = {"message_ids": list(result.message_ids), "invite_link": result.invite_link}
        return web.json_response({"result": body})

    async def _admins(self, request: web.Request) -> web.Response:
        body = await request.json()
        try:
            admins = await self.adapter.list_admins(Ref(body["chat"]))
        except ActionError as exc:
            return _error(exc)
        return web.json_response({"result": [_member_json(m) for m in admins]})

    async def _member(self, request: web.Request) -> web.Response:
        body = await request.json()
        try:
            member = await self.adapter.get_member(Ref(body["chat"]), Ref(body["user"]))
        except ActionError as exc:
            return _error(exc)
        return web.json_response({"result": _member_json(member)})


def _error(exc: ActionError) -> web.Response:
    return web.json_response({"error": type(exc).__name__, "message": str(exc)})


def _member_json(member: MemberInfo) -> dict[str, Any]:
    return {"user": member.user, "name": member.name, "status": member.status}


class PeerAdapter(LocalAdapter):
    """The local platform's capability table, carried out by a LocalPeer over HTTP."""

    def __init__(self, peer: str, platform: str = "local") -> None:
        super().__init__(LocalWorld(platform))  # the table only: the world is the peer's
        self.peer = peer.rstrip("/")
        self._session: aiohttp.ClientSession | None = None

    @classmethod
    def option_problems(cls, options: Mapping[str, Any]) -> list[SettingsProblem]:
        peer = options.get("peer")
        if not isinstance(peer, str) or not peer.startswith(("http://", "https://")):
            return [SettingsProblem("peer", "must be the peer's http:// address")]
        unknown = sorted(set(options) - {"peer"})
        return [SettingsProblem(key, "unknown key (expected: peer)") for key in unknown]

    async def start(self, sink: Any) -> None:
        self._session = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=30))

    async def stop(self) -> None:
        pass  # receives nothing: events reach the workers through the streams

    async def release(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None

    async def _call(self, path: str, body: bytes) -> Any:
        if self._session is None:
            raise Disconnected("the local peer adapter is not started")
        try:
            async with self._session.post(f"{self.peer}{path}", data=body) as answer:
                data = orjson.loads(await answer.read())
        except (aiohttp.ClientError, TimeoutError, orjson.JSONDecodeError) as exc:
            raise Disconnected(f"local peer {self.peer} unreachable: {exc!r}") from exc
        if "error" in data:
            raise ERRORS.get(data["error"], ActionError)(data["message"])
        return data["result"]

    async def perform(self, action: Action) -> ActionResult:
        if not self.supports(action.capability):
            raise Unsupported(self.name, action.capability)
        result = await self._call("/perform", encode_action(action).encode())
        return ActionResult(tuple(result["message_ids"]), result["invite_link"])

    async def list_admins(self, chat: Ref) -> list[MemberInfo]:
        rows = await self._call("/admins", orjson.dumps({"chat": chat}))
        return [MemberInfo(Ref(r["user"]), r["name"], r["status"]) for r in rows]

    async def get_member(self, chat: Ref, user: Ref) -> MemberInfo:
        row = await self._call("/member", orjson.dumps({"chat": chat, "user": user}))
        return MemberInfo(Ref(row["user"]), row["name"], row["status"])

    async def member_count(self, chat: Ref) -> int | None:
        return None  # not asked of the peer
