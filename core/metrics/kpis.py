"""The KPIs of the playbook's 数据监控 table, computed from a period's history.

activity rate   mean over the period's days of distinct speakers / the day's members (everyone
                who was a member that day: see `members_that_day`)
conversion      orders in the period / members at its end (community-wide: orders have no chat)
leave rate      voluntary leaves / (members at the period's start + joins in it); a period
                longer than a week as a week's average (x 7 / days recorded), a shorter one as
                counted
reach           (readers - muted) / members, where the platform reports readers
retention       of members who joined in the period, the share still there 7 (30) days later,
                each member once, counted over those whose 7 (30) days ended by the last day
                the bot recorded
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from .history import Day, History

WEEK_DAYS = 7


class Unavailable(StrEnum):
    """Why a KPI has no value: said plainly instead of guessed."""

    NO_MEMBER_COUNT = "no_member_count"
    NO_READERS = "no_readers"
    NOT_PER_CHAT = "not_per_chat"
    NO_JOINERS = "no_joiners"
    # joiners whose N days ended after the last day the bot recorded: whether they stayed
    # was not seen
    NOT_OBSERVED = "not_observed"
    NO_ORDERS = "no_orders"
    NOTHING_RECORDED = (
        "nothing_recorded"  # the period is before the first recorded day or after the last
    )


@dataclass(frozen=True, slots=True)
class Kpi:
    name: str
    value: float | None
    numerator: float | None = None
    denominator: float | None = None
    unavailable: Unavailable | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "value": None if self.value is None else round(self.value, 4),
            "numerator": _round(self.numerator),
            "denominator": _round(self.denominator),
            "unavailable": self.unavailable.value if self.unavailable else None,
        }


def _round(value: float | None) -> float | int | None:
    if value is None:
        return None
    return int(value) if float(value).is_integer() else round(value, 4)


def _ratio(name: str, numerator: float, denominator: float | None, why: Unavailable) -> Kpi:
    if not denominator:
        return Kpi(name, None, numerator, denominator, why)
    return Kpi(name, numerator / denominator, numerator, denominator)


def members_that_day(day: Day, basis: str | None) -> int:
    """Everyone who was a member during the day, so a share of them is at most 100 %. The
    platform's count is the day's start (as it stood before its first event: it holds those
    who leave later that day), so the day's joiners are added (their messages count as
    speaking); the bot's own is of the members present at the day's end, so those who left or
    were removed that day are added. Never fewer than the day's speakers: a member removed
    before the bot's count who spoke was a member that day."""
    members = day.members or 0
    if basis == "seen":
        members += day.leaves + day.removals
    elif basis == "reported":
        members += day.joins
    return max(members, day.speakers)


def activity_rate(history: History) -> Kpi:
    """Every recorded day with members counts (a community's day counts the chats counted by
    then, see `member_counts`); a day nobody was a member of has no rate."""
    known = [
        (d.speakers, members_that_day(d, history.basis))
        for d in history.recorded_days
        if d.members is not None
    ]
    counted = [(speakers, members) for speakers, members in known if members]
    if not counted:
        return Kpi("activity", None, unavailable=Unavailable.NO_MEMBER_COUNT)
    ratios = [speakers / members for speakers, members in counted]
    speakers = sum(s for s, _ in counted) / len(counted)
    members = sum(m for _, m in counted) / len(counted)
    return Kpi("activity", sum(ratios) / len(ratios), speakers, members)


def conversion(history: History) -> Kpi:
    if history.orders is None:
        return Kpi("conversion", None, unavailable=Unavailable.NOT_PER_CHAT)
    if not history.orders_recorded:
        return Kpi("conversion", None, 0, history.members_end, Unavailable.NO_ORDERS)
    return _ratio("conversion", history.orders, history.members_end, Unavailable.NO_MEMBER_COUNT)


def leave_rate(history: History) -> Kpi:
    """Leaves over everyone who was a member in the period: those at its start and those who
    joined (a newcomer who leaves the same week is in both). A period longer than a week gives a
    week's average; a day or a week so far gives its own leaves, not extrapolated to seven days
    (one day's two leaves are not fourteen a week)."""
    leaves = sum(d.leaves for d in history.days)
    start, days = history.members_start, len(history.recorded_days)
    members = None if start is None else start + sum(d.joins for d in history.days)
    if not members or not days:  # no count, or nobody at all (a real 0 with joiners is one)
        return Kpi("leave_rate", None, leaves, members, Unavailable.NO_MEMBER_COUNT)
    weekly = leaves * WEEK_DAYS / days if days > WEEK_DAYS else leaves
    return Kpi("leave_rate", weekly / members, weekly, members)


