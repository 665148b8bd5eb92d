"""The moderation log in the chat: /log shows recent actions with their ids, /undo ID reverses
a mistaken one (unban, unmute, the warning count restored), itself logged."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime
from typing import Any, NamedTuple

from ..actions import Priority, Unban, Unmute
from ..commands import Command
from ..engine import CommandComponent, Context, component, on_command
from ..engine.degrade import did_nothing
from ..events import Event, MessageEvent
from ..federations import undo_fban
from ..i18n.direction import defused
from ..moderation.ladder import STEPS
from ..moderation.reasons import rule_said
from ..moderation.shared_bans import lift_ban
from ..moderation.state import Moderation
from ..moderation.waves import index_of
from ..money import amount_text
from ..permissions import Permission
from ..privacy import is_forgotten
from ..refs import Ref
from ..roles import Role
from ..segments import I18nText, T, Text
from ..storage.models import AuditEntry
from ..storage.statements import update
from ..words import word_of
from .commanding import elsewhere, may_act_in, name_of


class AuditUndone(NamedTuple):
    undone_at: datetime
    id: str


AUDIT_UNDONE = update("audit_log", AuditUndone, key=("id",))
# the moderation steps whose manual entries keep the admin's reason as their evidence
STEPPED = frozenset({*STEPS, "warn"})
MANUAL_RULE = "manual"
SHOWN = 10  # `/log`'s rows; `/log 40` asks for more, up to MOST
MOST = 30  # a reply of more rows would pass a message's length (Telegram's 4096)


PAYMENTS = "paid."  # the paid membership's entries: listed only where admins alone read


def in_public(event: MessageEvent | Event, ctx: Context) -> bool:
    """Asked in one of the community's groups, not its admin chat nor in private."""
    chat = event.chat
    # a connected admin's /log, sent in private, reads as the group's but is answered there
    private = isinstance(event, MessageEvent) and (event.private or event.answer_in is not None)
    return chat is not None and not private and chat != ctx.community.settings.admin_chat


def asked_rows(command: Command) -> int:
    """How many rows `/log N` asks for (SHOWN without a number); at most MOST."""
    given = command.arg(0)
    return min(int(given), MOST) if given.isdecimal() and int(given) > 0 else SHOWN


# Only an alias is left of whom the entry was about: nothing a platform could act on.
ERASED_TARGET = T(
    "That cannot be undone: the member's data was erased at their request. "
    "A ban can still be lifted with /unban and their platform id."
)


def _said(word: I18nText | str) -> I18nText | Text:
    """A stored word as a segment: its catalog text, or the word itself (an extension's)."""
    return word if isinstance(word, I18nText) else Text(word)


def _rule_of(row: AuditEntry) -> I18nText | Text | None:
    """What /log puts in brackets: the rule broken, the reason an admin gave a step they took
    by hand (`/warn spamming`: kept as the entry's evidence), or for a lesson what it taught (a
    not-spam lesson is filed under the classifier's rule, whose word is "spam")."""
    if row.action == "learn":
        label = json.loads(row.detail or "{}").get("label", "")
        return _said(word_of("lesson", label)) if label else None
    if row.rule == MANUAL_RULE and row.evidence and row.action in STEPPED:
        return Text(defused(row.evidence))
    return rule_said(row.rule)


def _outcome_of(row: AuditEntry) -> str:
    """The outcome's word: a fallback says whether the platform did nothing (a delete on
    WeChat: "done in part" read as if the spam were gone) or something else (a warning for a
    mute)."""
    if row.outcome != "degraded":
        return row.outcome
    fallbacks = json.loads(row.detail or "{}").get("fallback") or []
    nothing = fallbacks and all(did_nothing(str(f)) for f in fallbacks)
    return "not_done" if nothing else "replaced"


def _payment_of(row: AuditEntry) -> str:
    """The payment a paid-membership entry is about (a refund's charge and amount), or ""."""
    if not row.action.startswith("paid."):
        return ""
    detail = json.loads(row.detail or "{}")
    currency = str(detail.get("currency") or "")
    amount = amount_text(detail["amount"], currency) if detail.get("amount") else ""
    return " ".join(s for s in (str(detail.get("charge") or ""), amount, currency) if s)


def _set_warnings(ctx: Context, ids: set[str], cleared: Any) -> int:
    return ctx.slice(Moderation).set_cleared(ctx, ids, cleared)


def _undo_ban(ctx: Context, entry: AuditEntry) -> None:
    # by hand, as the ban it lifts: a ban given after it must not overtake it
    ctx.act(Unban(chat=Ref(entry.chat), user=Ref(entry.target), priority=Priority.BY_HAND))
    lift_ban(ctx, Ref(entry.target), Ref(entry.chat))


def _undo_mute(ctx: Context, entry: AuditEntry) -> None:
    ctx.act(Unmute(chat=Ref(entry.chat), user=Ref(entry.target), priority=Priority.BY_HAND))


def _undo_warn(ctx: Context, entry: AuditEntry) -> None:
    _set_warnings(ctx, {entry.id}, ctx.now)


def _undo_reset(ctx: Context, entry: AuditEntry) -> None:
    _set_warnings(ctx, set(json.loads(entry.detail or "{}").get("cleared", ())), None)


