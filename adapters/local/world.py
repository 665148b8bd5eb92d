"""The local platform's state: chats, members, admins, messages and private inboxes.

A test or the simulator plays the users (`say`, `join`, `leave`, `press`, `react`, `edit`);
the bot acts through the LocalAdapter. Everything the bot did is kept for inspection.
"""

from __future__ import annotations

import itertools
import secrets
from dataclasses import dataclass, field
from datetime import datetime

from groupops.core.adapter import EventSink
from groupops.core.clock import Clock, SystemClock
from groupops.core.events import (
    ButtonPressed,
    Event,
    JoinRequested,
    LeaveReason,
    MemberJoined,
    MemberLeft,
    MessageEdited,
    MessageReceived,
    ReactionChanged,
)
from groupops.core.refs import Ref
from groupops.core.segments import Message, Text, plain_text


@dataclass(slots=True)
class LocalMessage:
    id: str
    chat: Ref
    sender: Ref | None  # None: the bot
    segments: Message
    time: datetime
    reply_to: str | None = None
    thread_id: str | None = None
    buttons: tuple = ()
    image: object = None
    deleted: bool = False

    @property
    def text(self) -> str:
        from groupops.core.segments import plain_text

        return plain_text(self.segments)


@dataclass(slots=True)
class LocalMember:
    user: Ref
    name: str
    status: str = "member"  # member, admin, owner, left, kicked, banned
    muted_until: datetime | None = None
    muted: bool = False
    banned_until: datetime | None = None


@dataclass(slots=True)
class LocalChat:
    ref: Ref
    title: str = ""
    members: dict[str, LocalMember] = field(default_factory=dict)
    messages: dict[str, LocalMessage] = field(default_factory=dict)
    pinned: list[str] = field(default_factory=list)
    invite_links: dict[str, str] = field(default_factory=dict)  # link -> name
    join_requests: dict[str, str] = field(default_factory=dict)  # user -> outcome ("pending", ...)
    bot_is_admin: bool = True

    def admins(self) -> list[LocalMember]:
        return [m for m in self.members.values() if m.status in ("admin", "owner")]

    def present(self, user: str) -> bool:
        member = self.members.get(user)
        return member is not None and member.status in ("member", "admin", "owner")


