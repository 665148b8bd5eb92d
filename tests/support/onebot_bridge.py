"""A fake OneBot 12 implementation over a small WeChat world, written from the spec.

It speaks both WebSocket directions (forward: it serves; reverse: it connects to the app),
checks `Authorization: Bearer <access_token>`, validates every action request against the
spec's required parameters (`SPEC`), answers with the spec's response frame and retcodes,
and emits spec-shaped events (`id`, `time`, `type`, `detail_type`, `sub_type`, `self`).
"""

from __future__ import annotations

import asyncio
import itertools
import json
import time
import uuid
from collections.abc import Callable, Iterable
from typing import Any

import aiohttp
from aiohttp import web

PLATFORM = "wechat"
# action -> required parameters (OneBot 12 standard actions, plus a WeChat extension)
SPEC: dict[str, tuple[str, ...]] = {
    "get_supported_actions": (),
    "get_status": (),
    "get_version": (),
    "get_self_info": (),
    "get_user_info": ("user_id",),
    "send_message": ("detail_type", "message"),
    "delete_message": ("message_id",),
    "get_group_list": (),
    "get_group_member_list": ("group_id",),
    "get_group_member_info": ("group_id", "user_id"),
    "wx.kick_group_member": ("group_id", "user_id"),
}
BAD_PARAM, UNSUPPORTED, PLATFORM_REFUSED, NOT_FOUND = 10003, 10002, 34001, 35001
UNSUPPORTED_SEGMENT = 10005
NETWORK_ERROR = 33001  # the bridge could not reach WeChat's servers


class Failed(Exception):
    def __init__(self, retcode: int, message: str) -> None:
        super().__init__(message)
        self.retcode = retcode


