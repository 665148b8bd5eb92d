"""The rooms `groupops init` offers: those the bot has joined or is invited to (the first
`groupops run` accepts an invite), by name, without the direct rooms it talks to members in."""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING
from urllib.parse import quote

from mautrix.api import Method

from groupops.core.errors import ActionError
from groupops.core.onboarding.plan import SeenChat
from groupops.core.refs import Ref

from .diagnose import invited_rooms
from .text import PLATFORM

if TYPE_CHECKING:
    from .adapter import MatrixAdapter


async def rooms_seen(adapter: MatrixAdapter) -> list[SeenChat]:
    client = adapter.client
    try:
        joined = await client.raw("joined rooms", Method.GET, "/_matrix/client/v3/joined_rooms")
    except ActionError:
        return []
    rooms = [str(r) for r in (joined or {}).get("joined_rooms") or ()]
    rooms += sorted(await invited_rooms(adapter))
    direct: set[str] = set()
    path = f"/_matrix/client/v3/user/{quote(adapter.options.user_id)}/account_data/m.direct"
    with contextlib.suppress(ActionError):  # none: no direct room yet
        direct = {r for ids in (await client.raw("m.direct", Method.GET, path)).values()
                  for r in ids}  # fmt: skip
    return [
        SeenChat(Ref(f"{PLATFORM}:{room}"), await _name(adapter, room), "room")
        for room in rooms
        if room not in direct
    ]


async def _name(adapter: MatrixAdapter, room: str) -> str:
    """The room's name where the bot may read it (an invite's room: not before joining)."""
    path = f"/_matrix/client/v3/rooms/{quote(room)}/state/m.room.name"
    with contextlib.suppress(ActionError):
        return str((await adapter.client.raw("room name", Method.GET, path)).get("name") or "")
    return ""
