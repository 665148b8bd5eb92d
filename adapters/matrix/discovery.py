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

from .diagnose import invites
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
    invited = await invites(adapter)
    rooms += sorted(invited)
    direct: set[str] = set()
    path = f"/_matrix/client/v3/user/{quote(adapter.options.user_id)}/account_data/m.direct"
    with contextlib.suppress(ActionError):  # none: no direct room yet
        direct = {r for ids in (await client.raw("m.direct", Method.GET, path)).values()
                  for r in ids}  # fmt: skip
    return [
        SeenChat(
            Ref(f"{PLATFORM}:{room}"),
            invite_name(invited[room]) if room in invited else await _name(adapter, room),
            "room",
        )
        for room in rooms
        if room not in direct
    ]


def invite_name(invite: dict) -> str:
    """An invited room's name as the invite carries it (the stripped `m.room.name` among its
    `invite_state`): the room's own state is not the bot's to read before it joins."""
    for event in (invite.get("invite_state") or {}).get("events") or ():
        if event.get("type") == "m.room.name" and event.get("state_key", "") == "":
            return str((event.get("content") or {}).get("name") or "")
    return ""


async def _name(adapter: MatrixAdapter, room: str) -> str:
    """A joined room's name, where the bot may read it."""
    path = f"/_matrix/client/v3/rooms/{quote(room)}/state/m.room.name"
    with contextlib.suppress(ActionError):
        return str((await adapter.client.raw("room name", Method.GET, path)).get("name") or "")
    return ""
