"""The webhook's HTTP listener: plain HTTP, meant to sit behind the TLS-terminating reverse
proxy Telegram needs anyway (https on port 443, 80, 88 or 8443), whose timeouts are the real
defence against slow clients. What it does itself, since anyone who can reach the port may
be on the other end:

* at most `MAX_CONNECTIONS` open at once; a connection over it is closed at once. 1,500
  clients each sending a header line every 10 s held 1,514 open files, which past the usual
  limit of 1,024 would have starved the Bot API's and the database's connections;
* a request's head must arrive within `HEAD_SECONDS` of connecting, and the next one within
  `IDLE_SECONDS` of an answer (aiohttp has no header-read timeout of its own: such clients
  were never closed);
* a request aiohttp cannot parse (malformed HTTP) is one warning line, not aiohttp's
  45-line traceback, and like the others above it is said once a minute at most."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

from aiohttp import web
from aiohttp.http_exceptions import HttpProcessingError
from aiohttp.log import server_logger
from aiohttp.web_protocol import RequestHandler

from groupops.core.log_throttle import ThrottledWarning

MAX_CONNECTIONS = (
    200  # Telegram opens 40 at most (setWebhook's max_connections); a proxy, a few more
)
HEAD_SECONDS = 10.0  # a proxy or Telegram sends the request line and headers at once
MAX_BODY = 1024**2  # aiohttp's default; Telegram's updates are a few kilobytes
IDLE_SECONDS = 75.0  # longer than a proxy keeps an idle upstream connection (nginx: 60 s)

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


class _Refused(asyncio.Protocol):
    """A connection over the limit: closed as soon as it is made."""

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        transport.close()


class _ServerLog:
    """aiohttp's server log for this listener: a request it could not parse is a throttled
    line naming the sender and the kind of fault (never the bytes sent); anything else, a
    bug of ours among them, goes to aiohttp's logger whole."""

    def __init__(self, malformed: ThrottledWarning) -> None:
        self.malformed = malformed

    def exception(self, message: str, *args: Any, exc_info: Any = None, **kwargs: Any) -> None:
        if isinstance(exc_info, HttpProcessingError):
            sender = args[0] if args else "?"
            self.malformed.warn(
                "telegram: webhook request from {} refused: malformed HTTP ({})",
                sender, type(exc_info).__name__,
            )  # fmt: skip
            return
        server_logger.exception(message, *args, exc_info=exc_info, **kwargs)

    def debug(self, message: str, *args: Any, **kwargs: Any) -> None:
        server_logger.debug(message, *args, **kwargs)

    def isEnabledFor(self, level: int) -> bool:
        return server_logger.isEnabledFor(level)


class _GuardedSite(web.BaseSite):
    """aiohttp's TCP site, with each connection made through `Listener.connect`."""

    def __init__(self, runner: web.BaseRunner, listener: Listener, host: str, port: int) -> None:
        super().__init__(runner)
        self.listener, self.host, self.port = listener, host, port

    @property
    def name(self) -> str:
        return f"http://{self.host}:{self.port}"

    async def start(self) -> None:
        await super().start()
        loop = asyncio.get_running_loop()
        self._server = await loop.create_server(self.listener.connect, self.host, self.port)


class Listener:
    """Serves `handler` on POST `path` until stopped."""

    def __init__(
        self,
        path: str,
        handler: Handler,
        *,
        max_connections: int = MAX_CONNECTIONS,
        head_seconds: float = HEAD_SECONDS,
        idle_seconds: float = IDLE_SECONDS,
    ) -> None:
        self.max_connections = max_connections
        self.head_seconds = head_seconds
        self.malformed = ThrottledWarning()
        self.crowded = ThrottledWarning()  # connections refused over the limit
        self.slow = ThrottledWarning()  # connections closed without a request's head
        self._headless: set[RequestHandler] = set()  # connections no request came on yet
        app = web.Application(client_max_size=MAX_BODY, middlewares=[self._note_request])
        app.router.add_post(path, handler)
        self._runner = web.AppRunner(
            app,
            access_log=None,
            logger=_ServerLog(self.malformed),
            keepalive_timeout=idle_seconds,
        )

    async def start(self, host: str, port: int) -> None:
        await self._runner.setup()
        await _GuardedSite(self._runner, self, host, port).start()

    async def stop(self) -> None:
        await self._runner.cleanup()

    @property
    def port(self) -> int | None:
        """The port it listens on (useful when configured as 0)."""
        addresses = self._runner.addresses
        return addresses[0][1] if addresses else None

    # --- connections ----------------------------------------------------------------------

    def connect(self) -> asyncio.Protocol:
        """A new connection's protocol: aiohttp's, or one closing it when too many are open."""
        server = self._runner.server
        assert server is not None
        if len(server.connections) >= self.max_connections:
            self.crowded.warn(
                "telegram: webhook connection refused: {} already open (a flood of slow "
                "clients? see the webhook section of docs/adapters.md)", self.max_connections
            )  # fmt: skip
            return _Refused()
        handler = server()
        self._headless.add(handler)
        asyncio.get_running_loop().call_later(self.head_seconds, self._head_due, handler)
        return handler

    def _head_due(self, handler: RequestHandler) -> None:
        if handler not in self._headless:
            return  # a request came: aiohttp's keep-alive timeout takes over
        self._headless.discard(handler)
        if handler.transport is None:
            return  # closed meanwhile
        remote = handler.transport.get_extra_info("peername")
        handler.force_close()
        self.slow.warn(
            "telegram: webhook connection from {} closed: no request within {:g}s",
            remote[0] if isinstance(remote, tuple) else "?", self.head_seconds,
        )  # fmt: skip

    @web.middleware
    async def _note_request(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        self._headless.discard(request.protocol)
        return await handler(request)
