"""/points, /history for members; /give and /take for admins, each audited."""

from __future__ import annotations

from ..commands import Command
from ..engine import AmbiguousTarget, CommandComponent, Context, component, on_command
from ..engine.connections import connected_event
from ..events import Event, MessageEvent
from ..i18n import said_signed
from ..permissions import Permission
from ..refs import Ref
from ..segments import TN, T, Text, named
from ..storage.models import LedgerEntry
from .invites import pending_for
from .ledger import award, history, ref_of, spend
from .names import display_name
from .reasons import reason_label
from .roles import badged
from .subjects import aimed_at, learn_admins, subject_of

MAX_ADJUSTMENT = 1_000_000
HISTORY_LINES = 10


def entry_line(entry: LedgerEntry, ctx: Context) -> tuple:
    """One /history line; a template, so that in a right-to-left language the date and the
    signed amount stay whole (`+2`, not `2+`)."""
    day = ctx.community.clock.day_of(entry.created_at).isoformat()
    delta = said_signed(entry.delta)  # `+1.500` in the reader's grouping, not `+1500`
    # i18n: one line of a member's points history: the day, the change and its reason
    return (Text("\n"), T("{day}  {delta}  {reason}", day=day, delta=delta,
                           reason=reason_label(entry.reason)))  # fmt: skip


@component
class PointsCommands(CommandComponent[list[LedgerEntry]]):
    name = "points"
    section = "points"
    order = 30

    async def prepare(self, event: Event, ctx: Context) -> list[LedgerEntry] | None:
        """The recent ledger entries /history shows (the sender's, or the member an admin names)."""
        await super().prepare(event, ctx)
        found = self.command_of(event)
        if not found or found[0].name not in ("points", "history"):
            return None
        await learn_admins(event, ctx, found[1])
        if found[0].name != "history":
            return None
        event = connected_event(event, ctx.connections)
        assert isinstance(event, MessageEvent)
        try:
            subject = subject_of(event, ctx, found[1])
        except AmbiguousTarget:  # said when handled
            return None
        if not isinstance(subject, Ref):
            return None
        key = ctx.community.member_key(subject)
        await ctx.settled()  # a check-in just before, in the same batch, is a line of it
        return await history(ctx.community.name, key, HISTORY_LINES)

    @on_command("points", aliases=("balance", "积分"))
    def show(self, event: MessageEvent, ctx: Context, command: Command) -> None:
        account = subject_of(event, ctx, command)
        if not isinstance(account, Ref):
            ctx.reply(account)
            return
        member = ctx.member(account)
        lines: list = [
            TN(
                "{name} has {n} point.",
                "{name} has {n} points.",
                member.balance,
                name=badged(ctx, account),
            )
        ]
        waiting = pending_for(ctx, member.key)
        if waiting:
            lines.append(Text(" "))
            lines.append(
                TN(
                    "{n} invite is waiting for the invitee to stay and speak.",
                    "{n} invites are waiting for the invitees to stay and speak.",
                    waiting,
                )
            )
        ctx.reply(tuple(lines))

    @on_command("history")
    def history(self, event: MessageEvent, ctx: Context, command: Command) -> None:
        account = subject_of(event, ctx, command)
        if not isinstance(account, Ref):
            ctx.reply(account)
            return
        entries = self.prepared(ctx)
        if not entries:
            ctx.reply(T("No points yet. Check in, answer questions and share to earn some."))
            return
        member = ctx.member(account)
        lines: list = [T("Recent points, balance {balance}:", balance=member.balance)]
        for entry in entries:
            lines.extend(entry_line(entry, ctx))
        ctx.reply(tuple(lines))

    def _adjustment(
        self, event: MessageEvent, ctx: Context, command: Command
    ) -> tuple[Ref, int, str] | None:
        usage = T(
            "Usage: /{command} @member AMOUNT [REASON] (amount 1 to {most}).",
            command=command.name,
            most=MAX_ADJUSTMENT,
        )
        found = aimed_at(event, ctx, command, usage)
        if found is None:
            return None
        target, rest = found
        amount = rest[0] if rest else ""
        if not amount.isdecimal() or not 0 < int(amount) <= MAX_ADJUSTMENT:
            ctx.reply(usage)
            return None
        return target, int(amount), " ".join(rest[1:])[:200]

    @on_command("give", permission=Permission.POINTS)
    def give(self, event: MessageEvent, ctx: Context, command: Command) -> None:
        parsed = self._adjustment(event, ctx, command)
        if parsed is None:
            return
        target, amount, why = parsed
        member = ctx.member(target)
        if member.key == ctx.community.member_key(event.sender):  # the audit shows the try
            ctx.audit("give", target=member.key, actor=event.sender, evidence=why,
                      outcome="refused", detail={"amount": amount})  # fmt: skip
            ctx.reply(T("Admins cannot give points to themselves; another admin can."))
            return
        key = f"give:{event.key}"
        award(ctx, member, amount, "give", key, ref_of(by=event.sender, why=why))
        ctx.audit("give", target=member.key, actor=event.sender, evidence=why, outcome="done",
                  detail={"amount": amount, "ledger": key})  # fmt: skip
        ctx.reply(
            TN(
                "{name} received {n} point ({why}). Balance {balance}.",
                "{name} received {n} points ({why}). Balance {balance}.",
                amount,
                name=named(target, display_name(ctx, target)),
                why=why,
                balance=member.balance,
            )
            if why
            else TN(
                "{name} received {n} point. Balance {balance}.",
                "{name} received {n} points. Balance {balance}.",
                amount,
                name=named(target, display_name(ctx, target)),
                balance=member.balance,
            )
        )

    @on_command("take", permission=Permission.POINTS)
    def take(self, event: MessageEvent, ctx: Context, command: Command) -> None:
        parsed = self._adjustment(event, ctx, command)
        if parsed is None:
            return
        target, amount, why = parsed
        member = ctx.member(target)
        key = f"take:{event.key}"
        if not spend(ctx, member, amount, "take", key, ref_of(by=event.sender, why=why)):
            ctx.reply(
                TN(
                    "{name} has only {n} point; nothing was taken.",
                    "{name} has only {n} points; nothing was taken.",
                    member.balance,
                    name=named(target, display_name(ctx, target)),
                )
            )
            return
        ctx.audit("take", target=member.key, actor=event.sender, evidence=why, outcome="done",
                  detail={"amount": amount, "ledger": key})  # fmt: skip
        ctx.reply(
            TN(
                "{name} lost {n} point ({why}). Balance {balance}.",
                "{name} lost {n} points ({why}). Balance {balance}.",
                amount,
                name=named(target, display_name(ctx, target)),
                why=why,
                balance=member.balance,
            )
            if why
            else TN(
                "{name} lost {n} point. Balance {balance}.",
                "{name} lost {n} points. Balance {balance}.",
                amount,
                name=named(target, display_name(ctx, target)),
                balance=member.balance,
            )
        )
