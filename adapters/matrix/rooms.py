"""What the adapter knows of its rooms from sync: names, memberships, direct rooms, encryption,
the ends of timed bans, the power levels.

Kept in memory and rebuilt from the room state that every sync after a restart carries; the
durable part of the stream is the sync token (`intake.py`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from .bans import BANS, ends_of
from .powers import creators_of


@dataclass(slots=True)
class Room:
    room_id: str
    names: dict[str, str] = field(default_factory=dict)  # user id -> display name
    membership: dict[str, str] = field(default_factory=dict)  # user id -> join, invite, ...
    inviter: dict[str, str] = field(default_factory=dict)  # invitee -> who invited them
    ban_ends: dict[str, int] = field(default_factory=dict)  # timed bans (`bans.py`)
    levels: dict[str, Any] | None = None  # the power levels (None: not seen yet)
    creators: frozenset[str] = frozenset()  # outrank every level (`powers.creators_of`)
    encrypted: bool = False
    warned: bool = False  # the encryption warning was logged
    replaced_by: str = ""  # the room that an upgrade replaced it with (`m.room.tombstone`)
    replacement_said: bool = False


@dataclass(slots=True)
class Rooms:
    bot: str
    rooms: dict[str, Room] = field(default_factory=dict)
    direct: dict[str, str] = field(default_factory=dict)  # room id -> the other user
    dm_of: dict[str, str] = field(default_factory=dict)  # user id -> their direct room

    def room(self, room_id: str) -> Room:
        found = self.rooms.get(room_id)
        if found is None:
            found = self.rooms[room_id] = Room(room_id)
        return found

    def mark_direct(self, room_id: str, user_id: str) -> None:
        self.direct[room_id] = user_id
        self.dm_of.setdefault(user_id, room_id)

    def direct_from_invites(self, room_id: str, events: Iterable[Mapping[str, Any]]) -> None:
        """A room the bot made as a direct one (its invite says `is_direct`) is one from its
        first event: sync may bring the room before the answer to the create call does."""
        for event in events:
            content = event.get("content") or {}
            if (
                event.get("type") == "m.room.member"
                and event.get("sender") == self.bot
                and content.get("membership") == "invite"
                and content.get("is_direct")
            ):
                self.mark_direct(room_id, str(event.get("state_key")))

    def read_direct(self, content: Mapping[str, Any]) -> None:
        """The account's `m.direct` data: user id -> [room ids]."""
        for user_id, room_ids in content.items():
            for room_id in room_ids if isinstance(room_ids, list) else ():
                self.mark_direct(str(room_id), str(user_id))

    def direct_data(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for room_id, user_id in self.direct.items():
            out.setdefault(user_id, []).append(room_id)
        return out

    def apply_state(self, room_id: str, event: Mapping[str, Any]) -> None:
        room = self.room(room_id)
        kind, content = event.get("type"), event.get("content") or {}
        if kind == "m.room.encryption":
            room.encrypted = True
        elif kind == BANS and event.get("state_key") == "":
            room.ban_ends = ends_of(content)
        elif kind == "m.room.power_levels" and event.get("state_key") == "":
            room.levels = dict(content)
        elif kind == "m.room.tombstone" and event.get("state_key") == "":
            room.replaced_by = str(content.get("replacement_room") or "")
        elif kind == "m.room.create":
            room.creators = creators_of(event)
        elif kind == "m.room.member" and isinstance(event.get("state_key"), str):
            user = event["state_key"]
            room.membership[user] = str(content.get("membership", ""))
            if isinstance(content.get("displayname"), str):
                room.names[user] = content["displayname"]
            if content.get("membership") == "invite" and event.get("sender") != user:
                room.inviter[user] = str(event.get("sender"))