def _undo_learn(ctx: Context, entry: AuditEntry) -> None:
    lesson = ctx.slice(Moderation).learning.undo_lesson(ctx, entry.id, ctx.now)
    if lesson is not None and lesson.label == "spam":  # nor a wave of it any more
        index_of(ctx.scope).remove_text(lesson.text)


# action -> how to reverse it (a kick is reversed by lifting any ban, so they may rejoin)
UNDO: dict[str, Callable[[Context, AuditEntry], None]] = {
    "ban": _undo_ban,
    "kick": _undo_ban,
    "mute": _undo_mute,
    "warn": _undo_warn,
    "resetwarns": _undo_reset,
    "learn": _undo_learn,  # a lesson to the spam classifier
    "fban": undo_fban,  # lifted, and unbanned in every chat it reached
}


@component
class ModerationLog(CommandComponent[list[AuditEntry] | AuditEntry]):
    name = "modlog"
    order = 7
    slices = (Moderation,)

    async def prepare(self, event: Event, ctx: Context) -> list[AuditEntry] | AuditEntry | None:
        """The rows /log shows, or the entry /undo names."""
        await super().prepare(event, ctx)
        found = self.command_of(event)
        if found is None:
            return None
        spec, command = found
        community = ctx.community.name
        if spec.name == "log":
            await ctx.settled()  # a /warn just before it is on the log
            rows = AuditEntry.filter(community=community).order_by("-created_at", "-id")
            if in_public(event, ctx):  # who paid, and which charge, is no group's business
                rows = rows.exclude(action__startswith=PAYMENTS)
            return await rows.limit(asked_rows(command))
        if spec.name == "undo" and command.args:
            entry = await AuditEntry.get_or_none(community=community, id=command.args[0])
            if entry is not None and entry.chat:  # whether its sender is an admin there
                await ctx.admins.ensure(Ref(entry.chat))
            return entry
        return None

    @on_command("log", role=Role.ADMIN, aliases=("modlog",))
    def show_log(self, event: MessageEvent, ctx: Context, command: Command) -> None:
        fetched = self.prepared(ctx)
        rows = fetched if isinstance(fetched, list) else []
        elsewhere: tuple[Text | I18nText, ...] = ()
        if in_public(event, ctx) and ctx.ruleset.paid.plans:
            elsewhere = (
                Text("\n"),
                T("(payments are listed by /log in the admin chat or in private)"),
            )
        if not rows:
            ctx.reply((T("The moderation log is empty."), *elsewhere))
            return
        clock = ctx.community.clock
        lines = []
        for row in rows:
            # members by the names admins know them by (their ids are in /info)
            target = name_of(ctx, Ref(row.target)) if row.target else "-"
            if ":" in row.actor:
                actor: I18nText | Text = Text(name_of(ctx, Ref(row.actor)))
            else:  # no member acted: `system`, `operator`
                actor = _said(word_of("actor", row.actor))
            rule = _rule_of(row)
            # the stored words (action, rule, actor, outcome) in the reader's language
            lines += [
                Text(f"\n{clock.local(row.created_at):%m-%d %H:%M} {row.id} "),
                _said(word_of("action", row.action)),
                Text(f" {target} "),
                *((Text("["), rule, Text("] ")) if rule is not None else ()),
                actor,
                Text(" "),
                _said(word_of("outcome", _outcome_of(row))),
            ]
            if paid := _payment_of(row):
                lines.append(Text(f" · {paid}"))
            if row.undone_at:
                lines += [Text(" ("), T("undone"), Text(")")]
        given = command.arg(0)
        if given.isdecimal() and int(given) > MOST:
            lines += [Text("\n"), T("(/log shows at most {most} entries)", most=MOST)]
        ctx.reply((T("Recent moderation (undo with /undo ID):"), *lines, *elsewhere))

    @on_command("undo", permission=Permission.MODERATE)
    def undo(self, event: MessageEvent, ctx: Context, command: Command) -> None:
        fetched = self.prepared(ctx)
        entry = fetched if isinstance(fetched, AuditEntry) else None
        if entry is None:
            ctx.reply(T("No log entry with that id; /log shows them."))
            return
        reverse = UNDO.get(entry.action)
        if reverse is None or entry.outcome == "refused":  # it did nothing to reverse
            ctx.reply(T("That cannot be undone: {action}.", action=word_of("action", entry.action)))
            return
        if entry.undone_at is not None:
            ctx.reply(T("That was undone already."))
            return
        if not may_act_in(ctx, event.sender, entry.chat):
            ctx.reply(elsewhere(ctx))
            return
        if is_forgotten(entry.target):
            ctx.reply(ERASED_TARGET)
            return
        reverse(ctx, entry)
        ctx.write(AUDIT_UNDONE, AuditUndone(ctx.now, entry.id))
        ctx.audit(
            "undo", target=entry.target, actor=event.sender, rule="manual", evidence=entry.id,
            outcome="done", detail={"entry": entry.id, "action": entry.action},
        )  # fmt: skip
        said = word_of("action", entry.action)
        if entry.target:  # whom it was done to, as admins know them (the id is in /log)
            name = name_of(ctx, Ref(entry.target))
            ctx.reply(T("Undone: {action} for {name}.", action=said, name=name))
        else:
            ctx.reply(T("Undone: {action} of {entry}.", action=said, entry=entry.id))
