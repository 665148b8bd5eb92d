"""What a component sees while it handles one event, and how it records what should happen."""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, Mapping, Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, TypeVar

from loguru import logger

from ..actions import Action, Button, Priority, Reply, SendMessage, SendPrivate
from ..capabilities import Capability
from ..events import Event, MessageEvent, actor_of
from ..refs import Ref
from ..roles import Role
from ..segments import Message, Segment, Text
from ..storage.statements import Statement
from .degrade import Degradation, degrade, member_group
from .delivery import outbox_id
from .joining import join, reply_in
from .languages import Languages
from .seams import EngineSeams
from .state import LINKED, CommunityState, MemberState
from .tables import AUDIT_INSERT, AuditRow
from .unit import UnitOfWork

if TYPE_CHECKING:
    from .components import Component
    from .engine import Engine
    from .slices import Slice, State

S = TypeVar("S")
R = TypeVar("R", bound=tuple[Any, ...])
Content = str | Segment | Sequence[Segment]


def as_message(content: Content) -> Message:
    if isinstance(content, str):
        return (Text(content),)
    if isinstance(content, (list, tuple)):
        return tuple(content)
    return (content,)  # type: ignore[return-value]


class Context(EngineSeams, Languages):
    """One event's view: its community, its effects and actions, and the engine's named
    seams (`EngineSeams`); the engine itself stays private."""

    __slots__ = (
        "_day",
        "_engine",
        "_settle",
        "_uow",
        "actions",
        "audits",
        "community",
        "component",
        "degraded",
        "event",
        "prepared",
        "stopped",
        "touched",
        "withdrawn",
    )

    def __init__(
        self,
        engine: Engine,
        community: CommunityState,
        event: Event,
        settle: Callable[[], Awaitable[None]] | None = None,
    ) -> None:
        self._engine = engine
        self.community = community
        self.event = event
        self._uow: UnitOfWork | None = None  # made on first use: most events write no rows
        self._day: date | None = None
        self.actions: list[Action] = []
        self.withdrawn: list[str] = []  # outbox ids of earlier events' actions not to send
        self.touched: dict[str, MemberState] = {}
        self.degraded: list[Degradation] = []
        self.audits = 0
        self.stopped = False
        self.component = ""
        # the component last prepared for this event and what its `prepare` returned (it
        # handles the event next; components.py)
        self.prepared: tuple[Component[Any], object] | None = None
        self._settle = settle  # commits the batch so far (processing.py)

    # --- reading ----------------------------------------------------------------------------

    @property
    def ruleset(self) -> Any:
        return self.community.ruleset

    @property
    def now(self) -> datetime:
        """The event's own time: decisions are reproducible whatever the processing delay."""
        return self.event.time

    @property
    def day(self) -> date:
        """The community day the event falls in (asked by several components per event)."""
        if self._day is None:
            self._day = self.community.clock.day_of(self.event.time)
        return self._day

    def slice(self, slice_type: type[Slice[State]]) -> State:
        return self.community.slices[slice_type]

    def peek_member(self, account: str) -> MemberState | None:
        return self.community.members.get(self.community.member_key(account))

    def member(self, account: str | None = None) -> MemberState:
        """The member behind `account` (default: whoever the event is about), created on first
        sight and marked for saving."""
        account = account or actor_of(self.event)
        if account is None:
            raise ValueError(f"{self.event.kind} events have no member")
        key = self.community.member_key(account)
        member = self.community.members.get(key)
        if member is None:
            member = MemberState(key)
            self.community.members[key] = member
        self.touched[key] = member
        return member

    def account_record(self, account: str) -> MemberState:
        """The record that keeps what is `account`'s own (its name on its platform): the
        member's for their key account, the account's own (created on first sight, status
        LINKED) for one linked to another; marked for saving."""
        member = self.member(account)
        if member.key == account:
            return member
        own = self.community.members.get(account)
        if own is None:
            own = MemberState(account, status=LINKED)
            self.community.members[account] = own
        self.touched[account] = own
        return own

    def name_of(self, account: str, chat: Ref | str | None = None) -> str:
        """The name `account`'s member goes by in `chat` (default: the event's), "" if none is
        known: linked accounts are each named as on the chat's platform (state.account_name)."""
        where = chat if chat is not None else self.event.chat
        platform = str(where).partition(":")[0] if where is not None else None
        return self.community.account_name(account, platform)

    def touch(self, member: MemberState) -> None:
        self.touched[member.key] = member

    def role_of(self, user: str, chat: Ref | None = None) -> Role:
        """The member's role; an anonymous admin posting as the group counts as an admin."""
        event = self.event
        role = self._engine.admins.role_of(self.community, chat or event.chat, user)
        if isinstance(event, MessageEvent) and event.sender_is_admin and user == event.sender:
            return max(Role.ADMIN, role)
        return role

    def roles_unread(self, chat: Ref | None = None) -> bool:
        """The platform's admin list of the chat could not be read: a member's role is unknown
        rather than none (see `refusal`)."""
        return self._engine.admins.unread(chat or self.event.chat)

    def is_admin(self, user: str, chat: Ref | None = None) -> bool:
        return self.role_of(user, chat) >= Role.ADMIN

    def can(self, capability: Capability, platform: str | None = None) -> bool:
        """Whether the platform (default: the event's chat's) can do it; an adapter not
        attached yet is assumed able (its actions wait in the outbox)."""
        chat = self.event.chat
        capabilities = self.capabilities(platform or (chat.platform if chat else ""))
        return capabilities is None or capability in capabilities

    async def settled(self) -> None:
        """Commit what the events before this one decided, before a `prepare` reads the
        database: a /history or /top right after a check-in in the same batch read the rows
        as they were before it, and showed a balance its own lines did not add up to."""
        if self._settle is not None:
            await self._settle()

    # --- effects ----------------------------------------------------------------------------

    @property
    def uow(self) -> UnitOfWork:
        if self._uow is None:
            self._uow = UnitOfWork()
        return self._uow

    def written(self) -> UnitOfWork | None:
        """The rows this event wrote, or None when it wrote none."""
        return self._uow

    def write(self, statement: Statement[R], row: R) -> None:
        """Queue `row` for `statement` in the event's transaction."""
        uow = self._uow  # not through the property: a write or two for most messages
        if uow is None:
            uow = self._uow = UnitOfWork()
        uow.add(statement, row)

    def audit(
        self,
        action: str,
        *,
        target: str = "",
        actor: str = "system",
        rule: str = "",
        evidence: str = "",
        outcome: str = "done",
        detail: Mapping[str, Any] | None = None,
        chat: str | None = None,
        community: str | None = None,
    ) -> str:
        """Record an action in the audit log (committed with the event); returns the entry id.
        `community`: where it is filed when it happened in another community's chat. It is
        done as recorded unless an action is tied to it (`audit_of`, or `outcome="queued"` and
        the action's `audit` set): then it stays queued until the platform answers."""
        entry_id = f"{self.event.key}#a{self.audits}"
        self.audits += 1
        self.write(
            AUDIT_INSERT,
            AuditRow(
                entry_id,
                community or self.community.name,
                chat or self.event.chat or "",
                actor,
                target,
                action,
                rule or self.component,
                evidence[:500],
                outcome,
                json.dumps(dict(detail or {}), ensure_ascii=False, default=str),
                self.now,
            ),
        )
        return entry_id

    def audit_of(self, queued: Action | None, action: str, **entry: Any) -> str:
        """Record the action just queued (`ctx.act`'s answer): the entry stays queued until the
        platform answers it, then reads done or failed; with nothing queued it is done. One
        the platform could not do as asked (a ban carried out as a removal) reads degraded and
        says what was done instead."""
        fallbacks = [d.describe() for d in self.degraded if queued and d.replacement is queued]
        if fallbacks:
            entry["detail"] = {**(entry.get("detail") or {}), "fallback": fallbacks}
        outcome = "degraded" if fallbacks else "queued" if queued else "done"
        entry_id = self.audit(action, outcome=outcome, **entry)
        if queued is not None:
            queued.audit = entry_id
        return entry_id

    def stop(self) -> None:
        """Skip the rest of the pipeline for this event (e.g. the message was spam)."""
        self.stopped = True

    # --- actions ----------------------------------------------------------------------------

    def act(
        self, action: Action, *, after: Action | None = None, anyway: bool = False,
        failed: bool = False, failure: str = "",
    ) -> Action | None:  # fmt: skip
        """Queue an action, replaced by the ruleset's fallback where the platform cannot do it.
        With `after`, it is sent only once `after` succeeded (a notice stating its outcome),
        with `anyway` once `after` ended however it ended, with `failed` only if it failed
        (with `failure`, only that kind of failure: `delivery.FAILURES`)."""
        prepared = self._prepared(action)
        if prepared is None:
            return None
        prepared.after_failure, prepared.only_after_failure = anyway, failed
        prepared.failure = failure
        if after is not None:
            after.then = (*after.then, prepared)
        else:
            self.actions.append(prepared)
        return prepared

    def queued_id(self, action: Action | None) -> str | None:
        """The outbox id `action` (queued by this event, not as a follow-up) is stored under:
        what `withdraw` takes, from a later event, to keep it from being sent."""
        found = (i for i, queued in enumerate(self.actions) if queued is action)
        index = next(found, None) if action is not None else None
        return outbox_id(self.event.key, index) if index is not None else None

    def withdraw(self, outbox_id: str) -> None:
        """Keep an action queued earlier (`queued_id`) from being sent, if it has not left yet
        (a notice that this event made untrue): its row turns `cancelled` with this event's
        commit and it leaves its chat's queue. One already sent or in flight goes unchanged."""
        self.withdrawn.append(outbox_id)

    def _prepared(self, action: Action) -> Action | None:
        for _ in range(3):
            if not action.tag:
                action.tag = self.component
            capabilities = self.capabilities(action.chat.platform)
            if capabilities is None or action.capability in capabilities:
                break
            degradation = degrade(action, self.ruleset.fallback_for(action.kind), self.event.chat)
            self.degraded.append(degradation)
            logger.info("{}: {}", self.community.name, degradation.describe())
            if degradation.replacement is None:
                return None
            action = degradation.replacement
        if not action.locale:
            action.locale = self._locale_for(action)
        action.timezone = action.timezone or self.community.clock.timezone
        return action

    def send(
        self,
        content: Content,
        *,
        chat: Ref | None = None,
        buttons: tuple[Button, ...] = (),
        thread_id: str | None = None,
        priority: Priority | None = None,
        tag: str = "",
        after: Action | None = None,
        failure: str = "",
    ) -> Action | None:
        """A message to `chat` (the event's by default); with `after`, once that succeeded,
        or ended in the `failure` named (`delivery.FAILURES`)."""
        target = chat or self.event.chat
        if target is None:
            raise ValueError("send() needs a chat for events without one")
        if thread_id is None and chat is None and isinstance(self.event, MessageEvent):
            thread_id = self.event.thread_id
        return self.act(
            SendMessage(
                chat=target,
                segments=as_message(content),
                buttons=buttons,
                thread_id=thread_id,
                priority=priority,
                tag=tag,
            ),
            after=after,
            anyway=bool(failure),
            failure=failure,
        )

    def thread_of(self, chat: Ref | None) -> str | None:
        """The forum topic the event came from, for a message to its chat: a notice about
        what happened in a topic belongs in that topic, not in the chat's General."""
        event = self.event
        if isinstance(event, MessageEvent) and chat is not None and chat == event.chat:
            return event.thread_id
        return None

    def reply(
        self,
        content: Content,
        *,
        buttons: tuple[Button, ...] = (),
        tag: str = "",
        after: Action | None = None,
        failure: str = "",
        joined: bool = False,
    ) -> Action | None:
        """Answer the event's message in its chat (and forum topic); with `after`, only once
        that action succeeded, or with `failure`, only once it failed that way
        (`outbox.FAILURES`: "refused", a member who never opened a private chat). `joined`:
        on a line of its own in the reply already queued for the message, if there is one
        (one message per answer: joining.py)."""
        event = self.event
        if joined and isinstance(event, MessageEvent):
            queued = reply_in(self.actions, self.degraded, event.message_id)
            if queued is not None:
                join(queued, as_message(content))
                return queued
        if not isinstance(event, MessageEvent) or event.chat is None:
            target = event.chat
            if failure and target is not None:
                said = SendMessage(chat=target, segments=as_message(content), tag=tag)
                return self.act(said, after=after, failed=True, failure=failure)
            return self.send(content, buttons=buttons, tag=tag, after=after)
        return self.act(
            Reply(
                chat=event.answer_in or event.chat,  # a connected member's private chat
                segments=as_message(content),
                reply_to=event.message_id,
                thread_id=event.thread_id,
                buttons=buttons,
                tag=tag,
                reply_to_sender=event.sender,
            ),
            after=after,
            failed=bool(failure),
            failure=failure,
        )

    def send_private(
        self,
        user: Ref,
        content: Content,
        *,
        buttons: tuple[Button, ...] = (),
        tag: str = "",
        priority: Priority | None = None,
        fallback: bool = True,
        fallback_chat: Ref | None = None,
        locale: str = "",
    ) -> Action | None:
        """A private message; if the platform refuses it when it is sent (the member never
        started the bot, is not the bot's friend), it falls back to the event's group (for a
        job's, the member's: `member_group`), or `fallback_chat` where the event's group is
        one the member cannot read, unless `fallback` is False (what the group already heard
        says enough). `locale`: one known when the message was asked for (by default, the
        member's as the engine finds it)."""
        chat = fallback_chat or self.event.chat
        member = self.peek_member(user)
        if chat is None:
            last_seen = member.group if member is not None else None
            chat = member_group(user, last_seen, self.community.settings.chats)
        group = chat if fallback and chat and chat.kind == "chat" else None
        return self.act(
            SendPrivate(
                chat=user,
                segments=as_message(content),
                buttons=buttons,
                tag=tag,
                fallback_chat=group,
                fallback_thread=self.thread_of(group),
                name=member.name if member is not None else "",
                priority=priority,
                locale=locale,
            )
        )
