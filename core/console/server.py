"""Serving the console with uvicorn, beside the bot (`groupops run`) or alone
(`groupops dashboard`)."""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import socket
from pathlib import Path
from typing import Any

import uvicorn
from loguru import logger

from ..errors import StartupError, reason_of
from .app import build_app


class _Embedded(uvicorn.Server):
    """uvicorn without its own signal handling: the process that embeds it owns Ctrl-C."""

    def capture_signals(self) -> Any:
        return contextlib.nullcontext()


class ConsoleServer:
    """uvicorn on the running event loop; `stop` ends it."""

    def __init__(self, settings: Any, database: Any, engine: Any = None,
                 host: str | None = None, port: int | None = None,
                 settings_path: Path | None = None) -> None:  # fmt: skip
        app = build_app(settings, database, engine, settings_path=settings_path)
        self.app = app
        config = uvicorn.Config(
            app,
            host=host or settings.dashboard.host,
            port=settings.dashboard.port if port is None else port,
            log_level="warning",
            lifespan="off",
        )
        self.server = _Embedded(config)
        self.task: asyncio.Task | None = None

    async def start(self) -> None:
        listening = await listen(self.server.config.host, self.server.config.port)
        self.task = asyncio.create_task(self.server.serve([listening]), name="console")
        while not self.server.started:
            if self.task.done():
                await self.task  # it failed to bind: raise why
                raise OSError("the console could not start")
            await asyncio.sleep(0.02)
        config = self.server.config
        logger.info("console on http://{}:{}", config.host, self.port)
        if exposed(listening, self.app.state.settings.dashboard.base_url):
            logger.warning(
                "the console listens on {}:{}, open beyond this computer, over plain HTTP: "
                "sign-in links and session cookies cross the network readable; serve it "
                "behind an HTTPS reverse proxy and set dashboard.base_url to its https:// "
                "address (or keep dashboard.host at 127.0.0.1)", config.host, self.port,
            )  # fmt: skip

    @property
    def port(self) -> int:
        servers = getattr(self.server, "servers", [])
        for server in servers:
            for sock in server.sockets:
                return int(sock.getsockname()[1])
        return int(self.server.config.port)

    async def serve_forever(self) -> None:
        if self.task is None:
            await self.start()
        assert self.task is not None
        await self.task

    async def stop(self) -> None:
        self.server.should_exit = True
        if self.task is not None:
            await asyncio.gather(self.task, return_exceptions=True)


def exposed(listening: socket.socket, base_url: str) -> bool:
    """Whether the console is reached over the network without TLS: bound beyond loopback
    (`0.0.0.0`, a LAN address) with no https `base_url` (a proxy that ends TLS)."""
    address = ipaddress.ip_address(listening.getsockname()[0].split("%")[0])
    return not address.is_loopback and not base_url.startswith("https://")


async def listen(host: str, port: int) -> socket.socket:
    """A socket bound to `host`:`port` for uvicorn to serve on. Bound here, a busy port or an
    unknown host is one line naming the setting (uvicorn itself logs it and exits the process
    from inside its task, which left `groupops run` hanging)."""
    loop = asyncio.get_running_loop()
    try:
        found = await loop.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except OSError as exc:
        raise StartupError(
            "dashboard.host", f"cannot listen on {host!r}: {reason_of(exc)}"
        ) from None
    family, kind, proto, _, address = found[0]
    listening = socket.socket(family, kind, proto)
    try:
        listening.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listening.bind(address)
    except OSError as exc:
        listening.close()
        raise StartupError(
            "dashboard.port", f"cannot listen on {host}:{port}: {reason_of(exc)}"
        ) from None
    return listening
