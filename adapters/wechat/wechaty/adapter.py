"""WechatyAdapter: platform `wechat` over the Wechaty Puppet Service gRPC protocol.

The session (connect, events, reconnect with backoff, member sweeps) is in `session.py`.
While disconnected, actions raise `Disconnected`, which the outbox waits out without giving
up. WeChat has no mute, no ban and no deleting members' messages (a bot may recall only its own:
`recall`): those capabilities are not declared, so the ruleset's fallbacks apply.
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping, Sequence
from typing import Any

from groupops.core.actions import (
    ActionResult,
    Kick,
    Reply,
    SendMessage,
    SendPrivate,
)
from groupops.core.adapter import Adapter, EventSink, RateLimits
from groupops.core.adapter_queries import MemberInfo, MemberQueries
from groupops.core.backoff import Backoff
from groupops.core.doctor.findings import Finding
from groupops.core.errors import (
    ActionError,
    Disconnected,
    Forbidden,
    NotInChat,
    SettingsProblem,
    TargetNotFound,
)
from groupops.core.onboarding.plan import SeenChat
from groupops.core.refs import Ref
from groupops.core.segments import Mention, Message, Rendered

from ..diagnose import admin_rooms, bridge_findings
from ..discover import listed_groups
from ..text import PLATFORM, outgoing, unnamed
from .inbound import Inbound
from .options import WechatyOptions, problems
from .rpc import BridgeError, Endpoint, PuppetClient
from .session import Session


class WechatyAdapter(Session, Adapter, MemberQueries):
    platform = PLATFORM
    display_name = "WeChat"
    name = "wechaty"

    def __init__(self, **options: Any) -> None:
        super().__init__()
        self.options = WechatyOptions.model_validate(options)
        o = self.options
        self.endpoint = Endpoint(o.endpoint, o.token, o.tls, o.tls_ca_file, o.tls_server_name)
        self.rate_limits = RateLimits(o.messages_per_second, o.messages_per_minute)
        self.client = PuppetClient(self.endpoint, o.call_timeout_seconds)
        self.inbound = Inbound(self.client)
        self.connected = asyncio.Event()
        self.reconnects = 0
        self.backoff = Backoff(maximum=o.reconnect_max_seconds)
        self._sink: EventSink | None = None
        self._tasks: list[asyncio.Task] = []
        self._listed: set[str] | None = None  # the rooms the account is in, as doctor read them

    async def diagnose(self, chats: Sequence[Ref]) -> list[Finding]:
        running = bool(self._tasks)
        # a plain bridge dialled with TLS (the default) fails its handshake: it looks down
        plain = "; a bridge that serves without TLS needs tls = false" if self.endpoint.tls else ""
        return await bridge_findings(
            self, chats, self.endpoint.address, lambda: self.inbound.self_id, running, plain,
            rooms=self._rooms, refusal=lambda: self.refusal,
        )  # fmt: skip

    async def _rooms(self) -> set[str] | None:
        """The rooms the account is in (the puppet's `RoomList`)."""
        self._listed = set((await self.client.call("RoomList")).ids)
        return self._listed

    async def diagnose_posting(self, chats: Sequence[Ref]) -> list[Finding]:
        """An admin room the account is no member of, from the room list `diagnose` read."""
        if self._listed is None:  # the bridge was not reached: `diagnose` said so
            return await super().diagnose_posting(chats)
        return admin_rooms(chats, self._listed)

    async def discover_chats(self, wait: float) -> list[SeenChat]:
        return await listed_groups(self, bool(self._tasks), self._groups)

    async def _groups(self) -> list[tuple[str, str]]:
        rooms = (await self.client.call("RoomList")).ids
        return [(room, (await self.client.call("RoomPayload", id=room)).topic) for room in rooms]

    @classmethod
    def option_problems(cls, options: Mapping[str, Any]) -> list[SettingsProblem]:
        return problems(options)

    def platform_accounts(self) -> frozenset[Ref]:
        own = self.inbound.self_id  # the logged-in account, once the bridge said
        return frozenset({Ref.user(PLATFORM, own)} if own else ())

    # --- helpers ------------------------------------------------------------------------------

    def _online(self) -> None:
        if not self.connected.is_set():
            raise Disconnected(
                f"the Wechaty bridge at {self.endpoint.address} is not connected",
                retry_after=min(2.0, self.options.reconnect_max_seconds),
            )

    async def _room(self, chat: Ref) -> str:
        room = chat.local_id
        if room not in self.inbound.rooms:
            await self.inbound.refresh_rooms()
            if room not in self.inbound.rooms:
                raise TargetNotFound(f"{chat} is not a WeChat room the bot account is in")
        return room

    async def _conversation(self, chat: Ref) -> str:
        """A room, or a contact for a one-to-one chat."""
        if chat.kind == "user":
            await self._contact(chat)
            return chat.local_id
        return await self._room(chat)

    async def _contact(self, user: Ref) -> Any:
        try:
            return await self.client.call("ContactPayload", id=user.local_id)
        except BridgeError:
            raise TargetNotFound(f"{user} is not a WeChat contact the bridge knows") from None

    async def _send(self, conversation: str, segments: Message) -> ActionResult:
        text, mentioned = outgoing(segments, lambda u: self.inbound.names.get(u, ""))
        answer = await self.client.call(
            "MessageSendText", conversation_id=conversation, text=text, mentional_ids=mentioned
        )
        return ActionResult(message_ids=(answer.id,) if answer.id else ())

    # --- capabilities -------------------------------------------------------------------------

    async def send_message(self, action: SendMessage[Rendered]) -> ActionResult:
        self._online()
        segments = action.segments
        return await self._send(await self._conversation(action.chat), segments)

    async def reply(self, action: Reply[Rendered]) -> ActionResult:
        """WeChat text has no quote over the bridge: a reply @mentions the one answered."""
        self._online()
        conversation = await self._conversation(action.chat)
        segments = action.segments
        if action.chat.kind == "user":  # one-to-one: no need to say whom we answer
            return await self._send(conversation, segments)
        talker = self.inbound.talkers.get(action.reply_to)
        if talker is None:
            try:
                talker = (await self.client.call("MessagePayload", id=action.reply_to)).talker_id
            except BridgeError:
                talker = ""
        user = Ref.user(PLATFORM, talker) if talker else None
        if user is None:
            return await self._send(conversation, segments)
        lead = Mention(user, await self.inbound.name_of(talker))
        return await self._send(conversation, (lead, *unnamed(segments, talker)))

    async def send_private(self, action: SendPrivate[Rendered]) -> ActionResult:
        self._online()
        contact = await self._contact(action.chat)
        if not contact.friend:
            raise Forbidden(
                f"{action.chat} is not a friend of the bot account; "
                "WeChat delivers private messages only between friends"
            )
        return await self._send(action.chat.local_id, action.segments)

    async def recall(self, message_id: str) -> None:
        """Recall one of the bot's own messages (WeChat allows it within two minutes).

        Not the `message.delete` capability: WeChat lets no bot delete members' messages, so
        moderation's deletions fall back (skip, on record) instead of failing one by one."""
        self._online()
        if not (await self.client.call("MessageRecall", id=message_id)).success:
            raise Forbidden(
                f"the bridge did not recall message {message_id} "
                "(only the bot's own recent messages can be recalled)"
            )

    async def kick(self, action: Kick) -> ActionResult:
        """Remove a member; WeChat lets only the room's owner do it."""
        self._online()
        room = await self._room(action.chat)
        payload = await self.client.call("RoomPayload", id=room)
        if payload.owner_id != self.inbound.self_id:
            raise Forbidden(f"the bot does not own {action.chat}; only the owner removes members")
        if action.user.local_id not in await self.inbound.members(room):
            raise NotInChat(f"{action.user} is not in {action.chat}")
        # marked before the call: the bridge may tell the leave before it answers, or never
        self.inbound.removed.made(room, action.user.local_id)
        try:
            await self.client.call("RoomDel", id=room, contact_id=action.user.local_id)
        except ActionError:  # refused: still a member
            self.inbound.removed.forget(room, action.user.local_id)
            raise
        return ActionResult()

    async def get_member(self, chat: Ref, user: Ref) -> MemberInfo:
        self._online()
        room = await self._room(chat)
        if user.local_id not in await self.inbound.members(room):
            raise TargetNotFound(f"{user} is not in {chat}")
        payload = await self.client.call("RoomPayload", id=room)
        status = (
            "owner"
            if user.local_id == payload.owner_id
            else "admin"
            if user.local_id in payload.admin_ids
            else "member"
        )
        return MemberInfo(user, await self.inbound.name_of(user.local_id), status)

    async def list_admins(self, chat: Ref) -> list[MemberInfo]:
        self._online()
        payload = await self.client.call("RoomPayload", id=await self._room(chat))
        ranks = {i: "admin" for i in payload.admin_ids} | (
            {payload.owner_id: "owner"} if payload.owner_id else {}
        )
        return [
            MemberInfo(Ref.user(PLATFORM, i), await self.inbound.name_of(i), status)
            for i, status in ranks.items()
        ]

    async def member_count(self, chat: Ref) -> int | None:
        self._online()
        return len(await self.inbound.members(await self._room(chat)))
