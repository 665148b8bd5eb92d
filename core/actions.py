"""Outgoing actions. Components emit them; the outbox stores them; adapters carry them out.

Each action type maps to exactly one capability (see `capability_of`). `priority` orders
delivery: moderation before replies before broadcast chatter before a raid's bulk holds.

An action is generic in the type of its texts, `M`: a feature writes `Message`s (i18n
segments included); the engine renders them for the destination just before delivery, and an
adapter receives the `Outgoing` view, `Action[Rendered]`, whose texts hold no I18nText. Actions
without texts are final as written (`Action[Rendered]`). Only a type: the rendered action is the
same class (one copy, made only where a text was rendered).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import IntEnum
from typing import Any, ClassVar, Generic, TypeVar, cast

from .capabilities import Capability
from .refs import Ref
from .segments import Image, Message, Rendered

# The type of an action's texts: `Message` as written, `Rendered` once rendered (covariant: a
# rendered action is also an action as written)
M = TypeVar("M", bound=Message, covariant=True)
A = TypeVar("A", bound="Action[Any]")


class Priority(IntEnum):
    # a moderator's own ban, mute or delete: a raid's hundreds of automatic deletes and
    # reminders must not hold it for minutes
    BY_HAND = -1
    # an answer the platform waits for, briefly (a checkout: 10 s): before everything queued
    ANSWER = -2
    MODERATION = 0
    REPLY = 1
    BROADCAST = 2
    # a raid's holds, hundreds a minute, and what lifts or follows them: after what members wait
    # for (a reply, a spam post's deletion), among themselves in the order queued
    RAID = 3


@dataclass(frozen=True, slots=True)
class Button(Generic[M]):
    label: M
    data: str = ""  # callback data; a pressed button comes back as ButtonPressed
    url: str = ""
    same_row: bool = False  # beside the previous button rather than on a row of its own


@dataclass(slots=True, kw_only=True)
class Action(Generic[M]):
    kind: ClassVar[str] = "action"
    capability: ClassVar[Capability]
    default_priority: ClassVar[Priority] = Priority.REPLY
    chat: Ref
    priority: Priority | None = None
    tag: str = (
        ""  # what produced it ("welcome", "checkin", "moderation.flood"), for counts and audit
    )
    audit: str = ""  # the audit entry that learns how this action ended (moderation steps)
    locale: str = ""  # set by the engine: the destination's locale for i18n segments
    timezone: str = ""  # set by the engine: the community clock for dates in i18n segments
    # Sent only once this action succeeded, e.g. the notice that states its outcome.
    then: tuple[Action[Any], ...] = ()
    # As one of another action's `then`: sent once that action ended, even if it failed (it
    # had to go first: a message Telegram refuses after a join request is approved).
    after_failure: bool = False
    # As one of another action's `then`: sent only if that action failed for good (the group
    # told a removal the platform refused, so nobody believes the member gone).
    only_after_failure: bool = False
    # With `only_after_failure`, the failure it answers (`delivery.FAILURES`): "unsupported" (the
    # platform or bridge does not offer the action), "absent" (whom it acts on is not there),
    # "given_up" (the platform kept failing it while carrying out others: outbox.py), "refused"
    # (any other); "": every failure.
    failure: str = ""
    # When the platform stops waiting for it (a checkout's answer): past it, the outbox drops
    # the action as failed rather than carrying it out too late. None: no deadline.
    deadline: datetime | None = None
    missed: ClassVar[str] = "the platform had stopped waiting for it"  # said when dropped
    # The one-time secret its text carries ("the /link code"), named: once the action is
    # delivered or given up on, its outbox row keeps a placeholder naming it instead of the
    # text, and a failed one is not re-queued (it would send a stale secret). "": none.
    secret: str = ""

    def effective_priority(self) -> Priority:
        return self.default_priority if self.priority is None else self.priority


@dataclass(slots=True, kw_only=True)
class SendMessage(Action[M]):
    kind: ClassVar[str] = "send"
    capability: ClassVar[Capability] = Capability.SEND
    segments: M
    thread_id: str | None = None
    buttons: tuple[Button[M], ...] = ()


@dataclass(slots=True, kw_only=True)
class Reply(Action[M]):
    kind: ClassVar[str] = "reply"
    capability: ClassVar[Capability] = Capability.REPLY
    segments: M
    reply_to: str
    thread_id: str | None = None
    buttons: tuple[Button[M], ...] = ()
    # who wrote the answered message: a platform that lists whom a message notifies (Matrix's
    # `m.mentions`) lists them, as clients do for a reply
    reply_to_sender: Ref | None = None


@dataclass(slots=True, kw_only=True)
class SendPrivate(Action[M]):
    """`chat` is the user reference. `fallback_chat` is the group the message is about: if
    the platform refuses the private message, the ruleset's `send_private` fallback (a
    mention there, by default) takes its place; `name` is the member's name for it."""

    kind: ClassVar[str] = "send_private"
    capability: ClassVar[Capability] = Capability.SEND_PRIVATE
    segments: M
    buttons: tuple[Button[M], ...] = ()
    fallback_chat: Ref | None = None
    fallback_thread: str | None = None  # the forum topic the message is about, in that group
    name: str = ""


