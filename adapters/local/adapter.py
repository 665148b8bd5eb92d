"""LocalAdapter: the reference implementation of the adapter contract over a LocalWorld."""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import Iterable, Mapping
from typing import Any

from groupops.core.actions import (
    ActionResult,
    ApproveJoin,
    Ban,
    CreateInviteLink,
    DeclineJoin,
    DeleteMessages,
    Kick,
    Mute,
    Pin,
    Reply,
    SendImage,
    SendMessage,
    SendPrivate,
    Unban,
    Unmute,
    Unpin,
    UnpinAll,
)
from groupops.core.adapter import Adapter, EventSink, RateLimits
from groupops.core.adapter_queries import MemberInfo, MemberQueries
from groupops.core.capabilities import Capability
from groupops.core.errors import AlreadyGone, Forbidden, SettingsProblem, TargetNotFound
from groupops.core.events import ButtonPressed, LeaveReason, MessageEdited, ReactionChanged
from groupops.core.refs import Ref
from groupops.core.segments import Rendered

from .world import LocalChat, LocalMember, LocalMessage, LocalWorld


class LocalAdapter(Adapter, MemberQueries):
    platform = "local"
    name = "local"
    delivers = frozenset({MessageEdited.kind, ReactionChanged.kind, ButtonPressed.kind})

    def __init__(
        self,
        world: LocalWorld | None = None,
        *,
        capabilities: Iterable[Capability] | None = None,
        rate_limits: RateLimits | None = None,
        service_events: bool = True,
    ) -> None:
        super().__init__()
        self.world = world or LocalWorld()
        self.platform = self.world.platform  # a local world may stand in for any platform
        if self.platform != type(self).platform:  # standing in: named as the platform is
            self.display_name = self.platform.capitalize()
        if capabilities is not None:  # narrow the table, e.g. to behave like WeChat
            self.available = frozenset(capabilities) & self.capabilities
        if rate_limits is not None:
            self.rate_limits = rate_limits
        self.service_events = service_events
        self._links = itertools.count(1)
        self._tasks: set[asyncio.Task] = set()

    @classmethod
    def from_settings(cls, options: Mapping[str, Any]) -> Adapter:
        if "peer" in options:  # a world served by another process (adapters/local/peer.py)
            from .peer import PeerAdapter

            return PeerAdapter(**options)
        return cls(**options)

    @classmethod
    def option_problems(cls, options: Mapping[str, Any]) -> list[SettingsProblem]:
        if "peer" in options:
            from .peer import PeerAdapter

            return PeerAdapter.option_problems(options)
        return []

    # --- lifecycle ----------------------------------------------------------------------------

    async def start(self, sink: EventSink) -> None:
        self.world.sink = sink

    async def stop(self) -> None:
        if self._tasks:
            await asyncio.gather(*self._tasks, return_exceptions=True)
        self.world.sink = None

    # --- helpers ------------------------------------------------------------------------------

    def _chat(self, ref: Ref) -> LocalChat:
        chat = self.world.chats.get(ref)
        if chat is None:
            raise TargetNotFound(f"chat {ref} does not exist")
        return chat

    def _admin_chat(self, ref: Ref) -> LocalChat:
        chat = self._chat(ref)
        if not chat.bot_is_admin:
            raise Forbidden(f"the bot is not an admin of {ref}")
        return chat

    def _post(self, chat: LocalChat, segments, **extra) -> ActionResult:
        message = LocalMessage(
            self.world.new_message_id(), chat.ref, None, segments, self.world.clock.now(), **extra
        )
        chat.messages[message.id] = message
        self.world.log.append(("send", chat.ref, message.text))
        return ActionResult(message_ids=(message.id,))

    def _member(self, chat: LocalChat, user: Ref):
        member = chat.members.get(user)
        if member is None or not chat.present(user):
            raise TargetNotFound(f"{user} is not in {chat.ref}")
        return member

    def _announce_leave(self, chat: LocalChat, user: Ref, reason: LeaveReason) -> None:
        event = self.world.leave_event(chat.ref, user, reason)
        if self.service_events and self.world.sink is not None:
            task = asyncio.create_task(self.world.push(event))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)

    # --- capabilities -------------------------------------------------------------------------

    async def send_message(self, action: SendMessage[Rendered]) -> ActionResult:
        chat = self._chat(action.chat)
        return self._post(chat, action.segments, thread_id=action.thread_id, buttons=action.buttons)

    async def reply(self, action: Reply[Rendered]) -> ActionResult:
        chat = self._chat(action.chat)
        return self._post(
            chat,
            action.segments,
            reply_to=action.reply_to,
            thread_id=action.thread_id,
            buttons=action.buttons,
        )

    async def send_private(self, action: SendPrivate[Rendered]) -> ActionResult:
        user = action.chat
        if user not in self.world.started_bot:
            raise Forbidden(f"{user} has not started a private chat with the bot")
        message = LocalMessage(
            self.world.new_message_id(),
            user,
            None,
            action.segments,
            self.world.clock.now(),
            buttons=action.buttons,
        )
        self.world.inbox.setdefault(user, []).append(message)
        self.world.log.append(("send_private", user, message.text))
        return ActionResult(message_ids=(message.id,))

    async def send_image(self, action: SendImage[Rendered]) -> ActionResult:
        chat = self._chat(action.chat)
        return self._post(chat, action.caption, image=action.image, thread_id=action.thread_id)

    async def delete_messages(self, action: DeleteMessages) -> ActionResult:
        chat = self._chat(action.chat)
        for message_id in action.message_ids:
            message = chat.messages.get(message_id)
            if message is None or message.deleted:
                raise AlreadyGone(f"message {message_id} is not in {chat.ref}")
            if message.sender is not None and not chat.bot_is_admin:
                raise Forbidden(f"the bot is not an admin of {chat.ref}")
        for message_id in action.message_ids:
            chat.messages[message_id].deleted = True
        self.world.log.append(("delete", chat.ref, ",".join(action.message_ids)))
        return ActionResult()

    async def pin(self, action: Pin | Unpin | UnpinAll) -> ActionResult:
        chat = self._admin_chat(action.chat)
        if isinstance(action, UnpinAll):
            chat.pinned.clear()
        elif isinstance(action, Unpin):
            message_id = action.message_id or (chat.pinned[-1] if chat.pinned else "")
            if message_id not in chat.pinned:
                raise TargetNotFound(
                    f"message {message_id or '(none)'} is not pinned in {chat.ref}"
                )
            chat.pinned.remove(message_id)
        else:
            if action.message_id not in chat.messages:
                raise TargetNotFound(f"message {action.message_id} is not in {chat.ref}")
            chat.pinned.append(action.message_id)
        self.world.log.append((action.kind, chat.ref, getattr(action, "message_id", "")))
        return ActionResult()

    async def mute(self, action: Mute | Unmute) -> ActionResult:
        chat = self._admin_chat(action.chat)
        member = self._member(chat, action.user)
        if member.status in ("admin", "owner"):
            raise Forbidden(f"{action.user} is an admin of {chat.ref} and cannot be restricted")
        if isinstance(action, Unmute):
            member.muted, member.muted_until = False, None
            self.world.log.append(("unmute", chat.ref, action.user))
        else:
            member.muted, member.muted_until = True, action.until
            self.world.log.append(("mute", chat.ref, action.user))
        return ActionResult()

    async def kick(self, action: Kick) -> ActionResult:
        chat = self._admin_chat(action.chat)
        self._member(chat, action.user)
        self.world.log.append(("kick", chat.ref, action.user))
        self._announce_leave(chat, action.user, LeaveReason.KICKED)
        return ActionResult()

    async def ban(self, action: Ban) -> ActionResult:
        chat = self._admin_chat(action.chat)
        member = chat.members.get(action.user)
        present = chat.present(action.user)
        if member is not None:
            member.status, member.banned_until = "banned", action.until
        else:  # a ban also keeps out someone who is not in the chat yet
            chat.members[action.user] = LocalMember(
                action.user,
                self.world.names.get(action.user, ""),
                "banned",
                banned_until=action.until,
            )
        self.world.log.append(("ban", chat.ref, action.user))
        if present:
            self._announce_leave(chat, action.user, LeaveReason.BANNED)
        return ActionResult()

    async def unban(self, action: Unban) -> ActionResult:
        chat = self._admin_chat(action.chat)
        member = chat.members.get(action.user)
        if member is not None and member.status == "banned":
            member.status, member.banned_until = "left", None
        self.world.log.append(("unban", chat.ref, action.user))
        return ActionResult()

    async def approve_join(self, action: ApproveJoin) -> ActionResult:
        chat = self._admin_chat(action.chat)
        if chat.join_requests.get(action.user) != "pending":
            raise TargetNotFound(f"{action.user} has no pending join request in {chat.ref}")
        chat.join_requests[action.user] = "approved"
        self.world.log.append(("approve_join", chat.ref, action.user))
        if self.service_events and self.world.sink is not None:
            task = asyncio.create_task(
                self.world.push(self.world.join_event(chat.ref, action.user))
            )
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)
        else:
            self.world.add_member(chat.ref, action.user)
        return ActionResult()

    async def decline_join(self, action: DeclineJoin) -> ActionResult:
        chat = self._admin_chat(action.chat)
        if chat.join_requests.get(action.user) != "pending":
            raise TargetNotFound(f"{action.user} has no pending join request in {chat.ref}")
        chat.join_requests[action.user] = "declined"
        self.world.log.append(("decline_join", chat.ref, action.user))
        return ActionResult()

    async def create_invite_link(self, action: CreateInviteLink) -> ActionResult:
        chat = self._admin_chat(action.chat)
        link = f"https://local.invalid/{chat.ref.local_id}/+{next(self._links)}"
        chat.invite_links[link] = action.name
        self.world.log.append(("invite_link", chat.ref, action.name))
        return ActionResult(invite_link=link)

    async def get_member(self, chat: Ref, user: Ref) -> MemberInfo:
        if not self.supports(Capability.GET_MEMBER):  # a narrowed table answers like its platform
            raise self._unsupported(Capability.GET_MEMBER)
        local = self._chat(chat).members.get(user)
        if local is None:
            raise TargetNotFound(f"{user} was never in {chat}")
        return MemberInfo(user, local.name, local.status)

    async def list_admins(self, chat: Ref) -> list[MemberInfo]:
        if not self.supports(Capability.LIST_ADMINS):
            raise self._unsupported(Capability.LIST_ADMINS)
        return [MemberInfo(m.user, m.name, m.status) for m in self._chat(chat).admins()]

    async def member_count(self, chat: Ref) -> int | None:
        return sum(1 for user in self._chat(chat).members if self._chat(chat).present(user))
