"""TelegramAdapter: the capability table over the Bot API, shared by both drivers.

A driver (aiogram, python-telegram-bot) supplies five things: open/close its bot, make one
Bot API call, fetch updates, run one update through its own dispatcher, and parse a webhook
body. Everything else — mapping, clamping, batching, the 48 h delete window, intake with
acknowledgement after commit, deduplication, webhooks — lives here once.
"""

from __future__ import annotations

import asyncio
import re
from abc import abstractmethod
from collections import OrderedDict
from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta
from typing import Any

from loguru import logger

from groupops.core.actions import (
    Action,
    ActionResult,
    CreateInviteLink,
    DeleteMessages,
    Kick,
)
from groupops.core.adapter import Adapter, EventSink, RateLimits
from groupops.core.adapter_queries import MemberInfo, MemberQueries
from groupops.core.capabilities import Capability as C
from groupops.core.clock import Clock, SystemClock
from groupops.core.doctor.findings import Finding, Level
from groupops.core.errors import ActionError, SettingsProblem, TargetNotFound
from groupops.core.events import BotRightsLost, ButtonPressed, MessageEdited, ReactionChanged
from groupops.core.onboarding.plan import SeenChat
from groupops.core.refs import Ref

from .diagnose import diagnose, posting_findings, unreachable
from .discover import seen_chats
from .errors import ChatMoved, startup_error
from .inbound import ALLOWED_UPDATES
from .intake import Intake
from .linked import LinkedChannels
from .menu_publish import MenuPublisher
from .options import lowered, option_problems
from .outbound import ApiCall, calls_for
from .webhook_info import webhook_check
from .wire import PLATFORM, STAND_IN_IDS, chat_ref, local_int, member_info, user_ref

DELETE_WINDOW = timedelta(hours=48)
# The administrator right the bot needs for a capability, where a refusal deserves a word
# before the attempt (a custom title needs the right to promote).
RIGHTS: dict[C, str] = {C.ADMIN_TITLE: "can_promote_members", C.PIN: "can_pin_messages"}
REMEMBERED_MESSAGES = 50_000