@dataclass(slots=True, kw_only=True)
class SendImage(Action[M]):
    kind: ClassVar[str] = "send_image"
    capability: ClassVar[Capability] = Capability.SEND_IMAGE
    image: Image
    caption: M = ()  # type: ignore[assignment]  # () is a message of every kind
    thread_id: str | None = None


@dataclass(slots=True, kw_only=True)
class SendFile(Action[M]):
    """A document (a member's data export, a chat's settings): `data` under `filename`, with a
    caption."""

    kind: ClassVar[str] = "send_file"
    capability: ClassVar[Capability] = Capability.SEND_FILE
    filename: str
    data: bytes
    caption: M = ()  # type: ignore[assignment]  # () is a message of every kind
    thread_id: str | None = None


@dataclass(slots=True, kw_only=True)
class DeleteMessages(Action[Rendered]):
    kind: ClassVar[str] = "delete"
    capability: ClassVar[Capability] = Capability.DELETE
    default_priority: ClassVar[Priority] = Priority.MODERATION
    message_ids: tuple[str, ...]
    # the first and the last id of a stretch, every message between them deleted too (only
    # to an adapter that `deletes_spans`: its ids are not numbered)
    span: bool = False


@dataclass(slots=True, kw_only=True)
class Pin(Action[Rendered]):
    """Pin a message; `loud` notifies the members (Telegram's default), quiet does not."""

    kind: ClassVar[str] = "pin"
    capability: ClassVar[Capability] = Capability.PIN
    message_id: str
    loud: bool = False


@dataclass(slots=True, kw_only=True)
class Unpin(Action[Rendered]):
    """Unpin a message; no id: the most recently pinned one."""

    kind: ClassVar[str] = "unpin"
    capability: ClassVar[Capability] = Capability.PIN
    message_id: str = ""


@dataclass(slots=True, kw_only=True)
class UnpinAll(Action[Rendered]):
    kind: ClassVar[str] = "unpin_all"
    capability: ClassVar[Capability] = Capability.PIN


@dataclass(slots=True, kw_only=True)
class MemberAction(Action[Rendered]):
    default_priority: ClassVar[Priority] = Priority.MODERATION
    user: Ref


@dataclass(slots=True, kw_only=True)
class Mute(MemberAction):
    """Silence `user` until `until` (None: until unmuted)."""

    kind: ClassVar[str] = "mute"
    capability: ClassVar[Capability] = Capability.MUTE
    until: datetime | None = None
    lasting: timedelta | None = None  # how long it was meant to last: see `lasting_from_now`


@dataclass(slots=True, kw_only=True)
class Unmute(MemberAction):
    """Let `user` speak again. `ended`: the end of the timed mute this lifts, where the
    adapter keeps mute ends itself (Matrix): lifted only if the member's mute still ends then,
    so a late retry leaves alone a mute given since."""

    kind: ClassVar[str] = "unmute"
    capability: ClassVar[Capability] = Capability.MUTE
    ended: datetime | None = None


@dataclass(slots=True, kw_only=True)
class Kick(MemberAction):
    """Remove `user`; they may come back."""

    kind: ClassVar[str] = "kick"
    capability: ClassVar[Capability] = Capability.KICK


@dataclass(slots=True, kw_only=True)
class Ban(MemberAction):
    """Remove `user` and keep them out until `until` (None: for good).

    `user` may be a chat reference: a channel posting in the group is banned as a sender chat.
    """

    kind: ClassVar[str] = "ban"
    capability: ClassVar[Capability] = Capability.BAN
    until: datetime | None = None
    lasting: timedelta | None = None  # how long it was meant to last: see `lasting_from_now`


@dataclass(slots=True, kw_only=True)
class Unban(MemberAction):
    kind: ClassVar[str] = "unban"
    capability: ClassVar[Capability] = Capability.UNBAN


@dataclass(slots=True, kw_only=True)
class ApproveJoin(MemberAction):
    kind: ClassVar[str] = "approve_join"
    capability: ClassVar[Capability] = Capability.APPROVE_JOIN


