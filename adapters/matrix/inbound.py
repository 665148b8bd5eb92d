"""Timeline events of a sync -> neutral events, as a table of event type -> translator.

Keys are `matrix:{event id}`: an event id is unique on its homeserver, so a sync replayed
after a crash (token saved after the commit, `intake.py`) is dropped by the engine.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import Any

from groupops.core.events import (
    Event,
    JoinRequested,
    LeaveReason,
    MemberJoined,
    MemberLeft,
    MessageEdited,
    MessageReceived,
    ReactionChanged,
)

from . import standing
from .replies import RECENT, Replies, answered_id
from .rooms import Room, Rooms
from .text import PLATFORM, room_ref, segments_of, user_ref
from .threads import thread_of

JSON = Mapping[str, Any]
MEDIA = {"m.image": "photo", "m.video": "video", "m.audio": "voice", "m.file": "document"}


def _time(event: JSON) -> datetime:
    stamp = event.get("origin_server_ts")
    return datetime.fromtimestamp(stamp / 1000, UTC) if stamp else datetime.now(UTC)


def _key(event: JSON) -> str:
    return f"{PLATFORM}:{event['event_id']}"


class Inbound:
    def __init__(self, rooms: Rooms, replies: Replies | None = None) -> None:
        self.rooms = rooms
        self.replies = replies or Replies()
        # a message's edits, so removing it removes what it now shows (redacting only the
        # original leaves the edit events readable over the API)
        self.edits: dict[str, list[str]] = {}
        self.handlers: dict[str, Callable[[Room, JSON], list[Event]]] = {
            "m.room.message": self._message,
            "m.room.member": self._member,
            "m.reaction": self._reaction,
            "m.room.power_levels": self._power_levels,
        }

    def translate(self, room_id: str, event: JSON) -> list[Event]:
        """The neutral events for one timeline event; state events also update `rooms`."""
        room = self.rooms.room(room_id)
        handler = self.handlers.get(str(event.get("type")))
        events = handler(room, event) if handler and "event_id" in event else []
        if "state_key" in event:
            self.rooms.apply_state(room_id, event)
        return events

    def _chat(self, room: Room, sender: str) -> tuple[Any, bool]:
        other = self.rooms.direct.get(room.room_id)
        if other is not None and other == sender:
            # the answer goes where they wrote, should they have several direct rooms
            self.rooms.dm_of[sender] = room.room_id
            return user_ref(sender), True
        return room_ref(room.room_id), False

    def _message(self, room: Room, event: JSON) -> list[Event]:
        sender, content = str(event.get("sender")), event.get("content") or {}
        self.replies.note(event)
        if sender == self.rooms.bot or "msgtype" not in content:
            return []  # our own echo, or a redacted message
        relates = content.get("m.relates_to") or {}
        if relates.get("rel_type") == "m.replace":
            return self._edit(room, event, sender, relates)
        msgtype = str(content.get("msgtype"))
        media = MEDIA.get(msgtype)
        chat, private = self._chat(room, sender)
        message = MessageReceived(
            key=_key(event),
            chat=chat,
            time=_time(event),
            sender=user_ref(sender),
            sender_name=room.names.get(sender, ""),
            message_id=str(event["event_id"]),
            segments=() if media else segments_of(content),
            reply_to=answered_id(relates),
            thread_id=thread_of(relates),
            media=media,
            private=private,
            raw=event,
        )
        self.replies.fill(message)  # else the intake asks the homeserver (`replies.py`)
        return [message]

    def _edit(self, room: Room, event: JSON, sender: str, relates: JSON) -> list[Event]:
        """An `m.replace` edit as the original message with its new content (what clients now
        show), so moderation judges it again and redacts the original. Only an edit by the
        original's author in the record: clients ignore anyone else's, and taking it would
        let a member have another's message removed."""
        original = str(relates.get("event_id") or "")
        known = self.replies.seen.get(original)
        new = (event.get("content") or {}).get("m.new_content") or {}
        if known is None or known.sender != sender or "msgtype" not in new:
            return []
        edits = self.edits.setdefault(original, [])
        edits.append(str(event["event_id"]))
        while len(self.edits) > RECENT:
            self.edits.pop(next(iter(self.edits)))
        media = MEDIA.get(str(new.get("msgtype")))
        chat, private = self._chat(room, sender)
        return [
            MessageEdited(
                key=_key(event),
                chat=chat,
                time=_time(event),
                sender=user_ref(sender),
                sender_name=room.names.get(sender, ""),
                message_id=original,
                edit_id=str(event["event_id"]),
                segments=() if media else segments_of(new),
                media=media,
                private=private,
                raw=event,
            )
        ]

    def _power_levels(self, room: Room, event: JSON) -> list[Event]:
        if room.room_id in self.rooms.direct:
            return []
        return list(standing.levels_lowered(room, event, self.rooms.bot))

    def _member(self, room: Room, event: JSON) -> list[Event]:
        user = str(event.get("state_key"))
        if user == self.rooms.bot and room.room_id not in self.rooms.direct:
            return [*self._membership(room, event), *standing.removed(room, event, user)]
        return self._membership(room, event)

    def _membership(self, room: Room, event: JSON) -> list[Event]:
        user, sender = str(event.get("state_key")), str(event.get("sender"))
        content = event.get("content") or {}
        now = str(content.get("membership", ""))
        before = room.membership.get(user) or str(
            ((event.get("unsigned") or {}).get("prev_content") or {}).get("membership", "")
        )
        if now == before or room.room_id in self.rooms.direct:
            return []  # a name change; direct rooms are private chats, not communities
        name = str(content.get("displayname") or room.names.get(user, ""))
        key, chat, when = _key(event), room_ref(room.room_id), _time(event)
        if now == "join":
            inviter = room.inviter.get(user) if before == "invite" else None
            return [
                MemberJoined(
                    key=key,
                    chat=chat,
                    time=when,
                    member=user_ref(user),
                    name=name,
                    inviter=user_ref(inviter) if inviter else None,
                    is_bot=user == self.rooms.bot,
                )
            ]
        if now == "knock":
            return [JoinRequested(key=key, chat=chat, time=when, member=user_ref(user), name=name)]
        if now in ("leave", "ban") and before in ("join", ""):
            reason = (
                LeaveReason.BANNED
                if now == "ban"
                else LeaveReason.LEFT
                if sender == user
                else LeaveReason.KICKED
            )
            actor = user_ref(sender) if sender != user else None
            return [
                MemberLeft(
                    key=key,
                    chat=chat,
                    time=when,
                    member=user_ref(user),
                    name=name,
                    reason=reason,
                    actor=actor,
                    is_bot=user == self.rooms.bot,
                )
            ]
        return []  # an invite, a knock refused, a ban of someone not in the room

    def _reaction(self, room: Room, event: JSON) -> list[Event]:
        sender = str(event.get("sender"))
        relates = (event.get("content") or {}).get("m.relates_to") or {}
        if sender == self.rooms.bot or relates.get("rel_type") != "m.annotation":
            return []
        chat, _ = self._chat(room, sender)
        return [
            ReactionChanged(
                key=_key(event),
                chat=chat,
                time=_time(event),
                member=user_ref(sender),
                message_id=str(relates.get("event_id", "")),
                added=(str(relates.get("key", "")),),
                raw=event,
            )
        ]
