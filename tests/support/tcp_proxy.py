"""A TCP proxy a test stops and starts again: a database server that goes away (every open
connection cut, new ones refused) and comes back on the same address; or one that hangs
(connections stay open and new ones are accepted, but nothing goes through) and answers again.

async with TcpProxy(5432) as proxy:
    url = f"postgres://postgres@127.0.0.1:{proxy.port}/db"
    await proxy.stop()   # the outage
    await proxy.start()  # back
    proxy.stall()        # the server hangs
    proxy.resume()       # and answers what it was sent meanwhile
    proxy.hold_closes()  # a connection the server ends stays open to the client (its last
                         # bytes delivered) until `release_closes`
"""

from __future__ import annotations

import asyncio
import contextlib

from support.ports import free_port


class TcpProxy:
    def __init__(self, target_port: int, target_host: str = "127.0.0.1") -> None:
        self.target = (target_host, target_port)
        self.port = free_port()
        self._server: asyncio.Server | None = None
        self._links: set[asyncio.StreamWriter] = set()
        self._flowing = asyncio.Event()
        self._flowing.set()
        self._closes = asyncio.Event()
        self._closes.set()

    async def __aenter__(self) -> TcpProxy:
        await self.start()
        return self

    async def __aexit__(self, *_: object) -> None:
        await self.stop()

    async def start(self) -> None:
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", self.port)

    async def stop(self) -> None:
        """Refuse new connections and cut the open ones."""
        if self._server is not None:
            self._server.close()
            self._server = None
        self._closes.set()
        for writer in list(self._links):
            writer.transport.abort()
        self._links.clear()

    def stall(self) -> None:
        """Forward nothing more, either way, until `resume`; connections stay open."""
        self._flowing.clear()

    def resume(self) -> None:
        self._flowing.set()

    def hold_closes(self) -> None:
        self._closes.clear()

    def release_closes(self) -> None:
        self._closes.set()

    async def _serve(self, client_r: asyncio.StreamReader, client_w: asyncio.StreamWriter) -> None:
        try:
            server_r, server_w = await asyncio.open_connection(*self.target)
        except OSError:
            client_w.transport.abort()
            return
        self._links |= {client_w, server_w}
        await asyncio.gather(
            _pipe(client_r, server_w, self._flowing),
            _pipe(server_r, client_w, self._flowing, self._closes),
        )
        for writer in (client_w, server_w):
            self._links.discard(writer)
            writer.transport.abort()


async def _pipe(
    reader: asyncio.StreamReader,
    writer: asyncio.StreamWriter,
    flowing: asyncio.Event,
    closes: asyncio.Event | None = None,
) -> None:
    with contextlib.suppress(OSError, asyncio.CancelledError):
        while data := await reader.read(65536):
            await flowing.wait()  # held, not dropped, while stalled
            writer.write(data)
            await writer.drain()
        if closes is not None and not writer.transport.is_closing():
            await closes.wait()
    writer.transport.abort()
