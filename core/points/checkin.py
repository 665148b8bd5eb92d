"""Daily check-in: +N points once per community day, with the streak derived from the records."""

from __future__ import annotations

from collections import defaultdict

from ..commands import matches_word
from ..days import DayRun, streak_ending
from ..engine import Component, Context, Slice, component
from ..engine.tables import CHECKIN_INSERT
from ..events import Event, MessageReceived
from ..points.config import PointsConfig
from ..segments import TN, T, Text
from ..storage.models import Checkin as CheckinRow

__all__ = ["CheckinDays", "DailyCheckin", "PointsConfig"]


class CheckinDays(Slice[dict[str, DayRun]]):
    """Each member's latest run of check-in days (streaks and challenges read it); the full
    record stays in the database."""

    name = "checkin_days"

    @classmethod
    async def load(cls, community: str, database) -> dict[str, DayRun]:
        days: dict[str, DayRun] = defaultdict(DayRun)
        rows = CheckinRow.filter(community=community).order_by("day")
        for member, day in await rows.values_list("member", "day"):
            days[member].add(day)
        return days


@component
class DailyCheckin(Component):
    name = "checkin"
    section = "points"
    order = 40
    events = (MessageReceived,)
    slices = (CheckinDays,)

    def __init__(self, ruleset) -> None:
        super().__init__(ruleset)
        self.words = tuple(w.lower() for w in self.config.checkin_words)

    def handle(self, event: Event, ctx: Context) -> None:
        assert isinstance(event, MessageReceived)
        if not matches_word(event.text, self.words):
            return
        member = ctx.member(event.sender)
        day = ctx.day
        days: DayRun = ctx.slice(CheckinDays)[member.key]
        name = event.sender_name or member.name
        if day in days:
            ctx.reply(T("{name}, you have already checked in today.", name=name))
            return
        days.add(day)
        community = ctx.community.name
        ctx.write(CHECKIN_INSERT, (community, member.key, day, event.time))
        points = self.config.checkin
        if points:
            ctx.award(
                member, points, "checkin", f"checkin:{community}:{member.key}:{day.isoformat()}"
            )
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