class LocalWorld:
    """The platform. `sink` is set by the adapter when it starts."""

    def __init__(self, platform: str = "local", clock: Clock | None = None, run: str = "") -> None:
        self.platform = platform
        self.clock = clock or SystemClock()
        self.chats: dict[str, LocalChat] = {}
        self.names: dict[str, str] = {}
        self.started_bot: set[str] = set()  # users who opened a private chat with the bot
        self.inbox: dict[str, list[LocalMessage]] = {}
        self.log: list[tuple[str, str, str]] = []  # (action kind, chat, detail) in order
        self.sink: EventSink | None = None
        # An event's key must never name another event, even after a restart: the engine
        # drops a key it processed before. The local platform has no update ids of its own,
        # so its keys carry this world's run, as a platform without ids must. A workload
        # replayed to compare two runs names its run, so both give the same keys.
        self.run = run or secrets.token_hex(4)
        self._event_ids = itertools.count(1)
        self._message_ids = itertools.count(1)

    # --- set-up -------------------------------------------------------------------------------

    def chat(self, chat_id: str | int, title: str = "") -> LocalChat:
        ref = Ref.chat(self.platform, chat_id)
        return self.chats.setdefault(ref, LocalChat(ref, title or str(chat_id)))

    def user(self, user_id: str | int, name: str = "", *, started_bot: bool = True) -> Ref:
        ref = Ref.user(self.platform, user_id)
        self.names[ref] = name or str(user_id)
        if started_bot:
            self.started_bot.add(ref)
        return ref

    def add_member(self, chat: Ref, user: Ref, status: str = "member") -> None:
        self.chats[chat].members[user] = LocalMember(
            user, self.names.get(user, user.local_id), status
        )

    # --- users acting -------------------------------------------------------------------------

    def _key(self) -> str:
        return f"{self.platform}:{self.run}:{next(self._event_ids)}"

    def new_message_id(self) -> str:
        return str(next(self._message_ids))

    async def push(self, event: Event):
        if self.sink is None:
            raise RuntimeError("the local adapter is not started")
        return await self.sink.submit(event)

    def message_event(
        self, chat: Ref, user: Ref, text: str | Message, *, reply_to: str | None = None, **extra
    ) -> MessageReceived:
        segments = (Text(text),) if isinstance(text, str) else tuple(text)
        message = LocalMessage(
            self.new_message_id(), chat, user, segments, self.clock.now(), reply_to
        )
        if chat in self.chats:
            self.chats[chat].messages[message.id] = message
        replied = (
            self.chats[chat].messages.get(reply_to) if reply_to and chat in self.chats else None
        )
        return MessageReceived(
            key=self._key(),
            chat=chat,
            time=message.time,
            sender=user,
            sender_name=self.names.get(user, user.local_id),
            message_id=message.id,
            segments=segments,
            reply_to=reply_to,
            reply_to_sender=replied.sender if replied else None,
            reply_to_text=plain_text(replied.segments) if replied else "",
            **extra,
        )

    async def say(self, chat: Ref, user: Ref, text: str | Message, **extra):
        return await self.push(self.message_event(chat, user, text, **extra))

    async def say_private(self, user: Ref, text: str, **extra):
        private = Ref.chat(self.platform, user.local_id)
        self.started_bot.add(user)
        event = MessageReceived(
            key=self._key(),
            chat=private,
            time=self.clock.now(),
            sender=user,
            sender_name=self.names.get(user, user.local_id),
            message_id=self.new_message_id(),
            segments=(Text(text),),
            private=True,
            **extra,
        )
        return await self.push(event)

    async def edit(self, chat: Ref, message_id: str, text: str):
        message = self.chats[chat].messages[message_id]
        message.segments = (Text(text),)
        assert message.sender is not None
        return await self.push(
            MessageEdited(
                key=self._key(),
                chat=chat,
                time=self.clock.now(),
                sender=message.sender,
                sender_name=self.names.get(message.sender, ""),
                message_id=message_id,
                segments=message.segments,
            )
        )

    def join_event(
        self, chat: Ref, user: Ref, *, inviter: Ref | None = None, link: str | None = None
    ) -> MemberJoined:
        self.add_member(chat, user)
        return MemberJoined(
            key=self._key(),
            chat=chat,
            time=self.clock.now(),
            member=user,
            name=self.names.get(user, user.local_id),
            inviter=inviter,
            invite_link=link,
        )

    async def join(
        self, chat: Ref, user: Ref, *, inviter: Ref | None = None, link: str | None = None
    ):
        return await self.push(self.join_event(chat, user, inviter=inviter, link=link))

    def leave_event(
        self,
        chat: Ref,
        user: Ref,
        reason: LeaveReason = LeaveReason.LEFT,
        *,
        actor: Ref | None = None,
    ) -> MemberLeft:
        member = self.chats[chat].members.get(user)
        if member is not None:
            member.status = {LeaveReason.LEFT: "left", LeaveReason.KICKED: "kicked"}.get(
                reason, "banned"
            )
        return MemberLeft(
            key=self._key(),
            chat=chat,
            time=self.clock.now(),
            member=user,
            name=self.names.get(user, ""),
            reason=reason,
            actor=actor,
        )

    async def leave(self, chat: Ref, user: Ref):
        return await self.push(self.leave_event(chat, user))

    async def request_join(self, chat: Ref, user: Ref, link: str | None = None):
        self.chats[chat].join_requests[user] = "pending"
        self.started_bot.add(user)  # a join request opens a private window
        return await self.push(
            JoinRequested(
                key=self._key(),
                chat=chat,
                time=self.clock.now(),
                member=user,
                name=self.names.get(user, ""),
                invite_link=link,
            )
        )

    def press_event(self, chat: Ref, user: Ref, message_id: str, data: str) -> ButtonPressed:
        return ButtonPressed(
            key=self._key(),
            chat=chat,
            time=self.clock.now(),
            member=user,
            name=self.names.get(user, ""),
            message_id=message_id,
            data=data,
        )

    async def press(self, chat: Ref, user: Ref, message_id: str, data: str):
        return await self.push(self.press_event(chat, user, message_id, data))

    async def react(self, chat: Ref, user: Ref, message_id: str, emoji: str):
        return await self.push(
            ReactionChanged(
                key=self._key(),
                chat=chat,
                time=self.clock.now(),
                member=user,
                message_id=message_id,
                added=(emoji,),
            )
        )

    # --- what users see -----------------------------------------------------------------------

    def bot_messages(self, chat: Ref) -> list[LocalMessage]:
        return [m for m in self.chats[chat].messages.values() if m.sender is None and not m.deleted]

    def texts(self, chat: Ref) -> list[str]:
        return [m.text for m in self.bot_messages(chat)]

    def private_texts(self, user: Ref) -> list[str]:
        return [m.text for m in self.inbox.get(user, [])]
