"""The adapter contract: lifecycle plus one method per capability.

An adapter declares a capability by overriding its method (see `CAPABILITY_METHODS`) or, where
several capabilities share one implementation, by naming that method in its `performers`
table; the base class derives the `capabilities` table from both and raises `Unsupported` for
the rest.
An instance may narrow the table once it has learned what its peer can do (`self.available`).
The read-only questions (a member, the admins, the member count) are a protocol of their own,
`MemberQueries` (`adapter_queries.py`): an adapter that answers them also derives from it, and
callers reach them through `adapter.queries` (None: the adapter answers none).
Events come in through the `EventSink` (`sink.py`); actions go out as the `Outgoing` view, their
texts rendered for the destination (`actions.py`).
Adapters are registered under the entry-point group `groupops.adapters`.
"""

from __future__ import annotations

import asyncio
import re
from abc import ABC, abstractmethod
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar

from .actions import (
    ActionResult,
    AnswerCheckout,
    ApproveJoin,
    Ban,
    CreateInviteLink,
    DeclineJoin,
    DeleteMessages,
    Kick,
    ManageTopic,
    Mute,
    Outgoing,
    Pin,
    RefundPayment,
    Reply,
    SendFile,
    SendImage,
    SendInvoice,
    SendMessage,
    SendPrivate,
    SetAdminTitle,
    Unban,
    Unmute,
    Unpin,
    UnpinAll,
)
from .adapter_options import constructor_problems
from .adapter_queries import QUERY_CAPABILITIES, MemberInfo, MemberQueries
from .capabilities import CAPABILITY_METHODS, Capability
from .errors import SettingsProblem, Unsupported
from .events import ButtonPressed
from .intake import IntakeLoop, IntakeSupervisor, IntakeWatch
from .refs import Ref
from .segments import Rendered
from .sink import EventSink

__all__ = ["Adapter", "AdapterHooks", "EventSink", "MemberInfo", "RateLimits"]

if TYPE_CHECKING:
    from .doctor.findings import Finding
    from .onboarding.plan import SeenChat


@dataclass(frozen=True, slots=True)
class RateLimits:
    """Outbound limits the dispatcher keeps for this adapter; 0 means unlimited."""

    per_chat_per_second: float = 0
    per_chat_per_minute: int = 0
    global_per_second: float = 0


@dataclass(slots=True)
class AdapterHooks:
    """What an adapter tells the engine besides events; the engine fills these in."""

    chat_migrated: Callable[[Ref, Ref], Awaitable[None]] | None = None  # old id, new id
    admins_changed: Callable[[Ref], None] | None = None  # drop the chat's cached admin list
    # runs the adapter's receiving loops, restarting one that raises (the engine's, so it
    # can report a loop that keeps failing)
    intake: IntakeSupervisor = field(default_factory=IntakeSupervisor)


