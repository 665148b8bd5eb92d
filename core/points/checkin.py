"""Daily check-in: +N points once per community day, with the streak derived from the records."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime
from typing import NamedTuple

from ..days import DayRun, streak_ending
from ..engine import Component, Context, Slice, Writes, component, on
from ..engine.filters import Words
from ..events import Event, MessageReceived
from ..points.config import PointsConfig
from ..segments import TN, T, Text, named
from ..storage.models import Checkin
from ..storage.statements import insert
from .ledger import award
from .names import display_name
from .perks import multiplier
from .subjects import NOT_A_MEMBER

__all__ = ["CheckinDays", "DailyCheckin", "PointsConfig"]


class CheckinRow(NamedTuple):
    community: str
    member: str
    day: date
    created_at: datetime


CHECKIN_INSERT = insert("checkins", CheckinRow, unique=("community", "member", "day"))


class Checkins(defaultdict[str, DayRun]):
    """Each member's latest run of check-in days, by member key (streaks and challenges read
    it); the full record stays in the database."""

    def __init__(self, community: str) -> None:
        super().__init__(DayRun)
        self.community = community

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
        return days


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