@dataclass(slots=True, kw_only=True)
class DeclineJoin(MemberAction):
    kind: ClassVar[str] = "decline_join"
    capability: ClassVar[Capability] = Capability.DECLINE_JOIN


@dataclass(slots=True, kw_only=True)
class SetAdminTitle(MemberAction):
    """An administrator's custom title shown beside their name ("" takes it off)."""

    kind: ClassVar[str] = "admin_title"
    capability: ClassVar[Capability] = Capability.ADMIN_TITLE
    default_priority: ClassVar[Priority] = Priority.REPLY
    title: str


@dataclass(slots=True, kw_only=True)
class ManageTopic(Action[Rendered]):
    """A forum topic created (`name`), renamed (`thread_id`, `name`), closed, reopened or
    deleted (`thread_id`)."""

    kind: ClassVar[str] = "topic"
    capability: ClassVar[Capability] = Capability.TOPIC
    verb: str  # create | rename | close | reopen | delete
    thread_id: str = ""
    name: str = ""


@dataclass(slots=True, kw_only=True)
class CreateInviteLink(Action[Rendered]):
    """A named link (0-32 chars on Telegram) so joins through it can be attributed."""

    kind: ClassVar[str] = "invite_link"
    capability: ClassVar[Capability] = Capability.INVITE_LINK
    # it posts nothing in the group (no message limit applies): not held behind the replies
    # a busy group's rate limit holds, while the member waits and joins through it may come
    default_priority: ClassVar[Priority] = Priority.MODERATION
    name: str = ""
    creates_join_request: bool = False
    member_limit: int | None = None


@dataclass(slots=True, kw_only=True)
class SendInvoice(Action[M]):
    """An invoice a member pays in `chat`; `payload` comes back with the checkout and the
    payment (it names the community and the plan). `amount` is in the currency's smallest
    unit (Telegram Stars: whole stars, currency XTR)."""

    kind: ClassVar[str] = "invoice"
    capability: ClassVar[Capability] = Capability.INVOICE
    title: M
    description: M
    payload: str
    currency: str
    amount: int
    label: str = ""


@dataclass(slots=True, kw_only=True)
class AnswerCheckout(Action[M]):
    """Accept or refuse a payment about to be made (`query` from `CheckoutRequested`);
    `chat` is the payer. A refusal says why in `error`."""

    kind: ClassVar[str] = "checkout"
    capability: ClassVar[Capability] = Capability.CHECKOUT
    default_priority: ClassVar[Priority] = Priority.ANSWER  # the platform waits seconds
    missed: ClassVar[str] = "the platform fails a checkout not answered in time: checkout missed"
    query: str
    ok: bool
    error: M = ()  # type: ignore[assignment]  # () is a message of every kind


@dataclass(slots=True, kw_only=True)
class RefundPayment(Action[Rendered]):
    """Give a payment back; `chat` is the payer, `charge` the platform's payment id."""

    kind: ClassVar[str] = "refund"
    capability: ClassVar[Capability] = Capability.REFUND
    user: Ref
    charge: str


Outgoing = Action[Rendered]
"""What an adapter performs: the action with its texts rendered for the destination."""

ACTION_TYPES: dict[str, type[Action]] = {
    cls.kind: cls
    for cls in (
        SendMessage,
        Reply,
        SendPrivate,
        SendImage,
        SendFile,
        DeleteMessages,
        Pin,
        Unpin,
        UnpinAll,
        Mute,
        Unmute,
        Kick,
        Ban,
        Unban,
        ApproveJoin,
        DeclineJoin,
        SetAdminTitle,
        ManageTopic,
        CreateInviteLink,
        SendInvoice,
        AnswerCheckout,
        RefundPayment,
    )
}


@dataclass(frozen=True, slots=True)
class ActionResult:
    """What the platform answered. Failures are raised as typed ActionErrors instead."""

    message_ids: tuple[str, ...] = ()
    invite_link: str | None = None
    detail: str = ""
    extra: dict = field(default_factory=dict)


def lasting_from_now(action: A, now: datetime) -> A:
    """A timed mute or ban lasts its whole length from when it is carried out. Its end was
    counted from the event's time, so one decided on an update delivered late (after an
    outage, behind a backlog, a 429) ended early, or under the platform's minimum."""
    if not isinstance(action, (Mute, Ban)) or action.lasting is None or action.until is None:
        return action
    if action.until >= now + action.lasting:
        return action
    return cast(A, dataclasses.replace(action, until=now + action.lasting))