class Adapter(ABC):
    """An adapter performs actions (below); the member queries are `queries`, a separate
    protocol the adapter may also implement."""

    platform: str  # the id namespace ("telegram"); several adapters may share one
    name: ClassVar[str]  # this implementation ("aiogram", "ptb", "local")
    capabilities: ClassVar[frozenset[Capability]] = frozenset()
    rate_limits: RateLimits = RateLimits()  # an instance may be given its own
    # The platform posts join and leave notices as messages a bot may delete (and the
    # adapter reports them as `ServiceNotice`s); WeChat's system notices are not deletable.
    service_notices: ClassVar[bool] = False
    # Message ids are not numbered (Matrix): a `DeleteMessages(span=True)` names the first and
    # the last message of a stretch and the adapter finds those in between (`/purge`).
    deletes_spans: ClassVar[bool] = False
    # Event kinds pushed beyond messages, joins and leaves ("message.edited",
    # "reaction.changed", "button.pressed"): a platform's edits or reactions not listed here are
    # ignored on purpose. The conformance suite checks it. Without "button.pressed" the
    # platform has no buttons: what asks a member to press one (the captcha) asks for a typed
    # answer there.
    delivers: ClassVar[frozenset[str]] = frozenset()
    # How members read the platform's name ("WeChat", "IRC"): a list telling two members of
    # one name apart says it (`Ann (IRC)`). Left unset: the platform capitalised ("Irc").
    display_name: str = ""
    # What a user's id looks like as an admin types it after a command (`/ban ID`), where the
    # core's own forms (digits, `wxid_…`, a Matrix id, `platform:user:id`) do not cover it: an
    # IRC nick. None: only those.
    user_id: ClassVar[re.Pattern[str] | None] = None
    # Members address one another by display name: an `@word` after a command that no member
    # holds as a handle is read as a display name (`/ban @Li Ming`): WeChat, where a bridge may
    # give no mention ids, and Matrix's plain text. False where an `@word` is a username and
    # never a display name (Telegram: a display name is addressed only by a mention that
    # carries the user): a handle nobody holds is answered as not met, never a name's holder.
    addressed_by_name: ClassVar[bool] = True
    # What the id of a chat that posts as a sender looks like typed after a command (Telegram:
    # a channel's negative id, `/ban -1001700000003`): the command aims at that chat, never at
    # a user of that number. None: the platform has no such senders.
    sender_chat_id: ClassVar[re.Pattern[str] | None] = None
    # What members type before a command where their clients keep "/" for themselves (IRC:
    # "!"): the bot's texts then name commands as members type them ("Send !help to me").
    command_prefix: ClassVar[str] = "/"
    # Modules the adapter imports when it is built rather than when its class is loaded (a
    # platform library slow to import): checking settings loads the class alone, and a missing
    # one is still named there, with the extra that installs it.
    requires: ClassVar[tuple[str, ...]] = ()

    # capability -> the name of the method that performs it, for capabilities that share an
    # implementation (every send is one call shape on Telegram): a table instead of a method
    # that only forwards, for each
    performers: ClassVar[Mapping[Capability, str]] = {}
    _dispatch: ClassVar[dict[Capability, str]] = {}

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        platform = getattr(cls, "platform", None)  # None: set in __init__ (the local adapter)
        if not cls.display_name and isinstance(platform, str):
            cls.display_name = platform.capitalize()
        for method in cls.performers.values():
            if not callable(getattr(cls, method, None)):
                raise TypeError(f"{cls.__qualname__}.performers: no method {method!r}")
        overridden = {
            cap
            for cap, method in CAPABILITY_METHODS.items()
            if cap not in QUERY_CAPABILITIES
            and getattr(cls, method) is not getattr(Adapter, method)
        }
        if issubclass(cls, MemberQueries):  # a query answered is a capability declared
            overridden |= {
                cap
                for cap, method in QUERY_CAPABILITIES.items()
                if getattr(cls, method) is not getattr(MemberQueries, method)
            }
        cls.capabilities = frozenset(overridden | set(cls.performers))
        cls._dispatch = {
            cap: method if cap in overridden else cls.performers.get(cap, method)
            for cap, method in CAPABILITY_METHODS.items()
        }

    def __init__(self) -> None:
        self.available: frozenset[Capability] = self.capabilities
        self.hooks = AdapterHooks()
        # Set while actions can be performed; delivery waits for it. An adapter that must
        # open a client first clears it here and sets it once open (a bridge that comes and
        # goes raises `Disconnected` instead).
        self.ready = asyncio.Event()
        self.ready.set()
        # The chats the settings name on this platform (communities' chats and admin chats),
        # set before `start` by whoever built the adapter from settings: an adapter that must
        # join its chats (IRC channels) joins these, so the operator names a chat once.
        self.configured_chats: tuple[Ref, ...] = ()

    @classmethod
    def from_settings(cls, options: Mapping[str, Any]) -> Adapter:
        """Build from the platform's settings table (secrets already merged in)."""
        return cls(**options)

    @classmethod
    def option_problems(cls, options: Mapping[str, Any]) -> list[SettingsProblem]:
        """What is wrong with this adapter's settings table, for `groupops check`. By default,
        where the default `from_settings` builds it: keys the constructor does not take."""
        if cls.from_settings.__func__ is not Adapter.from_settings.__func__:  # type: ignore[attr-defined]
            return []  # the adapter reads its table itself
        return constructor_problems(cls, options)

    # --- lifecycle ---------------------------------------------------------------------------

    @abstractmethod
    async def start(self, sink: EventSink) -> None:
        """Connect and begin pushing events into `sink`. Returns once started."""

    async def start_sending(self, sink: EventSink) -> None:
        """Connect to deliver actions, in a `groupops worker` beside `groupops receive`. An
        adapter whose receiving would compete with the receiver's (Telegram serves one
        getUpdates poller or one webhook per bot) connects without receiving. By default it
        starts as usual: what it receives goes to `sink` too (the streams; keys deduplicate)."""
        await self.start(sink)

    @abstractmethod
    async def stop(self) -> None:
        """Stop receiving. Idempotent. Actions may still be performed until `release`."""

    async def release(self) -> None:
        """Release connections; called after the outbox drained. Idempotent."""
        return None

    def keep_receiving(self, name: str, loop: IntakeLoop) -> asyncio.Task[None]:
        """Run a receiving loop (polling, a websocket, a sync loop) under the engine's
        supervision: logged and restarted with a capped backoff when it raises
        (`intake.py`). Cancel the task to stop it."""
        return self.hooks.intake.run(self.platform, name, loop)

    def watch_receiving(self, name: str) -> IntakeWatch:
        """For a receiving loop that retries by itself (it never raises): it reports each
        attempt, so /metrics shows it failing while no events come in (`intake.py`)."""
        return self.hooks.intake.watch(self.platform, name)

    @property
    def described(self) -> str:
        """The adapter as the log names it: "matrix adapter", or with a driver named apart
        from its platform, "telegram adapter aiogram"."""
        driver = "" if self.name == self.platform else f" {self.name}"
        return f"{self.platform} adapter{driver}"

    @property
    def queries(self) -> MemberQueries | None:
        """The member queries this adapter answers, as that protocol alone; None where it
        answers none (callers then know nothing: no names, no rights, no count)."""
        return self if isinstance(self, MemberQueries) else None

    @property
    def shows_buttons(self) -> bool:
        """Whether members see buttons under the bot's messages (it delivers their presses).
        Where not, the outbox lists link buttons under the text (`links_listed`)."""
        return ButtonPressed.kind in self.delivers

    def platform_accounts(self) -> frozenset[Ref]:
        """The bot's own account, once known, and the platform's stand-in senders: accounts a
        reply to their message must not turn into a moderation target."""
        return frozenset()

    def own_handle(self) -> str:
        """The bot's own public @name without the @, once known (Telegram's getMe username);
        "" where the platform has none."""
        return ""

    # --- capability dispatch -----------------------------------------------------------------

    def supports(self, capability: Capability) -> bool:
        return capability in self.available

    async def perform(self, action: Outgoing) -> ActionResult:
        """Carry out an action rendered for its destination (no I18nText left in it)."""
        if not self.supports(action.capability):
            raise Unsupported(self.name, action.capability)
        return await getattr(self, self._dispatch[action.capability])(action)

    def _unsupported(self, capability: Capability) -> Unsupported:
        return Unsupported(self.name, capability)

    # --- one method per capability (override the ones the platform has) -----------------------

    async def send_message(self, action: SendMessage[Rendered]) -> ActionResult:
        raise self._unsupported(Capability.SEND)

    async def reply(self, action: Reply[Rendered]) -> ActionResult:
        raise self._unsupported(Capability.REPLY)

    async def send_private(self, action: SendPrivate[Rendered]) -> ActionResult:
        raise self._unsupported(Capability.SEND_PRIVATE)

    async def send_image(self, action: SendImage[Rendered]) -> ActionResult:
        raise self._unsupported(Capability.SEND_IMAGE)

    async def send_file(self, action: SendFile[Rendered]) -> ActionResult:
        raise self._unsupported(Capability.SEND_FILE)

    async def delete_messages(self, action: DeleteMessages) -> ActionResult:
        raise self._unsupported(Capability.DELETE)

    async def pin(self, action: Pin | Unpin | UnpinAll) -> ActionResult:
        raise self._unsupported(Capability.PIN)

    async def mute(self, action: Mute | Unmute) -> ActionResult:
        raise self._unsupported(Capability.MUTE)

    async def kick(self, action: Kick) -> ActionResult:
        raise self._unsupported(Capability.KICK)

    async def ban(self, action: Ban) -> ActionResult:
        raise self._unsupported(Capability.BAN)

    async def unban(self, action: Unban) -> ActionResult:
        raise self._unsupported(Capability.UNBAN)

    async def approve_join(self, action: ApproveJoin) -> ActionResult:
        raise self._unsupported(Capability.APPROVE_JOIN)

    async def decline_join(self, action: DeclineJoin) -> ActionResult:
        raise self._unsupported(Capability.DECLINE_JOIN)

    async def set_admin_title(self, action: SetAdminTitle) -> ActionResult:
        raise self._unsupported(Capability.ADMIN_TITLE)

    async def manage_topic(self, action: ManageTopic) -> ActionResult:
        raise self._unsupported(Capability.TOPIC)

    async def create_invite_link(self, action: CreateInviteLink) -> ActionResult:
        raise self._unsupported(Capability.INVITE_LINK)

    async def send_invoice(self, action: SendInvoice[Rendered]) -> ActionResult:
        raise self._unsupported(Capability.INVOICE)

    async def answer_checkout(self, action: AnswerCheckout[Rendered]) -> ActionResult:
        raise self._unsupported(Capability.CHECKOUT)

    async def refund_payment(self, action: RefundPayment) -> ActionResult:
        raise self._unsupported(Capability.REFUND)

    async def download(self, file: str, limit: int) -> bytes:
        """A file a member sent (`MessageEvent.reply_to_file` names it), at most `limit`
        bytes; `Unsupported` where the platform gives bots no files, `ActionError` when the
        file is gone or larger."""
        raise Unsupported(self.name, "file.download")

    async def discover_chats(self, wait: float) -> list[SeenChat]:
        """The groups the bot can see it is in (for `groupops init`); [] where the platform
        cannot tell. May wait up to `wait` seconds for the first one to show up."""
        return []

    # --- self-diagnosis (`groupops doctor`, and `groupops run` at start) ----------------------

    async def diagnose(self, chats: Sequence[Ref]) -> list[Finding]:
        """What the bot can and cannot do in these chats, and what that switches off. Works
        whether or not the adapter was started (connects for the check and lets go)."""
        from .doctor.findings import Finding, Level

        return [Finding(self.platform, Level.NOTE, f"adapter {self.name!r} reports nothing")]

    async def diagnose_posting(self, chats: Sequence[Ref]) -> list[Finding]:
        """Whether the bot can post in these chats, which it only writes to (a community's
        `admin_chat`: reviews, alerts, reports); here, where the adapter cannot tell, a note
        that they were not checked (said nothing, the doctor read as all clear)."""
        from .doctor.findings import Finding, Level

        return [
            Finding(
                str(chat), Level.NOTE,
                f"admin chat not checked: adapter {self.name!r} cannot tell whether the bot "
                "may post there",
                fix="make sure the bot is in it; `groupops outbox` lists what failed to arrive",
            )
            for chat in chats
        ]  # fmt: skip
