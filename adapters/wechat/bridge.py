"""What both WeChat bridges' sessions share: pushing events into the engine, and the periodic
member sweep that finds leaves the bridge never announced (WeChat sends no event when someone
leaves a room by themselves)."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable
from functools import cached_property
from typing import Protocol

from groupops.core.adapter import EventSink
from groupops.core.errors import ActionError
from groupops.core.events import Event, MemberLeft
from groupops.core.sink import HeldSubmit


async def online_or_told(
    connected: asyncio.Event, why_not: Callable[[], str], timeout: float
) -> None:
    """Wait until `connected`, or until the bridge has said why it will not be (`why_not`: a
    refused event stream, a failed set-up: no use waiting on), or `timeout`."""
    loop = asyncio.get_running_loop()
    end = loop.time() + timeout
    while not connected.is_set() and not why_not() and (left := end - loop.time()) > 0:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(connected.wait(), min(left, 0.1))


class SweepOptions(Protocol):
    member_sweep_seconds: float


class BridgeSession:
    """Mixed into a bridge's session; the session says how to compare member lists now."""

    options: SweepOptions
    connected: asyncio.Event
    _sink: EventSink | None

    async def _swept(self) -> list[Event]:
        """Leaves found by comparing the bridge's member lists with what was known."""
        raise NotImplementedError

    @cached_property
    def _held(self) -> HeldSubmit:
        return HeldSubmit("wechat: bridge events held")

    async def _push(self, event: Event) -> None:
        """No bridge sends an event twice: one the sink cannot take now (Redis away) waits
        here, and the events after it wait behind it, until the sink takes it."""
        assert self._sink is not None
        await self._held.submit(self._sink, event)

    async def _sweep_loop(self) -> None:
        while True:
            await asyncio.sleep(self.options.member_sweep_seconds)
            if self.connected.is_set():
                with contextlib.suppress(ActionError):
                    await self.sweep_members()

    async def sweep_members(self) -> int:
        """Compare member lists now; returns how many unannounced leaves were found."""
        events = await self._swept()  # renames found on the way go in too
        for event in events:
            await self._push(event)
        return sum(isinstance(event, MemberLeft) for event in events)
