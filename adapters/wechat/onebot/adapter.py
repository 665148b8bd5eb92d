"""OneBotAdapter: platform `wechat` through a OneBot 12 bridge, forward or reverse WebSocket.

On every connection the adapter asks `get_supported_actions` and declares only what the
bridge has: sending is standard; member lookups and removing a member (a platform extension,
see `options.KICK_ACTIONS`) depend on the bridge. Deleting members' messages is not declared:
WeChat lets a bot recall only its own (`recall`). Mute is never
declared (WeChat has none), so the ruleset's fallback applies. Actions are open only while
the bridge says the WeChat account is online (`meta.py`); a newcomer's name is asked of the
bridge so the welcome greets them by name. The connection side is in `session.py`.
"""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import Mapping, Sequence
from typing import Any

from loguru import logger

from groupops.core.actions import (
    ActionResult,
    Kick,
    Reply,
    SendMessage,
    SendPrivate,
)
from groupops.core.adapter import Adapter, EventSink, RateLimits
from groupops.core.adapter_queries import MemberInfo, MemberQueries
from groupops.core.doctor.findings import Finding
from groupops.core.errors import ActionError, SettingsProblem, Unsupported
from groupops.core.onboarding.plan import SeenChat
from groupops.core.redaction import register, register_url
from groupops.core.refs import Ref
from groupops.core.segments import Message, Rendered

from ..diagnose import admin_rooms, bridge_findings
from ..discover import listed_groups
from ..text import PLATFORM, unnamed
from .inbound import Inbound, name_in
from .meta import BridgeStatus
from .options import OneBotOptions, problems
from .protocol import UnsupportedSegment, outgoing, written_mentions
from .screening import Accounts
from .session import Session
from .transport import Forward, Reverse


