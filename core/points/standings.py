"""Rankings read from the ledger and activity days, ties to whoever got there first."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from tortoise.functions import Count, Max, Sum

from ..days import CommunityClock
from ..privacy import is_forgotten
from ..refs import held_by_chat
from ..storage.models import ActivityDay, LedgerEntry
from .reasons import RANKED_REASONS


@dataclass(frozen=True, slots=True)
class Standing:
    member: str
    score: int
    reached_at: datetime  # when the member reached this score: the earlier wins a tie


def _ranks(member: str) -> bool:
    """An erased member's kept rows rank nobody (their alias is not a name); nor do a chat's
    (a channel's or the group's own, from before they were refused points)."""
    return not is_forgotten(member) and not held_by_chat(member)


def ranked(rows: Sequence[Standing]) -> list[Standing]:
    """Best first, members only."""
    kept = [s for s in rows if _ranks(s.member)]
    return sorted(kept, key=lambda s: (-s.score, s.reached_at, s.member))


def period_start(clock: CommunityClock, day: date, period: str) -> datetime | None:
    """The start of the week (Monday) or month containing community day `day`; None: all time.

    Bounds are in UTC: SQLite compares stored times as text, which needs one offset."""
    if period == "week":
        return clock.day_start(day - timedelta(days=day.weekday())).astimezone(UTC)
    if period == "month":
        return clock.day_start(day.replace(day=1)).astimezone(UTC)
    return None


def month_bounds(clock: CommunityClock, month: date) -> tuple[datetime, datetime]:
    first = month.replace(day=1)
    following = (first + timedelta(days=32)).replace(day=1)
    return clock.day_start(first).astimezone(UTC), clock.day_start(following).astimezone(UTC)


def folded(rows: Sequence[Standing], accounts: Mapping[str, str]) -> list[Standing]:
    """One standing per member: what a linked account earned on its own (before the link,
    its rows keep its key) counts for the member it is linked to."""
    merged: dict[str, Standing] = {}
    for row in rows:
        key = accounts.get(row.member, row.member)
        had = merged.get(key)
        if had is None:
            merged[key] = Standing(key, row.score, row.reached_at)
        else:
            merged[key] = Standing(key, had.score + row.score, max(had.reached_at, row.reached_at))
    return ranked(list(merged.values()))


async def points_earned(
    community: str, since: datetime | None, until: datetime | None = None
) -> list[Standing]:
    """Points earned by every earning reason (reasons.py), less earned points taken back."""
    query = LedgerEntry.filter(community=community, reason__in=RANKED_REASONS)
    if since is not None:
        query = query.filter(created_at__gte=since)
    if until is not None:
        query = query.filter(created_at__lt=until)
    rows = (
        await query.annotate(score=Sum("delta"), reached=Max("created_at"))
        .group_by("member")
        .values("member", "score", "reached")
    )
    earned = [Standing(r["member"], int(r["score"]), r["reached"]) for r in rows]
    return ranked([s for s in earned if s.score > 0])


async def entries_counted(
    community: str, reason: str, since: datetime, until: datetime
) -> list[Standing]:
    rows = (
        await LedgerEntry.filter(
            community=community,
            reason=reason,
            delta__gt=0,
            created_at__gte=since,
            created_at__lt=until,
        )
        .annotate(score=Count("id"), reached=Max("created_at"))
        .group_by("member")
        .values("member", "score", "reached")
    )
    return ranked([Standing(r["member"], int(r["score"]), r["reached"]) for r in rows])


async def messages_counted(community: str, first: date, last: date) -> list[Standing]:
    rows = (
        await ActivityDay.filter(community=community, day__gte=first, day__lte=last)
        .annotate(score=Sum("messages"), reached=Max("last_at"))
        .group_by("member")
        .values("member", "score", "reached")
    )
    return ranked([Standing(r["member"], int(r["score"]), r["reached"]) for r in rows])
