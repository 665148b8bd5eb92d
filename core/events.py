"""The fixed event vocabulary adapters push into the engine.

Every event carries an idempotency `key` (`platform:event-id`): the engine processes a key once,
however often the platform or a bridge delivers it. `raw` passes the platform's own object
through for components that need a detail the neutral model leaves out; it is never stored.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any, ClassVar

from .one_line import one_line
from .refs import Ref
from .segments import Message, plain_text

# invisible bidi marks (LRM, RLM, ALM, embeddings, overrides, isolates) that right-to-left
# messages carry around names and commands (core/i18n/direction.py): a command copied from an
# Arabic or Persian message brings them along, so a text's leading ones are dropped
BIDI_MARKS = "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
# the fields naming a member (or the chat a message came from), on whichever event has them
NAME_FIELDS = ("sender_name", "reply_to_sender_name", "name")
# What `MessageEvent.media` may say: the names admins type after /lock, so a lock matches on
# every platform. Adapters map their own kinds to these (a Telegram `animation` is a "gif");
# a kind with no name here is None. "url" is a message that is only a link (a WeChat link
# card), whose address is in no text `/lock url` could read.
MEDIA_KINDS = (
    "photo", "video", "sticker", "gif", "document", "voice", "audio", "contact", "location",
    "poll", "url",
)  # fmt: skip


@dataclass(slots=True, kw_only=True)
class Event:
    kind: ClassVar[str] = "event"
    key: str
    chat: Ref | None
    time: datetime  # timezone-aware, as the platform stamped it
    raw: Any = field(default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        # a member's name (a sender's, a joiner's, a payer's) as one line, whatever the
        # platform allowed: every text that names them gets it so
        for name in NAME_FIELDS:
            value = getattr(self, name, "")
            if value and not value.isprintable():
                setattr(self, name, one_line(value))


@dataclass(slots=True, kw_only=True)
class MessageEvent(Event):
    """Fields shared by new and edited messages."""

    sender: Ref
    sender_name: str = ""
    message_id: str
    segments: Message = ()
    # words the message shows besides its text (a poll's options, a contact card, a file's
    # name, buttons): moderation reads them (`moderated_text`), commands never do
    attached: str = ""
    reply_to: str | None = None  # message id this one answers
    reply_to_sender: Ref | None = None
    reply_to_sender_name: str = ""  # its name as members see it (a channel's title)
    reply_to_text: str = ""  # what the answered message said (evidence for a ban)
    reply_to_file: str | None = None  # the answered message's document, for adapter.download
    # the answered message is the group's own linked channel's post (an automatic forward):
    # the group's voice, so no command's target
    reply_to_automatic_forward: bool = False
    # Sent in a private chat by a member connected to `chat` (/connect): answers go here.
    answer_in: Ref | None = None
    thread_id: str | None = None  # forum topic; replies go back to it
    media: str | None = None  # one of MEDIA_KINDS
    album: str | None = None  # items posted together (Telegram's media_group_id): one post
    forwarded: bool = False  # forwarded from anyone: a person, a group or a channel
    forwarded_from_channel: bool = False
    sender_chat: Ref | None = None  # set when posted on behalf of a channel or the group itself
    # the group's own linked channel's post, copied in by the platform (Telegram's automatic
    # forward): the group's voice, not a member's, so never moderated
    automatic_forward: bool = False
    sender_is_admin: bool = False  # platform says so (e.g. Telegram anonymous admin)
    sender_is_bot: bool = False  # another bot's message (Telegram's `from.is_bot`): no member's
    language: str | None = None  # the platform's hint for the sender's language
    private: bool = False  # a one-to-one chat with the bot
    sender_has_username: bool | None = None  # a public handle (Telegram's @name); None: not said
    sender_handle: str = ""  # that handle, without the @ (`/warn @handle` finds the member by it)
    # a command addressed to another bot (Telegram's `/ban@OtherBot`): not this bot's to answer
    for_other_bot: bool = False
    _text: str | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def text(self) -> str:
        """What a reader sees, computed once."""
        if self._text is None:
            self._text = plain_text(self.segments).lstrip(BIDI_MARKS)
        return self._text

    @property
    def moderated_text(self) -> str:
        """What moderation reads: the words shown besides the text first (a poll or a keyboard
        holds a few hundred characters; a text padded to the scan limit hides none of them),
        then the text."""
        return f"{self.attached}\n{self.text}" if self.attached else self.text


@dataclass(slots=True, kw_only=True)
class MessageReceived(MessageEvent):
    kind: ClassVar[str] = "message.received"


@dataclass(slots=True, kw_only=True)
class MessageEdited(MessageEvent):
    """`message_id` names the message edited; its segments are what it shows now."""

    kind: ClassVar[str] = "message.edited"
    # the edit's own id where the platform keeps an edit as a message of its own, which
    # deleting the original leaves readable (a Matrix `m.replace` event); None: the platform
    # changes the message itself
    edit_id: str | None = None


@dataclass(slots=True, kw_only=True)
class MemberJoined(Event):
    kind: ClassVar[str] = "member.joined"
    member: Ref
    name: str = ""
    handle: str = ""  # a public handle (Telegram's @name), without the @
    inviter: Ref | None = None  # who added them, when the platform says
    invite_link: str | None = None  # the link they used (referral attribution)
    language: str | None = None
    is_bot: bool = False


class LeaveReason(StrEnum):
    LEFT = "left"
    KICKED = "kicked"
    BANNED = "banned"


@dataclass(slots=True, kw_only=True)
class MemberLeft(Event):
    kind: ClassVar[str] = "member.left"
    member: Ref
    name: str = ""
    reason: LeaveReason = LeaveReason.LEFT
    actor: Ref | None = None
    is_bot: bool = False  # as on MemberJoined: a bot leaving is no member leaving


@dataclass(slots=True, kw_only=True)
class MemberRenamed(Event):
    """A member's display name changed, as a platform's member list or lookup now says (a
    WeChat group nickname: message events there carry no name)."""

    kind: ClassVar[str] = "member.renamed"
    member: Ref
    name: str


@dataclass(slots=True, kw_only=True)
class ServiceNotice(Event):
    """A message the platform itself posted about a member ("Ann joined the group", "Ann
    left"), which a bot may delete; the join or leave itself arrives as its own event."""

    kind: ClassVar[str] = "message.service"
    member: Ref
    message_id: str
    about: str  # "joined" | "left"


@dataclass(slots=True, kw_only=True)
class JoinRequested(Event):
    kind: ClassVar[str] = "member.join_requested"
    member: Ref
    name: str = ""
    invite_link: str | None = None
    language: str | None = None


@dataclass(slots=True, kw_only=True)
class ButtonPressed(Event):
    kind: ClassVar[str] = "button.pressed"
    member: Ref
    name: str = ""
    message_id: str
    data: str


@dataclass(slots=True, kw_only=True)
class ReactionChanged(Event):
    kind: ClassVar[str] = "reaction.changed"
    member: Ref | None  # None when the platform reports anonymous reactions
    message_id: str
    added: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()


@dataclass(slots=True, kw_only=True)
class PaymentEvent(Event):
    """Fields shared by the payment events: who pays, how much, for what (`payload`, as the
    invoice carried it). `amount` is in the currency's smallest unit (Stars: whole stars)."""

    member: Ref
    name: str = ""
    handle: str = ""  # the payer's public handle, if any (Telegram's @username)
    currency: str
    amount: int
    payload: str = ""
    language: str | None = None


@dataclass(slots=True, kw_only=True)
class CheckoutRequested(PaymentEvent):
    """A member is about to pay; the platform waits for an `AnswerCheckout` to `query`."""

    kind: ClassVar[str] = "payment.checkout"
    query: str


@dataclass(slots=True, kw_only=True)
class PaymentReceived(PaymentEvent):
    """A payment went through; `charge` is the platform's id of it (what a refund names)."""

    kind: ClassVar[str] = "payment.received"
    charge: str


@dataclass(slots=True, kw_only=True)
class PaymentRefunded(PaymentEvent):
    """A payment was given back (by us or by the platform)."""

    kind: ClassVar[str] = "payment.refunded"
    charge: str


@dataclass(slots=True, kw_only=True)
class JobDue(Event):
    """A scheduled job came due; produced by the scheduler, not by adapters."""

    kind: ClassVar[str] = "job.due"
    community: str
    job: str
    payload: Mapping[str, Any] = field(default_factory=dict)
    # when the scheduler found it due: later than `time` (the due time) after a downtime
    fired_at: datetime | None = None


@dataclass(slots=True, kw_only=True)
class ActionCompleted(Event):
    """An action whose answer matters was carried out (a named invite link was created), or,
    for some, refused for good (`detail["failed"]` says why); produced by the engine from
    delivery outcomes, keyed `done:{outbox id}`."""

    kind: ClassVar[str] = "action.completed"
    action: str  # the action's kind
    community: str = ""  # whose action it was (its chat may be a private one no community has)
    tag: str  # what asked for it
    detail: Mapping[str, Any] = field(default_factory=dict)  # e.g. invite_link, name


@dataclass(slots=True, kw_only=True)
class BotRightsLost(Event):
    """The bot itself lost rights in `chat` (an admin demoted it) or was removed from it:
    what it can no longer do there is for the admins to know."""

    kind: ClassVar[str] = "bot.rights_lost"
    removed: bool = False  # no longer in the chat at all
    lost: tuple[str, ...] = ()  # of BOT_RIGHTS: what it could do before and cannot now
    actor: Ref | None = None  # who did it, when the platform says


@dataclass(slots=True, kw_only=True)
class MuteOverdue(Event):
    """A timed mute whose end the adapter carries out itself (Matrix keeps none: a mute is a
    power level) came due and the platform refused to lift it: `member` stays muted until the
    bot may lift it, which the admins are to know."""

    kind: ClassVar[str] = "member.mute_overdue"
    member: Ref
    error: str = ""  # what the platform answered
    ended: datetime | None = None  # the end the mute had
    # the adapter lifted it by itself since: the key of the MuteOverdue that told it refused
    lifted_after: str = ""


# deleting messages; muting, banning and removing members as one right (Telegram's), or each
# on its own where the platform grants them apart (Matrix power levels)
BOT_RIGHTS = ("delete", "restrict", "mute", "ban", "remove")


PLATFORM_EVENTS: tuple[type[Event], ...] = (
    MessageReceived,
    MessageEdited,
    MemberJoined,
    MemberLeft,
    MemberRenamed,
    ServiceNotice,
    JoinRequested,
    ButtonPressed,
    ReactionChanged,
    CheckoutRequested,
    PaymentReceived,
    PaymentRefunded,
    BotRightsLost,
    MuteOverdue,
)
_ALL_EVENTS: tuple[type[Event], ...] = (*PLATFORM_EVENTS, JobDue, ActionCompleted)
EVENT_TYPES: dict[str, type[Event]] = {cls.kind: cls for cls in _ALL_EVENTS}


def actor_of(event: Event) -> Ref | None:
    """The user an event is about (the sender, the joiner, the presser)."""
    if isinstance(event, MessageEvent):
        return event.sender
    return getattr(event, "member", None)