class OneBotAdapter(Session, Adapter, MemberQueries):
    platform = PLATFORM
    display_name = "WeChat"
    name = "onebot12"

    def __init__(self, **options: Any) -> None:
        super().__init__()
        self.options = o = OneBotOptions.model_validate(options)
        register(o.access_token)  # also as the URL's `?access_token=`, which the spec allows
        register_url(o.url)
        self.rate_limits = RateLimits(o.messages_per_second, o.messages_per_minute)
        self.link = Forward(o, self._serve) if o.mode == "forward" else Reverse(o, self._serve)
        self.inbound = Inbound()
        self.accounts = Accounts()  # events for another account than ours: left alone
        self.connected = asyncio.Event()  # set while set up and the account is online
        self.status = BridgeStatus()  # what the bridge last said about itself
        self._set_up = False
        self.set_up_failure = ""  # why the last connection's set-up failed, if it did
        self.supported: frozenset[str] = frozenset()
        self.kick_action = ""
        self.quotes = True  # the bridge sends `reply` segments (False once it said it cannot)
        self.mentions = True  # and `mention` segments: else a mention is written as "@name"
        self._ws: Any = None
        self._echo = itertools.count(1)
        self._waiting: dict[str, asyncio.Future] = {}
        self._events: asyncio.Queue[Mapping[str, Any]] = asyncio.Queue()
        self._sink: EventSink | None = None
        self._tasks: list[asyncio.Task] = []
        self._link_task: asyncio.Task | None = None
        self._accepting = True
        self._listed: set[str] | None = None  # the groups the account is in, as doctor read them

    async def diagnose(self, chats: Sequence[Ref]) -> list[Finding]:
        running = bool(self._tasks)
        return await bridge_findings(
            self, chats, self.link.where, lambda: self.inbound.self_id, running,
            rooms=self._rooms, failure=lambda: self.set_up_failure,
        )  # fmt: skip

    async def _rooms(self) -> set[str] | None:
        """The groups the account is in (OneBot 12 `get_group_list`), where the bridge has it."""
        if "get_group_list" not in self.supported:
            return None
        self._listed = {str(group["group_id"]) for group in await self.call("get_group_list")}
        return self._listed

    async def discover_chats(self, wait: float) -> list[SeenChat]:
        return await listed_groups(self, bool(self._tasks), self._groups)

    async def _groups(self) -> list[tuple[str, str]]:
        if "get_group_list" not in self.supported:
            raise Unsupported(self.name, "get_group_list")
        listed = await self.call("get_group_list")
        return [(str(g["group_id"]), str(g.get("group_name") or "")) for g in listed or ()]

    async def diagnose_posting(self, chats: Sequence[Ref]) -> list[Finding]:
        """An admin room the account is no member of, from the group list `diagnose` read."""
        if self._listed is None:  # the bridge did not list its groups
            return await super().diagnose_posting(chats)
        return admin_rooms(chats, self._listed)

    @classmethod
    def option_problems(cls, options: Mapping[str, Any]) -> list[SettingsProblem]:
        return problems(options)

    def platform_accounts(self) -> frozenset[Ref]:
        own = self.inbound.self_id  # the logged-in account, once the bridge said
        return frozenset({Ref.user(PLATFORM, own)} if own else ())

    @property
    def reconnects(self) -> int:
        return self.link.reconnects

    async def _send(self, chat: Ref, message: list[dict]) -> ActionResult:
        self._online()
        target = (
            {"detail_type": "private", "user_id": chat.local_id}
            if chat.kind == "user"
            else {"detail_type": "group", "group_id": chat.local_id}
        )
        if not self.mentions:  # refused once: written for every send until it reconnects
            message = written_mentions(message, self.inbound.names)
        try:
            data = await self.call("send_message", **target, message=message)
        except UnsupportedSegment as exc:
            if not any(segment.get("type") == "mention" for segment in message):
                raise
            if self.mentions:
                self.mentions = False
                logger.warning(
                    "wechat: the OneBot bridge cannot send mentions ({}); members are named "
                    "as @name in plain text until it reconnects", exc
                )  # fmt: skip
            message = written_mentions(message, self.inbound.names)
            data = await self.call("send_message", **target, message=message)
        message_id = str((data or {}).get("message_id") or "")
        return ActionResult(message_ids=(message_id,) if message_id else ())

    def _message(self, segments: Message) -> list[dict]:
        return outgoing(segments, mentions=self.mentions)

    # --- capabilities -------------------------------------------------------------------------

    async def send_message(self, action: SendMessage[Rendered]) -> ActionResult:
        return await self._send(action.chat, self._message(action.segments))

    async def reply(self, action: Reply[Rendered]) -> ActionResult:
        """A message quoting `reply_to`; on a bridge that cannot send the `reply` segment, a
        plain message naming the answered member (known for that connection from then on)."""
        message = self._message(action.segments)
        if self.quotes:
            quote = {"type": "reply", "data": {"message_id": action.reply_to}}
            try:
                return await self._send(action.chat, [quote, *message])
            except UnsupportedSegment as exc:
                self.quotes = False
                logger.warning(
                    "wechat: the OneBot bridge cannot send replies ({}); they go as plain "
                    "messages naming the member until it reconnects", exc
                )  # fmt: skip
        author, _ = self.inbound.recent.get(action.reply_to, ("", ""))
        if author:  # the mention before it names them: "@张伟 签到成功", not "@张伟 张伟 签到成功"
            message = self._message(unnamed(action.segments, author))
        first = message[0] if message else {}
        if author and first.get("data", {}).get("user_id") != author:  # not named already
            message = [{"type": "mention", "data": {"user_id": author}}, *message]
        return await self._send(action.chat, message)

    async def send_private(self, action: SendPrivate[Rendered]) -> ActionResult:
        return await self._send(action.chat, self._message(action.segments))

    async def recall(self, message_id: str) -> None:
        """Recall one of the bot's own messages (`delete_message`, where the bridge has it).
        Not the `message.delete` capability: WeChat lets no bot delete members' messages."""
        self._online()
        await self.call("delete_message", message_id=message_id)

    async def kick(self, action: Kick) -> ActionResult:
        self._online()
        group, user = action.chat.local_id, action.user.local_id
        # marked before the call: the bridge may tell the leave before it answers, or never
        self.inbound.removed.made(group, user)
        try:
            await self.call(self.kick_action, group_id=group, user_id=user)
        except ActionError:  # refused: still a member
            self.inbound.removed.forget(group, user)
            raise
        return ActionResult()

    async def get_member(self, chat: Ref, user: Ref) -> MemberInfo:
        data = await self.call(
            "get_group_member_info", group_id=chat.local_id, user_id=user.local_id
        )
        name = name_in(data)
        self.inbound.heard(chat.local_id, user.local_id, name)  # told with the next sweep
        return MemberInfo(user, name)

    async def member_count(self, chat: Ref) -> int | None:
        if "get_group_member_list" not in self.supported:
            return None
        return len(await self.inbound.members(self.call, chat.local_id))
