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

REFUNDED = "paid.refunded"  # the log's action for a refund, which cuts a paid period short


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

    Read from the paid periods, merged per member and plan into spans of cover, so the
    figures add up: members at the end = members at the start + started - lapsed - refunded.
    A span beginning in the period is a start (a new member or one coming back); one ending
    in it a lapse, or a refund where a refund (`paid.refunded` in the log) cut it, whether or
    not the bot was running to remove the member then. A refund that ended the membership
    (nothing paid left to run) cuts the periods bought before it; a period refunded while the
    membership went on covers nothing (the periods after it were moved up)."""
    periods = await MembershipPeriod.filter(community=community).values_list(
        "member", "plan", "kind", "status", "amount", "currency", "starts_at", "ends_at",
        "created_at",
    )  # fmt: skip
    if not periods:
        return None
    refunds: dict[tuple[str, str], list[datetime]] = {}
    for member, plan, at in await AuditEntry.filter(
        community=community, action=REFUNDED, undone_at__isnull=True
    ).values_list("target", "evidence", "created_at"):
        refunds.setdefault((member, plan), []).append(at)
    figures = MembershipFigures()
    cover: dict[tuple[str, str], list[tuple[datetime, datetime, bool]]] = {}
    for member, plan, kind, status, amount, currency, begins, until, created in periods:
        # a refunded period covered its member until the refund (at once where the log
        # has no time for it): that membership started, and ended by the refund
        cut = min((t for t in refunds.get((member, plan), ()) if t >= created), default=None)
        kept_on = status == "refunded" and cut is None  # given back, the membership went on
        if status == "refunded" and cut is not None and cut > until:
            cut = begins
        refunded = cut is not None and cut < until
        if refunded and cut is not None:  # a period due after the refund: none, at the cut
            begins, until = min(begins, cut), cut
        if (begins < until or refunded) and not kept_on:
            cover.setdefault((member, plan), []).append((begins, until, refunded))
        if start <= created < end:
            figures.renewed += kind == "renew"
            if status == "paid":
                money = figures.revenue.setdefault(month_of(created), {})
                money[currency] = money.get(currency, Decimal(0)) + Decimal(amount)
    at_end: Counter[str] = Counter()
    for (_, plan), pieces in cover.items():
        for begins, until, refunded in spans(pieces):
            if begins <= start < until:
                figures.at_start += 1
            elif start < begins < end:
                figures.started += 1
            if begins < end <= until:
                at_end[plan] += 1
            elif start < until < end:
                figures.refunded += refunded
                figures.lapsed += not refunded
    figures.by_plan = dict(at_end)
    return figures


def spans(
    pieces: list[tuple[datetime, datetime, bool]],
) -> list[tuple[datetime, datetime, bool]]:
    """Paid periods merged where they overlap or follow on (a renewal): each span is one
    stretch of membership, ended by a refund or not."""
    merged: list[tuple[datetime, datetime, bool]] = []
    for begins, until, refunded in sorted(pieces):
        if merged and begins <= merged[-1][1]:
            first, last, was = merged[-1]
            merged[-1] = (first, max(last, until), refunded if until >= last else was)
        else:
            merged.append((begins, until, refunded))
    return merged
