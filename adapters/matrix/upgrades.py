"""A room upgraded to a new version: the old room gets an `m.room.tombstone` naming its
replacement and says no more; members move to the new room, where the bot is not and which no
community names. Said in the log as the tombstone arrives (and after each restart), and by
`groupops doctor` as a blocker, so moderation does not end there in silence."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from loguru import logger
from mautrix.api import Method

from groupops.core.doctor.findings import Finding, Level
from groupops.core.errors import ActionError
from groupops.core.refs import Ref

from .client import MatrixClient
from .rooms import Rooms

TOMBSTONE = "m.room.tombstone"


def say_replaced(rooms: Rooms, room_id: str, joined: Mapping[str, Any]) -> None:
    """Log once that `room_id` was replaced, from its state or a tombstone in its timeline."""
    for event in (joined.get("timeline") or {}).get("events") or ():
        if event.get("type") == TOMBSTONE and event.get("state_key") == "":
            rooms.apply_state(room_id, event)
    room = rooms.room(room_id)
    if room.replaced_by and not room.replacement_said and room_id not in rooms.direct:
        room.replacement_said = True
        logger.warning(
            "matrix: room {} was upgraded and replaced by {}: its members move there, where "
            "groupops does not run until matrix:{} takes the old room's place in the "
            "community's chats and the bot is invited there",
            room_id, room.replaced_by, room.replaced_by,
        )  # fmt: skip


async def replacement(client: MatrixClient, room_id: str) -> str:
    """The room an upgrade replaced `room_id` with ('' when it was not upgraded)."""
    path = f"/_matrix/client/v3/rooms/{room_id}/state/{TOMBSTONE}"
    try:
        content = await client.raw("tombstone", Method.GET, path)
    except ActionError:  # M_NOT_FOUND: no tombstone
        return ""
    return str((content or {}).get("replacement_room") or "")


def replaced_finding(chat: Ref, bot: str, new_room: str) -> Finding:
    return Finding(
        chat,
        Level.BLOCKER,
        f"the room was upgraded and replaced by {new_room}",
        "everything there: its members moved to the new room",
        f"put matrix:{new_room} in the community's chats in place of matrix:{chat.local_id}, "
        f"and invite {bot} there",
    )