def reach(history: History) -> Kpi:
    if history.readers is None:
        return Kpi("reach", None, unavailable=Unavailable.NO_READERS)
    return _ratio(
        "reach",
        history.readers - (history.muted or 0),
        history.members_end,
        Unavailable.NO_MEMBER_COUNT,
    )


def retention(history: History, days: int) -> Kpi:
    """Of the members who joined in the period, the share who did not leave within `days`:
    each member once, from their first join in it (a join, a leave and a re-join is one
    newcomer, who left), and only where those days ended while the bot was recording (after
    `recorded_until` a leave would have gone unseen: not yet known, not "stayed")."""
    name = f"retention_{days}d"
    window = timedelta(days=days)
    observed = min(history.now, history.recorded_until or history.now)
    first: dict[str, tuple[str, str, datetime]] = {}
    for member, chat, at in history.joined:  # sorted by time: the first join is kept
        first.setdefault(member, (member, chat, at))
    mature = [(m, c, at) for m, c, at in first.values() if at + window <= observed]
    if not mature:
        unseen = any(at + window <= history.now for _, _, at in first.values())
        return Kpi(name, None, 0, 0, Unavailable.NOT_OBSERVED if unseen else Unavailable.NO_JOINERS)
    stayed = sum(
        1
        for member, chat, at in mature
        if not any(at < gone <= at + window for gone in history.departed.get((member, chat), ()))
    )
    return Kpi(name, stayed / len(mature), stayed, len(mature))


@dataclass(frozen=True, slots=True)
class KpiSet:
    """Every KPI and count of one scope and period."""

    history: History
    kpis: dict[str, Kpi]

    @classmethod
    def of(cls, history: History) -> KpiSet:
        kpis = [
            activity_rate(history),
            conversion(history),
            leave_rate(history),
            reach(history),
            retention(history, 7),
            retention(history, 30),
        ]
        if history.nothing_recorded:  # not the platform's fault: say so for every KPI
            kpis = [Kpi(k.name, None, unavailable=Unavailable.NOTHING_RECORDED) for k in kpis]
        return cls(history, {k.name: k for k in kpis})

    def __getitem__(self, name: str) -> Kpi:
        return self.kpis[name]

    @property
    def counts(self) -> dict[str, int | None]:
        days = self.history.days
        return {
            "messages": sum(d.messages for d in days),
            "joins": sum(d.joins for d in days),
            "leaves": sum(d.leaves for d in days),
            "removals": sum(d.removals for d in days),
            "orders": self.history.orders,
            # the ledger is community-wide: a chat has no points of its own (not zero)
            "points": None if self.history.scope.chat else sum(d.points for d in days),
            "members": self.history.members_end,
            "members_start": self.history.members_start,
            "members_unrecorded": self.members_unrecorded,
        }

    @property
    def members_unrecorded(self) -> int | None:
        """The change in members the recorded joins, leaves and removals do not account for:
        the platform's count moved without them (a leave the bot was not told of), or a chat
        first counted during the period brought members it had before."""
        history, days = self.history, self.history.days
        start, end = history.members_start, history.members_end
        if start is None or end is None:
            return None
        moved = sum(d.joins - d.leaves - d.removals for d in days)
        return end - start - moved

    def as_dict(self) -> dict[str, Any]:
        history = self.history
        return {
            "community": history.scope.community,
            "chat": history.scope.chat,
            "period": history.period.kind.value,
            "label": history.period.label,
            "first": history.period.first.isoformat(),
            "last": history.period.last.isoformat(),
            "days_counted": len(history.recorded_days),
            "members_basis": history.basis,
            "first_recorded": (
                history.first_recorded.isoformat() if history.first_recorded else None
            ),
            "recorded_through": (
                history.recorded_through.isoformat() if history.recorded_through else None
            ),
            **self.counts,
            **(
                {"memberships": history.memberships.as_dict()}
                if history.memberships is not None
                else {}
            ),
            "kpis": {name: kpi.as_dict() for name, kpi in self.kpis.items()},
            "daily": [
                {
                    "day": d.day.isoformat(),
                    "messages": d.messages,
                    "speakers": d.speakers,
                    "joins": d.joins,
                    "leaves": d.leaves,
                    "removals": d.removals,
                    "members": d.members,
                    "points": None if history.scope.chat else d.points,
                }
                for d in history.days
            ],
        }
