"""Points campaigns: a multiplier for a period ("double check-in points this weekend").

The bonus is its own ledger entry next to the check-in's (reason `bonus`, one key per member
and day), so the ledger shows why a balance moved and a redelivered message pays nothing
twice. It counts the check-in records, so it needs the `checkin` component."""

from __future__ import annotations

from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal

from ..engine import Context
from ..events import Event, MessageReceived
from ..points import CheckinDays, award
from ..segments import TN, T
from .kinds import Kind, kind
from .spec import MultiplierSpec
from .store import CLOSED, Campaign, Entry, campaigns_of, save_entry


def bonus_for(points: int, factor: Decimal) -> int:
    return int((points * (factor - 1)).to_integral_value(rounding=ROUND_HALF_UP))


def _pays(campaign: Campaign, checked_in: datetime | None) -> bool:
    """Not for a check-in made before the campaign began (earlier the same community day)."""
    return "checkin" in campaign.config["reasons"] and (
        checked_in is None or checked_in >= campaign.starts_at
    )


def _outranked(ctx: Context, campaign: Campaign, checked_in: datetime | None) -> bool:
    """Whether another running multiplier pays this check-in at a higher factor (or the same
    factor under an earlier name): overlapping multipliers do not stack, the highest pays."""
    rank = (Decimal(str(campaign.config["factor"])), campaign.name)
    return any(
        (Decimal(str(other.config["factor"])), other.name) > rank
        for other in campaigns_of(ctx).values()
        if other is not campaign
        and other.kind == campaign.kind
        and other.running(ctx.now)
        and _pays(other, checked_in)
    )


@kind
class Multiplier(Kind):
    kind = "multiplier"
    spec = MultiplierSpec
    options = {"reasons": lambda value: value.split(",")}

    def launched(self, ctx: Context, campaign: Campaign) -> None:
        text = T(
            "Points campaign {title}: check-in points x{factor} until {ends}.",
            title=campaign.title,
            factor=str(campaign.config["factor"]),
            ends=campaign.ends_at,
        )
        for chat in ctx.community.settings.chats:
            ctx.send(text, chat=chat)

    def observe(self, event: Event, ctx: Context, campaign: Campaign) -> None:
        if not isinstance(event, MessageReceived) or "checkin" not in campaign.config["reasons"]:
            return
        member = ctx.peek_member(event.sender)
        days = ctx.slice(CheckinDays).get(member.key) if member else None
        today = ctx.day
        if member is None or not days or today not in days:
            return
        if not _pays(campaign, days.last_at) or _outranked(ctx, campaign, days.last_at):
            return
        entry = campaign.entries.get(member.key) or Entry(member.key, "active", ctx.now)
        if entry.data.get("last") == today.isoformat():
            return
        bonus = bonus_for(ctx.ruleset.points.checkin, Decimal(str(campaign.config["factor"])))
        if bonus <= 0:
            return
        key = f"bonus:{ctx.community.name}:{campaign.name}:{member.key}:{today.isoformat()}"
        award(ctx, member, bonus, "bonus", key, ref=campaign.name)
        entry.data.update(last=today.isoformat(), total=entry.data.get("total", 0) + bonus)
        save_entry(ctx, campaign, entry)
        ctx.reply(
            TN(
                "{title}: +{n} bonus point.",
                "{title}: +{n} bonus points.",
                bonus,
                title=campaign.title,
            ),
            joined=True,  # in the check-in's reply: one message a check-in
        )

    def progress(self, ctx: Context, campaign: Campaign, member):
        entry = campaign.entries.get(member.key)
        return TN(
            "{title}: you earned {n} bonus point so far.",
            "{title}: you earned {n} bonus points so far.",
            entry.data.get("total", 0) if entry else 0,
            title=campaign.title,
        )

    def conclude(self, ctx: Context, campaign: Campaign) -> None:
        campaign.status = CLOSED
        for chat in ctx.community.settings.chats:
            ctx.send(T("Points campaign {title} has ended.", title=campaign.title), chat=chat)
