"""OneBot 12 events to neutral events, and the member-list sweep for unannounced leaves.

Message events carry no name: names come from member-info and member-list answers, which
also say when a member has changed theirs (`MemberRenamed`, so an `@name` finds whoever
holds the name now)."""

from __future__ import annotations

import itertools
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Mapping
from datetime import UTC, datetime
from typing import Any

from groupops.core.errors import ActionError
from groupops.core.events import (
    Event,
    LeaveReason,
    MemberJoined,
    MemberLeft,
    MemberRenamed,
    MessageReceived,
)
from groupops.core.refs import Ref
from groupops.core.segments import Message, plain_text

from ..kicks import OwnRemovals
from ..text import PLATFORM
from .protocol import command_first, incoming, quoted

Call = Callable[..., Awaitable[Any]]
RECENT = 2000  # messages remembered (id -> author, text) for replies that do not name one


def name_in(info: Mapping[str, Any]) -> str:
    """A member's name in a lookup or member-list answer: the group nickname (the spec's
    `user_displayname`, what WeChat shows in the group) over the account's name."""
    return str(info.get("user_displayname") or info.get("user_name") or "")


def _time(value: Any) -> datetime:
    return datetime.fromtimestamp(float(value), UTC) if value else datetime.now(UTC)


class Inbound:
    def __init__(self) -> None:
        self.self_id = ""
        self.names: dict[str, str] = {}
        self.rooms: dict[str, set[str]] = {}
        self.recent: OrderedDict[str, tuple[str, str]] = OrderedDict()
        self._renamed: dict[tuple[str, str], str] = {}  # (group, user) -> new name, not yet told
        self._sweeps = itertools.count(1)
        self.removed = OwnRemovals()  # the bot's kicks, for a sweep that finds them gone
        self.handlers: dict[tuple[str, str], Callable[[Mapping[str, Any]], list[Event]]] = {
            ("message", "group"): self._message,
            ("message", "private"): self._message,
            ("notice", "group_member_increase"): self._join,
            ("notice", "group_member_decrease"): self._leave,
        }

    def translate(self, data: Mapping[str, Any]) -> list[Event]:
        handler = self.handlers.get((data.get("type", ""), data.get("detail_type", "")))
        if handler is None:
            return []  # meta events (see meta.py) and kinds groupops does not use
        if data.get("type") == "message" and str(data.get("user_id", "")) == self.self_id:
            self._read(data)  # remembered: a member may answer the bot
            return []  # our own messages echoed back
        return handler(data)

    def _read(self, data: Mapping[str, Any]) -> tuple[dict[str, str], Message, str | None]:
        """A message's reply segment, segments and media; its author and text are remembered
        under its id, for a reply to it that does not name the author."""
        reply, rest = quoted(data.get("message") or (), self.author_of)
        segments, media = incoming(rest)
        segments = command_first(segments, self.self_id)
        self.recent[str(data.get("message_id"))] = (
            str(data.get("user_id", "")),
            plain_text(segments),
        )
        while len(self.recent) > RECENT:
            self.recent.popitem(last=False)
        return reply, segments, media

    def author_of(self, message_id: str) -> str:
        """Who wrote `message_id`, as remembered ("" if not)."""
        return self.recent.get(message_id, ("", ""))[0]

    def _message(self, data: Mapping[str, Any]) -> list[Event]:
        user, group = str(data["user_id"]), str(data.get("group_id") or "")
        reply, segments, media = self._read(data)
        answered = reply.get("message_id")
        author, text = self.recent.get(answered or "", ("", ""))
        author = reply.get("user_id") or author  # the segment says; the record stands in
        chat = Ref.chat(PLATFORM, group) if group else Ref.user(PLATFORM, user)
        return [
            MessageReceived(
                # the message, not the event: a bridge may deliver one message again under a
                # new event id (after a reconnect), and it must be handled once
                key=f"{PLATFORM}:ob:msg:{chat}:{data['message_id']}",
                chat=chat,
                time=_time(data.get("time")),
                sender=Ref.user(PLATFORM, user),
                sender_name=self.names.get(user, ""),
                message_id=str(data["message_id"]),
                segments=segments,
                reply_to=answered,
                reply_to_sender=Ref.user(PLATFORM, author) if answered and author else None,
                reply_to_text=text,
                media=media,
                private=not group,
                raw=data,
            )
        ]

    def _join(self, data: Mapping[str, Any]) -> list[Event]:
        group, user = str(data["group_id"]), str(data["user_id"])
        operator = str(data.get("operator_id") or "")
        self.rooms.setdefault(group, set()).add(user)  # the bot's own join starts a room
        self.removed.forget(group, user)
        key = data.get("id") or f"join:{group}:{user}:{data.get('time')}"
        return [
            MemberJoined(
                key=f"{PLATFORM}:ob:{key}",
                chat=Ref.chat(PLATFORM, group),
                time=_time(data.get("time")),
                member=Ref.user(PLATFORM, user),
                name=self.names.get(user, ""),
                inviter=Ref.user(PLATFORM, operator) if operator and operator != user else None,
                is_bot=user == self.self_id,
            )
        ]

    def _leave(self, data: Mapping[str, Any]) -> list[Event]:
        group, user = str(data["group_id"]), str(data["user_id"])
        operator = str(data.get("operator_id") or "")
        self.rooms.setdefault(group, set()).discard(user)
        kicked = data.get("sub_type") == "kick" or (operator and operator != user)
        reason = self.removed.reason(
            group, user, LeaveReason.KICKED if kicked else LeaveReason.LEFT
        )
        key = data.get("id") or f"leave:{group}:{user}:{data.get('time')}"
        return [
            MemberLeft(
                key=f"{PLATFORM}:ob:{key}",
                chat=Ref.chat(PLATFORM, group),
                time=_time(data.get("time")),
                member=Ref.user(PLATFORM, user),
                name=self.names.get(user, ""),
                reason=reason,
                actor=Ref.user(PLATFORM, operator) if kicked and operator else None,
                is_bot=user == self.self_id,
            )
        ]

    async def learn_name(self, call: Call, supported: frozenset[str], data: Mapping) -> None:
        """A member's name, asked of the bridge once (join notices and messages carry only the
        id; a member list read at connection may have given it already)."""
        user, group = str(data.get("user_id", "")), str(data.get("group_id", ""))
        if not user or user in self.names:
            return
        lookups = (
            ("get_group_member_info", {"group_id": group, "user_id": user}),
            ("get_user_info", {"user_id": user}),
        )
        for action, params in lookups:
            if action not in supported or not all(params.values()):
                continue
            try:
                info = await call(action, **params) or {}
            except ActionError:
                continue
            if name := name_in(info):
                self.heard(group, user, name)
                return
        self.names[user] = ""  # asked once: a bridge that cannot say is not asked per message

    # --- names and member lists ---------------------------------------------------------------

    def heard(self, group: str, user: str, name: str) -> None:
        """`name` is what the bridge now calls `user`; a change of a name known before is
        kept to be told (`renames`)."""
        before = self.names.get(user, "")
        if name and before and name != before and group:
            self._renamed[(group, user)] = name
        if name:
            self.names[user] = name

    def renames(self) -> list[Event]:
        """The names changed since last asked, as events for the engine."""
        now = datetime.now(UTC)
        events: list[Event] = [
            MemberRenamed(
                key=f"{PLATFORM}:ob:rename-{now.timestamp():.0f}:{group}:{user}",
                chat=Ref.chat(PLATFORM, group),
                time=now,
                member=Ref.user(PLATFORM, user),
                name=name,
            )
            for (group, user), name in self._renamed.items()
        ]
        self._renamed.clear()
        return events

    async def members(self, call: Call, group: str) -> set[str]:
        listed = await call("get_group_member_list", group_id=group)
        for member in listed:
            self.heard(group, str(member["user_id"]), name_in(member))
        return {str(member["user_id"]) for member in listed}

    async def refresh_rooms(self, call: Call) -> None:
        for group in await call("get_group_list"):
            group_id = str(group["group_id"])
            if group_id not in self.rooms:
                self.rooms[group_id] = await self.members(call, group_id)

    async def sweep(self, call: Call) -> list[Event]:
        sweep, now = next(self._sweeps), datetime.now(UTC)
        events: list[Event] = []
        for group, seen in list(self.rooms.items()):
            try:
                current = await self.members(call, group)
            except ActionError:
                continue
            for user in sorted(seen - current - {self.self_id}):
                events.append(
                    MemberLeft(
                        key=f"{PLATFORM}:ob:sweep{sweep}-{int(now.timestamp())}:{group}:{user}",
                        chat=Ref.chat(PLATFORM, group),
                        time=now,
                        member=Ref.user(PLATFORM, user),
                        name=self.names.get(user, ""),
                        reason=self.removed.reason(group, user),
                    )
                )
            self.rooms[group] = current
        return [*events, *self.renames()]
