"""Members by activity tier and consumption band: the playbook's 成员分层 tables.

Activity tiers (core, active, ordinary, lurker) count the days a member spoke in the window;
consumption bands follow the playbook's monthly orders (>= 3, 1-2, none) with "dormant" for those
without orders who showed no sign of life in the window. Suggested shares are the playbook's.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from ..days import CommunityClock
from ..i18n import said_percent, said_percent_range
from ..segments import TN, I18nText, Message, T, Text
from ..storage.models import Member, MembershipMove, Order, SpeakerDay
from .config import SegmentsConfig


@dataclass(frozen=True, slots=True)
class Tier:
    key: str
    name: I18nText
    suggested: tuple[float, float] | None  # the playbook's share, as a range


ACTIVITY_TIERS = (
    Tier("core", T("core members"), (0.05, 0.10)),
    Tier("active", T("active members"), (0.20, 0.30)),
    Tier("ordinary", T("ordinary members"), (0.60, 0.70)),
    Tier("lurker", T("lurkers"), (0.10, 0.15)),
)
CONSUMPTION_BANDS = (
    Tier("core", T("core customers (3+ orders)"), (0.15, 0.20)),
    Tier("active", T("active customers (1-2 orders)"), (0.30, 0.35)),
    Tier("ordinary", T("ordinary (no orders, still interacting)"), (0.40, 0.45)),
    Tier("dormant", T("dormant (no orders, no interaction)"), None),
)


@dataclass(frozen=True, slots=True)
class Segments:
    community: str
    window_days: int
    members: int
    activity: dict[str, int]
    consumption: dict[str, int]

    def as_dict(self) -> dict[str, Any]:
        return {
            "community": self.community,
            "window_days": self.window_days,
            "members": self.members,
            "activity": {t.key: self.activity.get(t.key, 0) for t in ACTIVITY_TIERS},
            "consumption": {t.key: self.consumption.get(t.key, 0) for t in CONSUMPTION_BANDS},
        }

    def groups(self) -> list[tuple[I18nText, list[tuple[Any, int]]]]:
        return [
            (T("activity tiers"), [(t.name, self.activity.get(t.key, 0)) for t in ACTIVITY_TIERS]),
            (
                T("consumption bands"),
                [(t.name, self.consumption.get(t.key, 0)) for t in CONSUMPTION_BANDS],
            ),
        ]

    def message(self, title: str | I18nText) -> Message:
        lines: list[Any] = [
            TN(
                "Segments of {community}: {n} member, {days}",
                "Segments of {community}: {n} members, {days}",
                self.members,
                community=title,
                days=TN("last {n} day", "last {n} days", self.window_days),
            )
        ]
        for heading, tiers, counts in (
            (T("By activity:"), ACTIVITY_TIERS, self.activity),
            (T("By consumption:"), CONSUMPTION_BANDS, self.consumption),
        ):
            lines.append(heading)
            for tier in tiers:
                count = counts.get(tier.key, 0)
                share = said_percent(count / self.members, (0, 0)) if self.members else "—"
                lines.append(
                    T(
                        "  {tier}: {count} ({share}; suggested {suggested})",
                        tier=tier.name,
                        count=count,
                        share=share,
                        suggested=said_percent_range(*tier.suggested) if tier.suggested else "—",
                    )
                )
        out: list[Any] = []
        for index, line in enumerate(lines):
            out += [Text("\n"), line] if index else [line]
        return tuple(out)


async def _present_before(community: str, keys: list[str], end: datetime) -> set[str]:
    """Of members whose (latest) join is after `end`, those who were members at `end` all the
    same: a join keeps only the latest time, so a member who left and came back since would
    drop out of an earlier day. Their joins and leaves tell: the last before `end` was a join,
    or the first after it was a leave (they were there before it)."""
    moves: dict[str, list[tuple[datetime, str]]] = {}
    for index in range(0, len(keys), 500):
        for member, kind, at in await MembershipMove.filter(
            community=community, member__in=keys[index : index + 500]
        ).values_list("member", "kind", "at"):
            moves.setdefault(member, []).append((at, kind))
    present = set()
    for member, seen in moves.items():
        seen.sort()
        before = [kind for at, kind in seen if at < end]
        if before[-1] == "join" if before else seen[0][1] != "join":
            present.add(member)
    return present


async def compute_segments(
    community: str, config: SegmentsConfig, clock: CommunityClock, now: datetime
) -> Segments:
    """The members as of `now` (the end of a report's --date): those who had joined by then,
    by what they did in the window that ends with its day (nothing after it counts)."""
    today = clock.day_of(now)
    first = today - timedelta(days=config.window_days - 1)
    since, end = clock.day_start(first), clock.day_start(today + timedelta(days=1))
    rows = await Member.filter(community=community, status="member").values_list(
        "key", "joined_at", "last_active_at"
    )
    later = await _present_before(community, [k for k, at, _ in rows if at and at >= end], end)
    members = [
        (key, last_active)
        for key, joined, last_active in rows
        if joined is None or joined < end or key in later
    ]
    spoke = Counter(
        member
        for member, _day in set(
            await SpeakerDay.filter(
                community=community, day__gte=first, day__lte=today
            ).values_list("member", "day")
        )
    )
    orders = Counter(
        await Order.kept(community, created_at__gte=since, created_at__lt=end).values_list(
            "member", flat=True
        )
    )
    activity: Counter[str] = Counter()
    consumption: Counter[str] = Counter()
    for key, last_active in members:
        days = spoke.get(key, 0)
        activity[
            "core" if days >= config.core_days
            else "active" if days >= config.active_days
            else "ordinary" if days
            else "lurker"
        ] += 1  # fmt: skip
        bought = orders.get(key, 0)
        # active since the window began: known for certain only while it has not moved past
        # the window's end since (a member who spoke in it interacted either way)
        interacting = key in spoke or (last_active is not None and since <= last_active < end)
        consumption[
            "core" if bought >= config.core_orders
            else "active" if bought >= config.active_orders
            else "ordinary" if interacting
            else "dormant"
        ] += 1  # fmt: skip
    return Segments(community, config.window_days, len(members), dict(activity), dict(consumption))