class FakeOneBot:
    def __init__(self, access_token: str, *, actions: Iterable[str] = SPEC, self_id: str = "bot"):
        self.access_token = access_token
        self.actions = tuple(actions)
        self.self_id = self_id
        self.groups: dict[str, dict[str, str]] = {}  # group -> {user: name}
        self.owners: dict[str, str] = {}
        self.strangers: set[str] = set()  # not the account's friends: no private messages
        self.sent: list[dict[str, Any]] = []
        self.online = True  # the WeChat account is logged in
        self.emitted: list[dict[str, Any]] = []  # every event sent, for validation
        self.requests: list[dict[str, Any]] = []  # every action request received
        self.answers: list[tuple[str, Any]] = []  # (action, data) of every successful answer
        self.recalled: list[str] = []
        self.authors: dict[str, str] = {}  # message id -> who posted it
        self.ws: Any = None
        self.refused = 0
        # action -> failures answered to its next requests, one per request, then performed
        self.refuse: dict[str, list[Failed]] = {}
        self.segments_refused: set[str] = set()  # segment types send_message cannot send
        self.slow: dict[str, float] = {}  # action -> seconds it takes to answer (a slow bridge)
        self.kicks_told = True  # False: a removal sends no group_member_decrease (some bridges)
        self._ids = itertools.count(1)
        self._runner: web.AppRunner | None = None
        self._session: aiohttp.ClientSession | None = None
        self._reader: asyncio.Task | None = None
        self.url = ""
        self.protocol: str | None = None
        self._request: web.Request | None = None  # the forward connection's, to break it

    # --- the world ------------------------------------------------------------------------

    def group(self, group: str, members: dict[str, str], owner: str = "bot") -> None:
        self.groups[group] = {self.self_id: "GroupBot", **members}
        self.owners[group] = owner

    def texts(self, target: str) -> list[str]:
        return [
            "".join(
                s["data"].get("text", "") if s["type"] == "text" else f"@{s['data']['user_id']} "
                for s in m["message"]
                if s["type"] in ("text", "mention")
            )
            for m in self.sent
            if target in (m.get("group_id"), m.get("user_id"))
        ]

    def _event(self, type_: str, detail: str, sub: str = "", **fields: Any) -> dict[str, Any]:
        return {
            "id": uuid.uuid4().hex,
            "time": time.time(),
            "type": type_,
            "detail_type": detail,
            "sub_type": sub,
            "self": {"platform": PLATFORM, "user_id": self.self_id},
            **fields,
        }

    async def emit(self, event: dict[str, Any]) -> None:
        self.emitted.append(event)
        await self.ws.send_str(json.dumps(event, ensure_ascii=False))

    def _status(self) -> dict[str, Any]:
        me = {"platform": PLATFORM, "user_id": self.self_id}
        return {"good": True, "bots": [{"self": me, "online": self.online}]}

    async def set_online(self, online: bool) -> None:
        """The account logs out (or in again): the spec's `status_update` meta event."""
        self.online = online
        event = self._event("meta", "status_update", status=self._status())
        del event["self"]  # meta events carry no `self`
        await self.emit(event)

    async def beat(self, interval_ms: int = 5000) -> None:
        event = self._event("meta", "heartbeat", interval=interval_ms)
        del event["self"]
        await self.emit(event)

    async def say(
        self,
        group: str | None,
        user: str,
        text: str,
        mentions: Iterable[str] = (),
        *,
        reply_to: str | None = None,
    ) -> str:
        """`user` posts `text` (answering the message `reply_to`); returns its message id."""
        message = [{"type": "text", "data": {"text": text}}]
        message += [{"type": "mention", "data": {"user_id": m}} for m in mentions]
        if reply_to is not None:  # the spec's reply segment, the answered author included
            quote = {"message_id": reply_to, "user_id": self.authors[reply_to]}
            message.insert(0, {"type": "reply", "data": quote})
        place = {"group_id": group, "detail_type": "group"} if group else {"detail_type": "private"}
        detail = place.pop("detail_type")
        message_id = f"m{next(self._ids)}"
        self.authors[message_id] = user
        await self.emit(
            self._event(
                "message",
                detail,
                message_id=message_id,
                message=message,
                alt_message=text,
                user_id=user,
                **place,
            )
        )
        return message_id

    async def join(self, group: str, user: str, name: str, operator: str) -> None:
        self.groups.setdefault(group, {})[user] = name
        await self.emit(
            self._event(
                "notice", "group_member_increase", "invite", group_id=group, user_id=user,
                operator_id=operator,
            )
        )  # fmt: skip

    async def leave(self, group: str, user: str) -> None:
        """`user` quits the group themselves: a group_member_decrease notice."""
        del self.groups[group][user]
        await self.emit(
            self._event(
                "notice", "group_member_decrease", "leave", group_id=group, user_id=user,
                operator_id=user,
            )
        )  # fmt: skip

    def quit_quietly(self, group: str, user: str) -> None:
        del self.groups[group][user]

    # --- actions --------------------------------------------------------------------------

    def _members(self, params: dict[str, Any]) -> dict[str, str]:
        if params["group_id"] not in self.groups:
            raise Failed(NOT_FOUND, f"group {params['group_id']} not found")
        return self.groups[params["group_id"]]

    async def _perform(self, action: str, params: dict[str, Any]) -> Any:
        handlers: dict[str, Callable[[dict[str, Any]], Any]] = {
            "get_supported_actions": lambda p: list(self.actions),
            "get_status": lambda p: self._status(),
            "get_version": lambda p: {"impl": "fake", "version": "1", "onebot_version": "12"},
            "get_self_info": lambda p: {
                "user_id": self.self_id,
                "user_name": "GroupBot",
                "user_displayname": "",
            },
            "get_user_info": self._user_info,
            "send_message": self._send,
            "delete_message": self._delete,
            "get_group_list": lambda p: [{"group_id": g, "group_name": g} for g in self.groups],
            "get_group_member_list": lambda p: [
                {"user_id": u, "user_name": n, "user_displayname": ""}
                for u, n in self._members(p).items()
            ],
            "get_group_member_info": self._member_info,
        }
        if action == "wx.kick_group_member":
            return await self._kick(params)
        return handlers[action](params)

    def _send(self, params: dict[str, Any]) -> dict[str, Any]:
        key = {"group": "group_id", "private": "user_id"}.get(params["detail_type"])
        if key is None or key not in params:
            raise Failed(BAD_PARAM, f"send_message needs {key or 'a known detail_type'}")
        if key == "group_id":
            if self.self_id not in self._members(params):  # removed from it
                raise Failed(PLATFORM_REFUSED, f"the account is not in group {params['group_id']}")
        elif params["user_id"] in self.strangers:
            raise Failed(PLATFORM_REFUSED, f"{params['user_id']} is not a friend of the account")
        for segment in params["message"]:
            if segment["type"] in self.segments_refused:
                raise Failed(UNSUPPORTED_SEGMENT, f"unsupported segment: {segment['type']}")
        message_id = f"s{next(self._ids)}"
        self.authors[message_id] = self.self_id
        self.sent.append({**params, "message_id": message_id})
        return {"message_id": message_id, "time": time.time()}

    def _delete(self, params: dict[str, Any]) -> None:
        if params["message_id"] in self.recalled:
            raise Failed(NOT_FOUND, f"message {params['message_id']} was recalled already")
        if not any(m["message_id"] == params["message_id"] for m in self.sent):
            raise Failed(PLATFORM_REFUSED, "only the bot's own messages can be recalled")
        self.recalled.append(params["message_id"])

    def _member_info(self, params: dict[str, Any]) -> dict[str, Any]:
        members = self._members(params)
        if params["user_id"] not in members:
            raise Failed(NOT_FOUND, f"{params['user_id']} is not in the group")
        name = members[params["user_id"]]
        return {"user_id": params["user_id"], "user_name": name, "user_displayname": ""}

    def _user_info(self, params: dict[str, Any]) -> dict[str, Any]:
        for members in self.groups.values():
            if params["user_id"] in members:
                name = members[params["user_id"]]
                return {"user_id": params["user_id"], "user_name": name, "user_displayname": ""}
        raise Failed(NOT_FOUND, f"user {params['user_id']} not found")

    async def _kick(self, params: dict[str, Any]) -> None:
        group, user = params["group_id"], params["user_id"]
        members = self._members(params)
        if self.owners[group] != self.self_id:
            raise Failed(PLATFORM_REFUSED, "only the group owner can remove members")
        if members.pop(user, None) is None:
            raise Failed(NOT_FOUND, f"{user} is not in the group")
        if not self.kicks_told:
            return
        await self.emit(
            self._event(
                "notice", "group_member_decrease", "kick", group_id=group, user_id=user,
                operator_id=self.self_id,
            )
        )  # fmt: skip

    async def _answer(self, request: dict[str, Any]) -> dict[str, Any]:
        self.requests.append(request)
        action, params = request.get("action", ""), request.get("params") or {}
        frame: dict[str, Any] = {"echo": request.get("echo", "")}
        try:
            if action not in self.actions:
                raise Failed(UNSUPPORTED, f"{action} is not supported")
            missing = [p for p in SPEC[action] if p not in params]
            if missing:
                raise Failed(BAD_PARAM, f"{action} is missing {', '.join(missing)}")
            if self.refuse.get(action):
                raise self.refuse[action].pop(0)
            await asyncio.sleep(self.slow.get(action, 0))
            data = await self._perform(action, params)
        except Failed as exc:
            return {**frame, "status": "failed", "retcode": exc.retcode, "data": None,
                    "message": str(exc)}  # fmt: skip
        self.answers.append((action, data))
        return {**frame, "status": "ok", "retcode": 0, "data": data, "message": ""}

    async def _serve(self, ws: Any) -> None:
        self.ws = ws
        connect = self._event(
            "meta", "connect", version={"impl": "fake", "version": "1.0.0", "onebot_version": "12"}
        )
        del connect["self"]
        await self.emit(connect)
        async for message in ws:
            if message.type == aiohttp.WSMsgType.TEXT:
                await ws.send_str(json.dumps(await self._answer(json.loads(message.data))))

    # --- connections ----------------------------------------------------------------------

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        if request.headers.get("Authorization") != f"Bearer {self.access_token}":
            self.refused += 1
            return web.Response(status=401)
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        self._request = request
        await self._serve(ws)
        return ws

    async def listen(self, port: int = 0) -> str:
        """Forward mode: serve a WebSocket; returns its URL."""
        app = web.Application()
        app.router.add_get("/", self._handle)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", port)
        await site.start()
        self.url = f"ws://127.0.0.1:{site._server.sockets[0].getsockname()[1]}/"
        return self.url

    async def connect(self, url: str, token: str | None = None) -> int:
        """Reverse mode: connect to the app and serve; returns the HTTP status on refusal."""
        self._session = self._session or aiohttp.ClientSession()
        headers = {"Authorization": f"Bearer {token or self.access_token}"}
        try:
            ws = await self._session.ws_connect(url, headers=headers, protocols=("12.fake",))
        except aiohttp.WSServerHandshakeError as exc:
            return exc.status
        self.ws = ws
        self.protocol = ws.protocol  # the subprotocol the app answered
        self._reader = asyncio.create_task(self._serve(ws))
        return 101

    def drop(self) -> None:
        """Forward mode: the connection breaks at once (no close frame), whatever is pending."""
        if self._request is not None and self._request.transport is not None:
            self._request.transport.abort()

    async def stop_serving(self) -> None:
        """Forward mode: the bridge process goes away (its port is free again)."""
        if self.ws is not None:
            await self.ws.close()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def close(self) -> None:
        if self.ws is not None:
            await self.ws.close()
        if self._reader is not None:
            await self._reader
        if self._session is not None:
            await self._session.close()
        if self._runner is not None:
            await self._runner.cleanup()
