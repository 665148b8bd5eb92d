"""Puppet-service events to neutral events, and the member-list sweep.

The event stream carries a type and a JSON payload of ids; details (text, mentions, names)
are fetched with payload calls. WeChat does not announce a member who leaves on their own, so
the room member lists are compared with the last ones seen: at every (re)connect and every
`member_sweep_seconds`.
"""

from __future__ import annotations

import itertools
import json
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import Any

from groupops.core.errors import ActionError
from groupops.core.events import Event, LeaveReason, MemberJoined, MemberLeft, MessageReceived
from groupops.core.refs import Ref

from ..kicks import OwnRemovals
from ..text import PLATFORM, incoming
from .rpc import PuppetClient

# EventType numbers of wechaty/puppet/event.proto
HEARTBEAT, MESSAGE, ROOM_JOIN, ROOM_LEAVE, LOGIN, LOGOUT = 1, 2, 19, 20, 25, 26
# Message types as the puppet-service server sends them: it copies wechaty-puppet's own
# numbering (Text = 7), not the MessageType enum of message.proto (where 7 is Video).
# -> the lock names (core/events.py MEDIA_KINDS): Attachment, Audio (a voice message),
# Contact (a card), Emoticon, Image, Location, Url (a link card), Video
MEDIA = {
    1: "document", 2: "voice", 3: "contact", 5: "sticker", 6: "photo", 8: "location", 14: "url",
    15: "video",
}  # fmt: skip
TEXT_TYPE = 7
RECENT = 2000  # message ids remembered for replies


def _time(stamp: Any) -> datetime:
    """Bridges send seconds or milliseconds."""
    value = float(stamp or 0) or datetime.now(UTC).timestamp()
    return datetime.fromtimestamp(value / 1000 if value > 1e11 else value, UTC)


class Inbound:
    def __init__(self, client: PuppetClient) -> None:
        self.client = client
        self.self_id = ""
        self.names: dict[str, str] = {}
        self.rooms: dict[str, set[str]] = {}  # last member list seen per room
        self.talkers: OrderedDict[str, str] = OrderedDict()  # message id -> sender id
        self._sweeps = itertools.count(1)
        self.removed = OwnRemovals()  # the bot's kicks, for a sweep that finds them gone
        self.handlers: dict[int, Callable[[dict], Awaitable[list[Event]]]] = {
            MESSAGE: self._message,
            ROOM_JOIN: self._join,
            ROOM_LEAVE: self._leave,
            LOGIN: self._login,
            LOGOUT: self._logout,
        }

    async def translate(self, kind: int, payload: str) -> list[Event]:
        handler = self.handlers.get(kind)
        return await handler(json.loads(payload or "{}")) if handler else []

    async def name_of(self, contact: str) -> str:
        if contact not in self.names:
            try:
                payload = await self.client.call("ContactPayload", id=contact)
                self.names[contact] = payload.name
            except ActionError:
                return ""
        return self.names[contact]

    def remember(self, message_id: str, talker: str) -> None:
        self.talkers[message_id] = talker
        while len(self.talkers) > RECENT:
            self.talkers.popitem(last=False)

    # --- events -------------------------------------------------------------------------------

    async def _login(self, payload: dict) -> list[Event]:
        self.self_id = payload.get("contactId", "")
        return []

    async def _logout(self, payload: dict) -> list[Event]:
        self.self_id = ""
        return []

    async def _message(self, payload: dict) -> list[Event]:
        message_id = payload.get("messageId", "")
        m = await self.client.call("MessagePayload", id=message_id)
        if not m.talker_id or m.talker_id == self.self_id:
            return []  # our own messages come back too
        self.remember(m.id or message_id, m.talker_id)
        names = {user: await self.name_of(user) for user in (m.talker_id, *m.mention_ids)}
        room = m.room_id
        text = m.text if m.type in (TEXT_TYPE, 0) else ""
        return [
            MessageReceived(
                key=f"{PLATFORM}:msg:{m.id or message_id}",
                chat=Ref.chat(PLATFORM, room) if room else Ref.user(PLATFORM, m.talker_id),
                time=_time(m.receive_time.seconds or m.timestamp_deprecated),
                sender=Ref.user(PLATFORM, m.talker_id),
                sender_name=names[m.talker_id],
                message_id=m.id or message_id,
                segments=incoming(text, m.mention_ids, names),
                media=MEDIA.get(m.type),
                private=not room,
                raw=m,
            )
        ]

    async def _join(self, payload: dict) -> list[Event]:
        room, inviter = payload.get("roomId", ""), payload.get("inviterId") or None
        stamp = payload.get("timestamp", "")
        members = self.rooms.setdefault(room, set())
        events: list[Event] = []
        for user in payload.get("inviteeIdList", []):
            members.add(user)
            self.removed.forget(room, user)
            events.append(
                MemberJoined(
                    key=f"{PLATFORM}:join:{room}:{user}:{stamp}",
                    chat=Ref.chat(PLATFORM, room),
                    time=_time(stamp),
                    member=Ref.user(PLATFORM, user),
                    name=await self.name_of(user),
                    inviter=Ref.user(PLATFORM, inviter) if inviter else None,
                    is_bot=user == self.self_id,
                )
            )
        return events

    async def _leave(self, payload: dict) -> list[Event]:
        room, remover = payload.get("roomId", ""), payload.get("removerId") or ""
        stamp = payload.get("timestamp", "")
        members = self.rooms.setdefault(room, set())
        events: list[Event] = []
        for user in payload.get("removeeIdList", []):
            members.discard(user)
            kicked = remover and remover != user
            reason = self.removed.reason(
                room, user, LeaveReason.KICKED if kicked else LeaveReason.LEFT
            )
            left = self._left(room, user, str(stamp), _time(stamp), reason)
            left.actor = Ref.user(PLATFORM, remover) if kicked else None
            events.append(left)
        return events

    def _left(
        self, room: str, user: str, mark: str, time: datetime, reason: LeaveReason
    ) -> MemberLeft:
        return MemberLeft(
            key=f"{PLATFORM}:leave:{room}:{user}:{mark}",
            chat=Ref.chat(PLATFORM, room),
            time=time,
            member=Ref.user(PLATFORM, user),
            name=self.names.get(user, ""),
            reason=reason,
            is_bot=user == self.self_id,
        )

    # --- member lists -------------------------------------------------------------------------

    async def members(self, room: str) -> set[str]:
        return set((await self.client.call("RoomMemberList", id=room)).member_ids)

    async def refresh_rooms(self) -> None:
        """Learn the rooms the account is in (new ones start with their current members)."""
        for room in (await self.client.call("RoomList")).ids:
            if room not in self.rooms:
                self.rooms[room] = await self.members(room)

    async def sweep(self) -> list[Event]:
        """Leaves nobody announced: members in the last list who are not in the current one."""
        sweep = next(self._sweeps)
        events: list[Event] = []
        for room, seen in list(self.rooms.items()):
            try:
                now = await self.members(room)
            except ActionError:
                continue  # the room is gone or unreadable; try again next sweep
            now_time = datetime.now(UTC)
            for user in sorted(seen - now):
                if user != self.self_id:
                    mark = f"sweep{sweep}-{int(now_time.timestamp())}"
                    reason = self.removed.reason(room, user)
                    events.append(self._left(room, user, mark, now_time, reason))
            self.rooms[room] = now
        return events