class TelegramAdapter(Adapter, MemberQueries):
    platform = PLATFORM
    display_name = "Telegram"
    rate_limits = RateLimits(per_chat_per_second=1, per_chat_per_minute=20, global_per_second=30)
    service_notices = True
    delivers = frozenset(
        {MessageEdited.kind, ReactionChanged.kind, ButtonPressed.kind, BotRightsLost.kind}
    )
    # a user id is positive; a channel's (as a supergroup's) is -100 and more digits: -5 or a
    # basic group's -4500000001 posts as no channel
    sender_chat_id = re.compile(r"-100\d{6,}")
    addressed_by_name = False  # `@word` is a username; a display name comes as a text_mention
    # Most actions are one Bot API call shape: sends are posted (message ids come back), the
    # rest are done (True comes back); the rest have methods of their own below.
    performers = {
        **dict.fromkeys(
            (C.SEND, C.REPLY, C.SEND_PRIVATE, C.SEND_IMAGE, C.SEND_FILE, C.INVOICE), "_post"
        ),
        **dict.fromkeys(
            (C.PIN, C.MUTE, C.BAN, C.UNBAN, C.APPROVE_JOIN, C.DECLINE_JOIN, C.CHECKOUT, C.REFUND),
            "_done",
        ),
        C.ADMIN_TITLE: "_done",
        C.TOPIC: "_done",
    }

    def __init__(
        self,
        token: str,
        *,
        mode: str = "polling",
        base_url: str | None = None,
        poll_timeout: float = 25,
        webhook_url: str = "",
        webhook_listen: str = "127.0.0.1",
        webhook_port: int = 8443,
        webhook_path: str = "/telegram",
        secret_token: str = "",
        command_menu: bool = True,
        answer_buttons: bool = True,
        menu_pause: float = 5.0,
        clock: Clock | None = None,
        rate_limits: RateLimits | None = None,
    ) -> None:
        super().__init__()
        self.ready.clear()  # until the driver's client is open (`open`)
        self.token = token
        self.mode = mode
        self.base_url = base_url
        self.clock = clock or SystemClock()
        if rate_limits is not None:
            self.rate_limits = rate_limits
        self.intake = Intake(
            self,
            poll_timeout=poll_timeout,
            webhook_url=webhook_url,
            listen=(webhook_listen, webhook_port),
            path=webhook_path,
            secret_token=secret_token,
        )
        self._dates: OrderedDict[tuple[str, str], datetime] = OrderedDict()
        self.bot_id: int | None = None
        self.username = ""  # the bot's @name (getMe), for commands addressed to other bots
        self.kicking: set[tuple[str, str]] = set()  # (chat, user) removed by our kick
        self.linked = LinkedChannels(self.call, self.clock)  # each group's own channel
        self.command_menu = command_menu
        # every press answered, so the client's spinner stops; off where the program that
        # embeds groupops answers the presses of its own buttons
        self.answer_buttons = answer_buttons
        self.menu_pause = menu_pause  # the first pause before a refused list is tried again
        self.menu_task: asyncio.Task[None] | None = None

    @classmethod
    def from_settings(cls, options: Mapping[str, Any]) -> TelegramAdapter:
        return cls(**lowered(options))

    @classmethod
    def option_problems(cls, options: Mapping[str, Any]) -> list[SettingsProblem]:
        return option_problems(lowered(options))

    # --- what a driver provides --------------------------------------------------------------

    @abstractmethod
    async def open(self) -> None:
        """Create the library's bot (and dispatcher) against `self.base_url`."""

    @abstractmethod
    async def close(self) -> None:
        """Release the library's sessions. Idempotent."""

    @abstractmethod
    async def call(self, method: str, params: dict[str, Any]) -> Any:
        """Make one Bot API call; the result as JSON data; failures as neutral ActionErrors."""

    @abstractmethod
    async def fetch_file(self, path: str) -> bytes:
        """The bytes of a file getFile answered `file_path` for, through the library."""

    @abstractmethod
    async def fetch_updates(self, offset: int | None, timeout: float) -> list[dict[str, Any]]:
        """getUpdates through the library's transport; the updates as JSON."""

    @abstractmethod
    async def dispatch(self, update: Any) -> None:
        """Run one library update through the library's dispatcher (our handlers in it)."""

    @abstractmethod
    def parse(self, data: dict[str, Any]) -> Any:
        """Update JSON as the library's update object."""

    def shares_updates(self) -> bool:
        """Whether anything besides groupops would see the library's update object. When
        nothing would, intake maps the JSON without having the library build it first."""
        return True

    def platform_accounts(self) -> frozenset[Ref]:
        own = () if self.bot_id is None else (user_ref(self.bot_id),)
        return frozenset((*own, *(user_ref(stand_in) for stand_in in STAND_IN_IDS)))

    def own_handle(self) -> str:
        return self.username

    # --- lifecycle ----------------------------------------------------------------------------

    async def start(self, sink: EventSink) -> None:
        await self.start_sending(sink)
        await self.intake.start(sink)
        if self.command_menu:  # in the background: a refused menu never holds the bot up
            publisher = MenuPublisher(self.call, first_pause=self.menu_pause)
            self.menu_task = asyncio.create_task(publisher.run(), name="telegram-command-menu")

    async def start_sending(self, sink: EventSink) -> None:
        """The Bot API and the bot's own account, without polling or a webhook: a second
        getUpdates would be refused (409 Conflict) and would take updates from the receiver."""
        try:
            await self.open()
            me = await self.call("getMe", {})
        except ActionError as exc:
            await self.close()
            raise startup_error(exc, self.base_url) from None
        self.bot_id = me["id"]
        self.username = str(me.get("username") or "")

    async def stop(self) -> None:
        if self.menu_task is not None:
            self.menu_task.cancel()
            # it logged its own failure, if any: stopping goes on whatever became of it
            await asyncio.gather(self.menu_task, return_exceptions=True)
            self.menu_task = None
        await self.intake.stop()

    async def release(self) -> None:
        await self.close()

    def attach(self, sink: EventSink) -> None:
        """Embedded mode: the developer's bot receives updates; groupops only handles them."""
        self.intake.sink = sink

    async def handle_update(self, data: Mapping[str, Any]) -> None:
        """Map one update (JSON) and submit its events; returns once they are committed."""
        futures = await self.intake.accept(data)
        if futures:
            await asyncio.gather(*futures)

    def allowed_updates(self) -> list[str]:
        return list(ALLOWED_UPDATES)

    # --- inbound bookkeeping ------------------------------------------------------------------

    def remember(self, chat: Ref, message_id: str, date: datetime) -> None:
        """Message dates, for the 48 h delete window."""
        self._dates[(chat, message_id)] = date
        if len(self._dates) > REMEMBERED_MESSAGES:
            self._dates.popitem(last=False)

    # --- outbound -----------------------------------------------------------------------------

    async def _run(self, action: Action) -> list[Any]:
        return [await self._call(c) for c in calls_for(action, self.clock.now())]

    async def _call(self, call: ApiCall) -> Any:
        try:
            return await self.call(call.method, call.params)
        except ChatMoved as moved:  # an action queued before a group -> supergroup migration
            old = chat_ref(call.params["chat_id"])
            if self.hooks.chat_migrated is not None:
                await self.hooks.chat_migrated(old, chat_ref(moved.new_chat_id))
            return await self.call(call.method, call.params | {"chat_id": moved.new_chat_id})

    async def _post(self, action: Action) -> ActionResult:
        results = await self._run(action)
        ids = tuple(str(r["message_id"]) for r in results if isinstance(r, dict))
        now = self.clock.now()
        for message_id in ids:
            self.remember(action.chat, message_id, now)
        return ActionResult(message_ids=ids)

    async def _done(self, action: Action) -> ActionResult:
        await self._run(action)
        return ActionResult()

    async def delete_messages(self, action: DeleteMessages) -> ActionResult:
        oldest = self.clock.now() - DELETE_WINDOW
        fresh = tuple(
            i for i in action.message_ids if self._dates.get((action.chat, i), oldest) >= oldest
        )
        if not fresh:
            raise TargetNotFound(
                f"messages {', '.join(action.message_ids)} in {action.chat} are older than 48 h"
            )
        if len(fresh) < len(action.message_ids):
            logger.info(
                "{}: {} messages too old to delete",
                action.chat,
                len(action.message_ids) - len(fresh),
            )
        action = DeleteMessages(chat=action.chat, message_ids=fresh, tag=action.tag)
        return await self._done(action)

    async def kick(self, action: Kick) -> ActionResult:
        # A kick is a ban lifted at once. Someone already banned (by an earlier action, a
        # /ban, another admin) is out and must stay out: lifting would let them back.
        if action.user.kind == "user" and await self._banned(action.chat, action.user):
            logger.info(
                "{}: {} is banned; the kick leaves the ban in place", action.chat, action.user
            )
            return ActionResult()
        # The ban's chat_member update must read as a kick.
        self.kicking.add((action.chat, action.user))
        return await self._done(action)

    async def _banned(self, chat: Ref, user: Ref) -> bool:
        try:
            member = await self.call(
                "getChatMember", {"chat_id": local_int(chat), "user_id": local_int(user)}
            )
        except TargetNotFound:  # never seen here: the kick itself will say so
            return False
        return member.get("status") == "kicked"

    async def create_invite_link(self, action: CreateInviteLink) -> ActionResult:
        (link,) = await self._run(action)
        return ActionResult(invite_link=link["invite_link"], detail=link.get("name", ""))

    async def get_member(self, chat: Ref, user: Ref) -> MemberInfo:
        data = await self.call(
            "getChatMember", {"chat_id": local_int(chat), "user_id": local_int(user)}
        )
        return member_info(data)

    async def list_admins(self, chat: Ref) -> list[MemberInfo]:
        data = await self.call("getChatAdministrators", {"chat_id": local_int(chat)})
        return [member_info(item) for item in data]

    async def holds_rights(self, chat: Ref, capability: C) -> bool | None:
        right = RIGHTS.get(capability)
        if right is None or self.bot_id is None:
            return None
        data = await self.call(
            "getChatMember", {"chat_id": local_int(chat), "user_id": self.bot_id}
        )
        return data.get("status") == "administrator" and bool(data.get(right))

    async def download(self, file: str, limit: int) -> bytes:
        found = await self.call("getFile", {"file_id": file})
        size, path = int(found.get("file_size") or 0), found.get("file_path")
        if not path or size > limit:  # bots may fetch files up to 20 MB; ours are far smaller
            raise ActionError(f"file {file} is {size} bytes, more than {limit}")
        data = await self.fetch_file(path)
        if len(data) > limit:
            raise ActionError(f"file {file} is {len(data)} bytes, more than {limit}")
        return data

    async def member_count(self, chat: Ref) -> int | None:
        return int(await self.call("getChatMemberCount", {"chat_id": local_int(chat)}))

    async def discover_chats(self, wait: float) -> list[SeenChat]:
        opened_here = self.bot_id is None
        if opened_here:
            await self.open()
        try:
            return await seen_chats(self.fetch_updates, wait)
        finally:
            if opened_here:
                await self.close()

    async def diagnose(self, chats: Sequence[Ref]) -> list[Finding]:
        opened_here = self.bot_id is None
        try:
            if opened_here:
                await self.open()
            found = await diagnose(self.call, chats, self.name)
            if found and found[0].level is not Level.BLOCKER:  # getMe answered
                found += await webhook_check(
                    self.call, self.mode, self.intake.webhook_url, self.clock.now()
                )
            return found
        except Exception as exc:  # a library refusing the token while opening (PTB's getMe)
            return [unreachable(exc)]
        finally:
            if opened_here:
                await self.close()

    async def diagnose_posting(self, chats: Sequence[Ref]) -> list[Finding]:
        if not chats:
            return []
        opened_here = self.bot_id is None
        try:
            if opened_here:
                await self.open()
            return await posting_findings(self.call, chats, self.name)
        except Exception:  # the token refused while opening: `diagnose` has said so
            return []
        finally:
            if opened_here:
                await self.close()
