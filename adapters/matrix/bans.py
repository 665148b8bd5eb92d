"""Timed bans. A Matrix ban has no end, so the end of each timed ban is kept in a state event
of the room (`BANS`: user id -> milliseconds), which survives restarts and was written before
the ban itself; the adapter's sweep unbans once due. A permanent ban or an unban drops the
member's entry first, so the sweep never lifts a ban that is no longer timed.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from mautrix.api import Method

from groupops.core.errors import TargetNotFound

from .client import MatrixClient

if TYPE_CHECKING:
    from .rooms import Rooms

BANS = "org.groupops.bans"


def ends_of(content: Mapping[str, Any]) -> dict[str, int]:
    """The entries of a `BANS` event; what is not a time is ignored."""
    return {
        str(user): int(end)
        for user, end in content.items()
        if isinstance(end, int | float) and not isinstance(end, bool)
    }


def due(ends: Mapping[str, int], now_ms: int) -> list[str]:
    return [user for user, end in ends.items() if end <= now_ms]


class TimedBans:
    def __init__(self, rooms: Rooms) -> None:
        self.rooms = rooms
        # a ban and the sweep both rewrite the whole event: one at a time per room
        self._locks: dict[str, asyncio.Lock] = {}

    @asynccontextmanager
    async def editing(self, client: MatrixClient, room_id: str) -> AsyncIterator[dict[str, int]]:
        """The room's entries as on the server, to change in place; written back on leaving
        the block if changed (and not when the block raised)."""
        path = f"/_matrix/client/v3/rooms/{quote(room_id)}/state/{BANS}"
        async with self._locks.setdefault(room_id, asyncio.Lock()):
            try:
                read = ends_of(await client.raw("timed bans", Method.GET, path))
            except TargetNotFound:  # no timed ban here yet
                read = {}
            ends = dict(read)
            yield ends
            if ends != read:
                await client.raw("save timed bans", Method.PUT, path, ends)
            # the sweep looks here; sync brings the same again (and all of it after a restart)
            self.rooms.room(room_id).ban_ends = ends

    async def note(
        self, client: MatrixClient, room_id: str, user: str, until_ms: int | None
    ) -> None:
        """Before a ban: its end, or none (a permanent ban, an unban)."""
        async with self.editing(client, room_id) as ends:
            ends.pop(user, None)
            if until_ms is not None:
                ends[user] = until_ms
