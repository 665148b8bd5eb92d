"""The two OneBot 12 WebSocket directions, both feeding frames to one handler.

Forward: we connect to the bridge's WebSocket server and reconnect with backoff when it goes.
Reverse: we listen and the bridge connects to us (the bridge reconnects; the newest wins).
Either way the access token travels as `Authorization: Bearer <token>`; a reverse connection
may also carry it as the `access_token` query parameter, as the spec allows. A reverse
connection offers the subprotocol `12.<impl>` and the spec has us answer it: clients that
follow the spec (npm `ws`, for one) abort a handshake whose answer lacks it.
"""

from __future__ import annotations

import asyncio
import hmac
import json
from collections.abc import Awaitable, Callable
from typing import Any

import aiohttp
from aiohttp import web
from loguru import logger

from groupops.core.backoff import Backoff
from groupops.core.intake import IntakeWatch
from groupops.core.outage import Outage
from groupops.core.redaction import redact_url

from .options import OneBotOptions
from .protocol import BridgeAuthError

Frames = Callable[[aiohttp.ClientWebSocketResponse | web.WebSocketResponse], Awaitable[None]]


def _bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"} if token else {}


class Forward:
    def __init__(self, options: OneBotOptions, serve: Frames) -> None:
        self.options, self.serve = options, serve
        self.session: aiohttp.ClientSession | None = None
        self.reconnects = 0
        self.backoff = Backoff(maximum=options.reconnect_max_seconds)
        self.watch: IntakeWatch | None = None  # the bridge away shows on /metrics

    @property
    def where(self) -> str:
        return redact_url(self.options.url)  # a `?access_token=` in it is shown masked

    async def connect(self) -> aiohttp.ClientWebSocketResponse:
        if self.session is None:
            self.session = aiohttp.ClientSession()
        try:
            return await self.session.ws_connect(
                self.options.url, headers=_bearer(self.options.access_token), heartbeat=30
            )
        except aiohttp.WSServerHandshakeError as exc:
            if exc.status in (401, 403):
                raise BridgeAuthError(self.where) from None
            raise

    async def run(self, first: aiohttp.ClientWebSocketResponse | None) -> None:
        """Serve connections until cancelled; never raises because the bridge went away. The
        bridge away is said once, now and then while it lasts, and once it is back; not at
        every try (two lines a try, sixteen for a two-minute outage)."""
        service = f"the OneBot bridge at {self.where}"
        away = Outage(
            "wechat",
            (lambda exc: service if isinstance(exc, aiohttp.ClientError | OSError) else None,),
            slowing=True,
        )
        ws = first
        while True:
            try:
                if ws is None:
                    ws = await self.connect()
                self.backoff.reset()
                away.passed()
                if self.watch is not None:
                    self.watch.answered()
                await self.serve(ws)
                logger.info("wechat: {} closed the connection; reconnecting", service)
            except asyncio.CancelledError:
                raise
            except BridgeAuthError as exc:
                logger.error("wechat: {}", exc)
                self._failed(exc)
            except (aiohttp.ClientError, OSError) as exc:
                away.failed(exc)
                self._failed(exc)
            except Exception as exc:
                logger.exception("wechat: OneBot session failed")
                self._failed(exc)
            ws = None
            await asyncio.sleep(self.backoff.next_pause())
            self.reconnects += 1

    def _failed(self, exc: Exception) -> None:
        if self.watch is not None:
            self.watch.failed(exc)

    async def close(self) -> None:
        if self.session is not None:
            await self.session.close()
            self.session = None


class Reverse:
    def __init__(self, options: OneBotOptions, serve: Frames) -> None:
        self.options, self.serve = options, serve
        self.runner: web.AppRunner | None = None
        self.port = options.listen_port
        self.reconnects = 0
        self._current: web.WebSocketResponse | None = None

    @property
    def where(self) -> str:
        o = self.options
        return f"ws://{o.listen_host}:{self.port}{o.listen_path}"

    def _authorized(self, request: web.Request) -> bool:
        token = self.options.access_token
        if not token:
            return True
        header = request.headers.get("Authorization", "")
        given = header.removeprefix("Bearer ") if header.startswith("Bearer ") else ""
        given = given or request.query.get("access_token", "")
        return hmac.compare_digest(given.encode(), token.encode())

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        if not self._authorized(request):
            logger.warning("wechat: refused a OneBot connection with a wrong access token")
            return web.Response(status=401, text="access token refused")
        ws = web.WebSocketResponse(heartbeat=30, protocols=onebot_protocols(request))
        await ws.prepare(request)
        if self._current is not None:  # the bridge reconnected: the newest connection wins
            self.reconnects += 1
            await self._current.close()
        self._current = ws
        try:
            await self.serve(ws)
        finally:
            if self._current is ws:
                self._current = None
        return ws

    async def start(self) -> None:
        app = web.Application()
        app.router.add_get(self.options.listen_path, self._handle)
        self.runner = web.AppRunner(app, access_log=None)
        await self.runner.setup()
        site = web.TCPSite(self.runner, self.options.listen_host, self.options.listen_port)
        await site.start()
        server = site._server  # the bound port when listen_port is 0
        if isinstance(server, asyncio.Server) and server.sockets:
            self.port = server.sockets[0].getsockname()[1]

    async def close(self) -> None:
        if self._current is not None:
            await self._current.close()
        if self.runner is not None:
            await self.runner.cleanup()
            self.runner = None


def onebot_protocols(request: web.Request) -> tuple[str, ...]:
    """The OneBot 12 subprotocols the client offers (`12.<impl>`), answered as offered."""
    offered = request.headers.get("Sec-WebSocket-Protocol", "")
    return tuple(p for p in (o.strip() for o in offered.split(",")) if p.startswith("12."))


def frame(raw: Any) -> dict[str, Any] | None:
    try:
        data = json.loads(raw)
    except (TypeError, ValueError):
        return None
    return data if isinstance(data, dict) else None
