"""Tiers on schedule: activity tiers and consumption bands recomputed in the community clock;
/tier shows a member's tiers and perks, /tiers the counts."""

from __future__ import annotations

from collections import Counter
from datetime import datetime, timedelta
from typing import Any, NamedTuple

from tortoise.functions import Count, Sum

from ..commands import Command
from ..engine import CommandComponent, Context, Recurring, component, on, on_command
from ..engine.filters import Jobs
from ..events import Event, JobDue, MessageEvent, MessageReceived
from ..refs import Ref
from ..segments import I18nText, T, Text
from ..storage.models import ActivityDay, Order, PaidMembership, Referral, TierMark
from ..storage.statements import sql, upsert
from .perks import perk_said, perks_of
from .roles import badged
from .subjects import learn_admins, subject_of
from .tiering import activity_tiers, consumption_band, settle_tier
from .tiers_config import ACTIVITY_TIERS, CONSUMPTION_TIERS, TiersConfig

JOB = "points.tiers"
TIER_LABELS: dict[str, I18nText] = {
    "core": T("core"),
    "active": T("active"),
    "normal": T("normal"),
    "lurker": T("lurker"),
    "vip": T("VIP customer"),
    "regular": T("regular customer"),
    "occasional": T("occasional customer"),
    "dormant": T("dormant"),
    "": T("not ranked yet"),
}


class MarkRow(NamedTuple):
    community: str
    member: str
    below_since: datetime


class MarkGone(NamedTuple):
    community: str
    member: str


MARK_SET = upsert("tier_marks", MarkRow, key=("community", "member"), update=("below_since",))
MARK_CLEAR = sql("DELETE FROM tier_marks WHERE community = ? AND member = ?", MarkGone)


@component
class Tiers(CommandComponent[dict[str, Any]]):
    name = "tiers"
    section = "tiers"
    order = 33
    events = (MessageReceived, JobDue)
    config: TiersConfig

    def recurring(self):
        return [Recurring(JOB, self.config.recompute_at)]

    async def prepare(self, event: Event, ctx: Context) -> dict[str, Any] | None:
        """Counts by member over the window, for the recompute job."""
        if not isinstance(event, JobDue):
            found = self.command_of(event)
            if found and found[0].name == "tier":
                await learn_admins(event, ctx, found[1])
            return await super().prepare(event, ctx)
        if event.job != JOB:
            return None
        community, config = ctx.community.name, self.config
        first = ctx.community.clock.day_of(_as_of(event, ctx)) - timedelta(
            days=max(1, config.window.days) - 1
        )
        since = _as_of(event, ctx) - config.window
        return {
            "messages": await _counts(
                ActivityDay.filter(community=community, day__gte=first), Sum("messages")
            ),
            "orders": await _counts(Order.kept(community, created_at__gte=since), Count("id")),
            "invites": await _counts(
                Referral.filter(community=community, status="confirmed"),
                Count("id"),
                by="inviter",
            ),
            "marks": dict(
                await TierMark.filter(community=community).values_list("member", "below_since")
            ),
            # paid members stay VIP while their membership runs (docs/membership.md)
            "paid": set(
                await PaidMembership.filter(
                    community=community, status="active", expires_at__gt=_as_of(event, ctx)
                ).values_list("member", flat=True)
            ),
        }

    @on(Jobs(JOB))
    def recompute(self, event: Event, ctx: Context) -> None:
        assert isinstance(event, JobDue)
        data = self.prepared(ctx) or {}
        now, config, community = _as_of(event, ctx), self.config, ctx.community.name
        present = [m for m in ctx.community.members.values() if m.status == "member"]
        computed = activity_tiers(config, present, data.get("messages", {}), now)
        marks = data.get("marks", {})
        for member in present:
            old_mark = marks.get(member.key)
            tier, mark = settle_tier(config, member.tier, computed[member.key], old_mark, now)
            band = consumption_band(
                config,
                member,
                data.get("orders", {}).get(member.key, 0),
                data.get("invites", {}).get(member.key, 0),
                now,
            )
            if member.key in data.get("paid", ()):
                band = "vip"
            if mark != old_mark:
                if mark is None:
                    ctx.write(MARK_CLEAR, MarkGone(community, member.key))
                else:
                    ctx.write(MARK_SET, MarkRow(community, member.key, mark))
            if (tier, band) != (member.tier, member.consumption):
                member.tier, member.consumption = tier, band
                ctx.touch(member)

    @on_command("tier", aliases=("等级",))
    def tier(self, event: MessageEvent, ctx: Context, command: Command) -> None:
        account = subject_of(event, ctx, command)
        if not isinstance(account, Ref):
            ctx.reply(account)
            return
        member = ctx.member(account)
        # each perk in the reader's words, joined as their language joins a list
        # (was "meetup, moderation_exempt")
        held = sorted(perks_of(ctx.ruleset, member, ctx.role_of(account)))
        perks = tuple(perk_said(ctx.ruleset, perk) for perk in held)
        name = badged(ctx, account)
        if not (member.tier or member.consumption or perks):
            ctx.reply(T("{name}: not ranked yet (tiers are worked out once a day).", name=name))
            return
        # what is known of the two: "not ranked yet" said once, not for each (a perk held by
        # role before any ranking read "not ranked yet, not ranked yet")
        ranks = [TIER_LABELS.get(r, r) for r in (member.tier, member.consumption) if r]
        if len(ranks) == 2:
            said = {"name": name, "tier": ranks[0], "band": ranks[1]}
            ctx.reply(
                T("{name}: {tier}, {band}. Perks: {perks}.", **said, perks=perks)
                if perks
                else T("{name}: {tier}, {band}.", **said)
            )
            return
        rank = ranks[0] if ranks else TIER_LABELS[""]
        ctx.reply(
            T("{name}: {rank}. Perks: {perks}.", name=name, rank=rank, perks=perks)
            if perks
            else T("{name}: {rank}.", name=name, rank=rank)
        )

    @on_command("tiers")
    def tiers(self, event: MessageEvent, ctx: Context, command: Command) -> None:
        present = [m for m in ctx.community.members.values() if m.status == "member"]
        counts = Counter(m.tier for m in present)
        bands = Counter(m.consumption for m in present)
        lines: list = [T("Members by tier:")]
        for names, counted in ((ACTIVITY_TIERS, counts), (CONSUMPTION_TIERS, bands)):
            lines.append(Text("\n"))
            for index, name in enumerate(names):
                lines.extend((Text(" · " if index else ""), TIER_LABELS[name]))
                lines.append(Text(f" {counted.get(name, 0)}"))
        ctx.reply(tuple(lines))


def _as_of(event: JobDue, ctx: Context) -> datetime:
    """A run that fires late (after downtime) ranks members as they are when it runs."""
    return max(event.time, ctx.clock.now())


async def _counts(query, aggregate, by: str = "member") -> dict[str, int]:
    rows = await query.annotate(n=aggregate).group_by(by).values(by, "n")
    return {row[by]: int(row["n"] or 0) for row in rows}
