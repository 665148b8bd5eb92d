"""Daily check-in: +N points once per community day, with the streak derived from the records."""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import date, datetime, timedelta
from typing import NamedTuple

from ..days import DayRun, streak_ending
from ..engine import Component, Context, MemberState, Slice, Writes, component, on
from ..engine.filters import Words
from ..events import Event, MessageReceived
from ..points.config import PointsConfig
from ..segments import TN, T, Text, named
from ..storage.models import AuditEntry, Checkin, LedgerEntry
from ..storage.statements import insert
from .ledger import award
from .names import display_name
from .perks import multiplier
from .subjects import NOT_A_MEMBER

__all__ = [
    "CheckinDays",
    "DailyCheckin",
    "PointsConfig",
    "note_unlinked",
    "take_back_second_checkins",
]


class CheckinRow(NamedTuple):
    community: str
    member: str
    day: date
    created_at: datetime


CHECKIN_INSERT = insert("checkins", CheckinRow, unique=("community", "member", "day"))
TAKEN_BACK = "reverse:checkin:"  # + community:account:day, a linked account's second check-in


class Checkins(defaultdict[str, DayRun]):
    """Each member's latest run of check-in days, by member key (streaks and challenges read
    it); the full record stays in the database."""

    def __init__(self, community: str) -> None:
        super().__init__(DayRun)
        self.community = community
        # ledger keys of second check-ins taken back (`take_back_second_checkins`): each once
        self.taken_back: set[str] = set()
        # (account, member) -> when the account was last unlinked from the member
        self.unlinked: dict[tuple[str, str], datetime] = {}

    def record(self, writes: Writes, member: str, day: date, at: datetime) -> DayRun:
        """The member checked in on `day`: added to their run and written as a row."""
        days = self[member]
        days.add(day)
        if days.last == day:
            days.last_at = at
        writes.write(CHECKIN_INSERT, CheckinRow(self.community, member, day, at))
        return days


class CheckinDays(Slice[Checkins]):
    name = "checkin_days"

    @classmethod
    async def load(cls, community: str, database) -> Checkins:
        days = Checkins(community)
        rows = Checkin.filter(community=community).order_by("day")
        for member, day, at in await rows.values_list("member", "day", "created_at"):
            run = days[member]
            run.add(day)
            if run.last == day:
                run.last_at = at
        unlinks = AuditEntry.filter(community=community, action="unlink").order_by("created_at")
        for member, detail, at in await unlinks.values_list("target", "detail", "created_at"):
            account = json.loads(detail or "{}").get("account")
            if account:
                days.unlinked[(account, member)] = at
        if days.unlinked:  # only an account once unlinked has check-ins taken back
            taken = LedgerEntry.filter(
                community=community,  # through the (community, member) index, not every key
                member__in=sorted({account for account, _ in days.unlinked}),
                key__startswith=f"{TAKEN_BACK}{community}:",
            )
            days.taken_back.update(str(key) for key in await taken.values_list("key", flat=True))
        return days


def note_unlinked(ctx: Context, account: str, member: str) -> None:
    """`account` was unlinked from `member` now (the audit entry keeps it across restarts)."""
    checkins = ctx.community.slices.get(CheckinDays)
    if checkins is not None:
        checkins.unlinked[(account, member)] = ctx.now


def take_back_second_checkins(ctx: Context, account: MemberState, member: str) -> int:
    """`account` is linked again to `member`: a day since the unlink on which both checked in
    on their own (each account's current run of days) was one person's second check-in that
    day, taken back from the account before what it holds moves over (else unlink, check in
    from each account, link again paid twice a day). A first link moves what each account
    earned while they were two. Returns the points taken back."""
    checkins = ctx.community.slices.get(CheckinDays)
    if checkins is None or account.key not in checkins or member not in checkins:
        return 0
    unlinked = checkins.unlinked.get((account.key, member))
    own, theirs = checkins[account.key], checkins[member]
    if unlinked is None or not (own and theirs):
        return 0
    since = ctx.community.clock.day_of(unlinked)
    first, last = max(own.first, theirs.first, since), min(own.last, theirs.last)
    points = round(
        ctx.ruleset.points.checkin * multiplier(ctx.ruleset, account, ctx.role_of(account.key))
    )
    taken, day = 0, first
    while points and day <= last:
        key = f"{TAKEN_BACK}{ctx.community.name}:{account.key}:{day.isoformat()}"
        if key not in checkins.taken_back:
            checkins.taken_back.add(key)
            award(ctx, account, -points, "revoke", key, f"day={day.isoformat()}")
            taken += points
        day += timedelta(days=1)
    return taken


@component
class DailyCheckin(Component):
    name = "checkin"
    section = "points"
    order = 40
    events = (MessageReceived,)
    slices = (CheckinDays,)

    @on(Words.setting("checkin_words"))  # `/checkin`, `签到` (points.checkin_words)
    def check_in(self, event: Event, ctx: Context) -> None:
        assert isinstance(event, MessageReceived)
        if event.sender_chat is not None:  # a channel, or an anonymous admin as the group
            ctx.reply(NOT_A_MEMBER)
            return
        member = ctx.member(event.sender)
        if event.private and not member.seen_in_group():  # a stranger, or a banned account
            ctx.reply(T("Points are for members of the group: check in there."))
            return
        day = ctx.day
        checkins = ctx.slice(CheckinDays)
        name = named(event.sender, event.sender_name or display_name(ctx, member.key))
        if day in checkins[member.key]:
            ctx.reply(T("{name}, you have already checked in today.", name=name))
            return
        days = checkins.record(ctx, member.key, day, event.time)
        # a tier's `multiplier:X` perk multiplies the check-in as it does the other rules
        points = round(
            self.config.checkin * multiplier(ctx.ruleset, member, ctx.role_of(member.key))
        )
        if points:
            key = f"checkin:{ctx.community.name}:{member.key}:{day.isoformat()}"
            award(ctx, member, points, "checkin", key)
        streak = streak_ending(days, day)
        ctx.reply(
            (
                TN(
                    "{name} checked in: +{n} point.",
                    "{name} checked in: +{n} points.",
                    points,
                    name=name,
                ),
                Text(" "),
                TN(
                    "{n} day in a row, balance {balance}.",
                    "{n} days in a row, balance {balance}.",
                    streak,
                    balance=member.balance,
                ),
            )
        )
