"""The bridge session of the Wechaty adapter: connect, follow events, reconnect, sweep.

A supervisor task keeps one session with the bridge: open the channel, `Start`, follow the
event stream; when the bridge goes away it reconnects with capped exponential backoff and the
process carries on. After every (re)connect the member lists are compared, so leaves nobody
announced (WeChat announces none for members leaving on their own) are still reported.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from loguru import logger

from groupops.core.adapter import EventSink
from groupops.core.backoff import Backoff
from groupops.core.errors import Disconnected
from groupops.core.events import Event
from groupops.core.intake import IntakeLoop

from ..bridge import BridgeSession, online_or_told
from ..refused import TlsRefused
from .inbound import Inbound
from .options import WechatyOptions
from .rpc import BridgeAuthError, BridgeError, Endpoint, PuppetClient

READY_TIMEOUT = 10.0


class Session(BridgeSession):
    """Mixed into WechatyAdapter: its lifecycle."""

    options: WechatyOptions
    endpoint: Endpoint
    client: PuppetClient
    inbound: Inbound
    connected: asyncio.Event
    reconnects: int
    backoff: Backoff
    _sink: EventSink | None
    _tasks: list[asyncio.Task]
    refusal: str = ""  # what the bridge last answered when the stream would not open
    streams: int = 0  # event streams the bridge opened (a restarted bridge opens a new one)
    keep_receiving: Callable[[str, IntakeLoop], asyncio.Task[None]]  # Adapter's

    # --- lifecycle ----------------------------------------------------------------------------

    async def start(self, sink: EventSink) -> None:
        """Connect; a refused token raises BridgeAuthError, an absent bridge is retried."""
        self._sink = sink
        try:
            await self._open()
        except (BridgeAuthError, TlsRefused):  # the settings, not the bridge, are to change
            await self.client.close()
            raise
        except Disconnected as exc:
            logger.warning("wechat: {}; retrying in the background", exc)
            opened = False
        else:
            opened = True
        first = [opened]  # a restart by the engine's supervisor opens the bridge again
        self._tasks = [
            self.keep_receiving("bridge", lambda: self._supervise(first.pop() if first else False)),
            asyncio.create_task(self._sweep_loop(), name="wechat-sweep"),
        ]
        if opened:
            await online_or_told(self.connected, lambda: self.refusal, READY_TIMEOUT)

    async def stop(self) -> None:
        """Stop following events; the channel stays open for the outbox to drain."""
        for task in self._tasks:
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        self._tasks = []

    async def release(self) -> None:
        await self.stop()
        self.connected.clear()
        await self.client.close()

    async def _open(self) -> None:
        await self.client.call("Start")

    async def _supervise(self, opened: bool) -> None:
        while True:
            try:
                if not opened:
                    await self._open()
                opened = False
                await self._session()  # ends only by raising: the stream always ends in one
            except BridgeAuthError as exc:
                logger.error("wechat: {}", exc)
            except Disconnected as exc:
                logger.warning("wechat: {}", exc)
            except BridgeError as exc:  # the bridge's own answer (a stream held elsewhere)
                self.refusal = str(exc)
                logger.warning("wechat: the bridge refused the event stream: {}", exc)
            except asyncio.CancelledError:
                raise
            except Exception:  # the bridge must never take the process down
                logger.exception("wechat: bridge session failed")
            self.connected.clear()
            await self.client.close()
            pause = self.backoff.next_pause()
            logger.info("wechat: reconnecting in {:.1f}s", pause)
            await asyncio.sleep(pause)
            self.reconnects += 1

    async def _session(self) -> None:
        """Follow the event stream; returns or raises when it ends. Actions are open only
        while the bridge's WeChat account is logged in; a logout makes them wait. Each stream
        starts logged out: the bridge tells a login at its start when its account is in, and a
        restarted bridge whose account has not logged in yet knows none of the rooms, so an
        action sent then would fail for good."""
        self.inbound.self_id = ""
        opened = False
        async for response in self.client.events():
            if not opened:
                opened, self.streams = True, self.streams + 1
            events = await self.inbound.translate(response.type, response.payload)
            if self.inbound.self_id and not self.connected.is_set():
                await self._catch_up()
            elif not self.inbound.self_id and self.connected.is_set():
                self.connected.clear()
                logger.warning("wechat: the bridge's account logged out; actions wait")
            for event in events:
                await self._push(event)
        raise Disconnected(f"the Wechaty bridge at {self.endpoint.address} closed the stream")

    async def _catch_up(self) -> None:
        """After (re)connecting: leaves that happened while away, then open for actions."""
        if self.inbound.rooms:
            for event in await self.inbound.sweep():
                await self._push(event)
        await self.inbound.refresh_rooms()
        self.connected.set()
        self.backoff.reset()  # a later outage starts again from the shortest pause
        logger.info("wechat: connected to {}", self.endpoint.address)

    async def _swept(self) -> list[Event]:
        return await self.inbound.sweep()
