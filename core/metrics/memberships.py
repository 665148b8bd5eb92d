"""Paid-membership figures for a report period: members by plan at its end, memberships
started, renewed and lapsed in it, churn (lapsed or refunded / paid members at its start) and
revenue by month and currency, read from the membership periods and memberships."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Any

from ..storage.models import AuditEntry, MembershipPeriod

LAPSED, REFUNDED = "paid.lapsed", "paid.refunded"  # the log's actions for a membership's end


@dataclass(slots=True)
class MembershipFigures:
    by_plan: dict[str, int] = field(default_factory=dict)  # paid members at the period's end
    at_start: int = 0
    started: int = 0
    renewed: int = 0
    lapsed: int = 0
    refunded: int = 0
    revenue: dict[str, dict[str, Decimal]] = field(default_factory=dict)  # month -> currency

    @property
    def members(self) -> int:
        return sum(self.by_plan.values())

    @property
    def churn(self) -> float | None:
        return (self.lapsed + self.refunded) / self.at_start if self.at_start else None

    def as_dict(self) -> dict[str, Any]:
        return {
            "members": self.members,
            "by_plan": dict(sorted(self.by_plan.items())),
            "started": self.started,
            "renewed": self.renewed,
            "lapsed": self.lapsed,
            "refunded": self.refunded,
            "churn": None if self.churn is None else round(self.churn, 4),
            "revenue": {
                month: {c: str(v) for c, v in sorted(money.items())}
                for month, money in sorted(self.revenue.items())
            },
        }


async def membership_figures(
    community: str, start: datetime, end: datetime, month_of: Any
) -> MembershipFigures | None:
    """None where the community never sold a membership (the report leaves it out).

    Ends are read from the log (`paid.lapsed`, `paid.refunded`), which keeps every one; a
    membership's row keeps only its latest state, so a member who came back hid their lapse.
    A refund ends the whole membership: the periods bought before it cover nothing after it."""
    periods = await MembershipPeriod.filter(community=community).values_list(
        "member", "plan", "kind", "status", "amount", "currency", "starts_at", "ends_at",
        "created_at",
    )  # fmt: skip
    if not periods:
        return None
    ends = await AuditEntry.filter(
        community=community, action__in=(LAPSED, REFUNDED), undone_at__isnull=True
    ).values_list("action", "target", "evidence", "created_at")
    refunds: dict[tuple[str, str], list[datetime]] = {}
    for action, member, plan, at in ends:
        if action == REFUNDED:
            refunds.setdefault((member, plan), []).append(at)
    figures = MembershipFigures()
    covering_start: set[tuple[str, str]] = set()
    covering_end: set[tuple[str, str]] = set()
    for member, plan, kind, status, amount, currency, begins, until, created in periods:
        if status == "paid":
            cut = min((t for t in refunds.get((member, plan), ()) if t >= created), default=None)
            if cut is not None:
                until = min(until, max(begins, cut))
            if begins <= start < until:
                covering_start.add((member, plan))
            if begins < end <= until:
                covering_end.add((member, plan))
        if not start <= created < end:
            continue
        figures.started += kind == "start"
        figures.renewed += kind == "renew"
        if status == "paid":
            money = figures.revenue.setdefault(month_of(created), {})
            money[currency] = money.get(currency, Decimal(0)) + Decimal(amount)
    figures.at_start = len(covering_start)
    figures.by_plan = dict(Counter(plan for _, plan in covering_end))
    for action, _, _, at in ends:
        if start <= at < end:
            figures.lapsed += action == LAPSED
            figures.refunded += action == REFUNDED
    return figures
