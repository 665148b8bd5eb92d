"""What happened in a community (or one of its chats) over a period, read back from the
recorder's tables, the orders and the points ledger, day by day."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from tortoise.functions import Count, Sum

from ..days import CommunityClock
from ..points import RANKED_REASONS
from ..privacy import is_forgotten
from ..refs import held_by_chat
from ..storage.models import (
    ChatAlias,
    ChatDay,
    LedgerEntry,
    MemberSample,
    MembershipMove,
    Order,
    ScheduledJob,
    SpeakerDay,
)
from .member_counts import load_members
from .memberships import MembershipFigures, membership_figures
from .periods import Period


@dataclass(frozen=True, slots=True)
class Scope:
    community: str
    chats: tuple[str, ...]  # the community's chats
    chat: str | None = None  # one chat, or None for the whole community
    left_out: tuple[str, ...] = ()  # the community's chats its own figures leave out (paid ones)

    @property
    def label(self) -> str:
        return self.chat or self.community


@dataclass(slots=True)
class Day:
    day: date
    messages: int = 0
    speakers: int = 0
    joins: int = 0
    leaves: int = 0
    removals: int = 0
    members: int | None = None
    points: int = 0


@dataclass(slots=True)
class History:
    scope: Scope
    period: Period
    now: datetime
    days: list[Day]
    basis: str | None  # "reported" by the platform, "seen" by the engine, None: unknown
    members_start: int | None
    readers: int | None = None
    muted: int | None = None
    orders: int | None = None  # None: orders are not tied to a chat
    orders_recorded: bool = False  # any order ever: without a shop, conversion means nothing
    held: int = 0  # Stars payments held in the period (no sale: not in orders), said apart
    joined: list[tuple[str, str, datetime]] = field(default_factory=list)  # member, chat, at
    departed: dict[tuple[str, str], list[datetime]] = field(default_factory=dict)
    ids: dict[str, str] = field(default_factory=dict)  # every id a chat has had -> its setting
    memberships: MembershipFigures | None = None  # paid membership (community-wide only)
    # the members at the period's end: the start of the day after it (see `member_counts`)
    members_after: int | None = None
    # the scope's first day with anything recorded (a count, a message, a join or a leave)
    first_recorded: date | None = None
    # the last day the bot is known to have recorded: today for the running bot's own
    # reports, else the scope's last day with anything recorded (after it the bot may have
    # been stopped, and a day it did not run is no quiet day)
    recorded_through: date | None = None
    # the end of `recorded_through` (the next day's start): what happened after it is unknown
    recorded_until: datetime | None = None

    @property
    def nothing_recorded(self) -> bool:
        """Nothing is recorded for the scope yet, or the period lies before its first recorded
        day or after its last: no counts to read, and no reason to blame the platform."""
        return not self.recorded_days

    @property
    def recorded_days(self) -> list[Day]:
        """The period's days from the scope's first recorded day through its last: rates
        count these (a day the bot did not record has no counts to average, not zeros)."""
        first, last = self.first_recorded, self.recorded_through
        if first is None:
            return []
        return [d for d in self.days if first <= d.day and (last is None or d.day <= last)]

    @property
    def members_end(self) -> int | None:
        if self.members_after is not None:
            return self.members_after
        known = [d.members for d in self.days if d.members is not None]
        return known[-1] if known else None


async def load_history(
    scope: Scope, period: Period, now: datetime, clock: CommunityClock, *, live: bool = False
) -> History:
    """`live`: asked by the running bot, which records every day up to today."""
    today = clock.day_of(now)
    days = {d: Day(d) for d in period.days(today)}
    last = max(days) if days else period.first
    community = scope.community
    ids = await chat_ids(scope.chats)
    chat_filter = _chat_filter(scope, ids)
    span = {"community": community, "day__gte": period.first, "day__lte": last, **chat_filter}
    for row in (
        await ChatDay.filter(**span)
        .group_by("day")
        .annotate(m=Sum("messages"), j=Sum("joins"), lv=Sum("leaves"), r=Sum("removals"))
        .values("day", "m", "j", "lv", "r")
    ):
        if (entry := days.get(row["day"])) is not None:
            entry.messages, entry.joins = int(row["m"] or 0), int(row["j"] or 0)
            entry.leaves, entry.removals = int(row["lv"] or 0), int(row["r"] or 0)
    for row in (
        await SpeakerDay.filter(**span)
        .group_by("day")
        .annotate(n=Count("member", distinct=True))
        .values("day", "n")
    ):
        if (entry := days.get(row["day"])) is not None:
            entry.speakers = int(row["n"])
    history = History(scope, period, now, list(days.values()), None, None, ids=ids)
    history.first_recorded, last_recorded = await _recorded_span(community, chat_filter)
    if live or last_recorded is None:
        history.recorded_through = today if last_recorded is not None else None
    else:  # quiet days count while the bot ran: its last daily job says until when
        ran = await _last_job_day(community, clock)
        history.recorded_through = max(last_recorded, ran) if ran else last_recorded
    if history.recorded_through is not None:
        history.recorded_until = clock.day_start(history.recorded_through + timedelta(days=1))
    if not history.nothing_recorded:
        await load_members(history, last, clock)
    if scope.chat is None:
        await _orders_and_points(history, clock, last)
        start, end = clock.day_start(period.first), clock.day_start(last + timedelta(days=1))
        history.memberships = await membership_figures(
            community, start, end, lambda moment: clock.day_of(moment).strftime("%Y-%m")
        )
    await _moves(history, clock, last)
    return history


async def chat_ids(chats: tuple[str, ...]) -> dict[str, str]:
    """Each configured chat under every id it has had (a Telegram group that became a
    supergroup changed id): history recorded under the new id stays the chat's."""
    ids = {chat: chat for chat in chats}
    frontier = list(chats)
    while frontier:
        moved = await ChatAlias.filter(old_ref__in=frontier).values_list("old_ref", "new_ref")
        frontier = [new for _, new in moved if new not in ids]
        ids.update({new: ids[old] for old, new in moved if new not in ids})
    return ids


def _chat_filter(scope: Scope, ids: dict[str, str]) -> dict[str, object]:
    if scope.chat is None:
        return {"chat__in": list(ids)} if scope.left_out else {}
    return {"chat__in": [ref for ref, chat in ids.items() if chat == scope.chat] or [scope.chat]}


async def _recorded_span(
    community: str, chat_filter: dict[str, object]
) -> tuple[date | None, date | None]:
    """The first and the last day the recorder wrote anything for the scope: a chat's
    counters or a member count."""
    known: list[date] = []
    for model in (ChatDay, MemberSample):
        rows = model.filter(community=community, **chat_filter)
        for order in ("day", "-day"):
            found = await rows.order_by(order).first()
            if found is not None:
                known.append(found.day)
    return (min(known), max(known)) if known else (None, None)


async def _last_job_day(community: str, clock: CommunityClock) -> date | None:
    """The last day the bot ran one of the community's scheduled jobs (the daily health check,
    the digest): it was running, recording, that day, however quiet the chats were."""
    job = (
        await ScheduledJob.filter(community=community, status="done", fired_at__isnull=False)
        .order_by("-fired_at")
        .first()
    )
    if job is None or job.fired_at is None:
        return None
    # recorded until the moment it fired: one at a day's first instant (the daily job of the
    # day that begins) ends the day before, not a day it never saw (a stopped bot's report
    # counted a day with no data, and joiners as retained through it)
    return clock.day_of(job.fired_at - timedelta(microseconds=1))


async def _orders_and_points(history: History, clock: CommunityClock, last: date) -> None:
    community = history.scope.community
    start, end = clock.day_start(history.period.first), clock.day_start(last + timedelta(days=1))
    history.orders = await Order.kept(community, created_at__gte=start, created_at__lt=end).count()
    history.held = await Order.held(community, created_at__gte=start, created_at__lt=end).count()
    history.orders_recorded = bool(history.orders) or await Order.kept(community).exists()
    by_day = {d.day: d for d in history.days}
    # earned only: a redemption refunded, points merged from a linked account are not earning
    for moment, delta, member in await LedgerEntry.filter(
        community=community, delta__gt=0, reason__in=RANKED_REASONS,
        created_at__gte=start, created_at__lt=end,
    ).values_list("created_at", "delta", "member"):  # fmt: skip
        if held_by_chat(member) and not is_forgotten(member):  # a channel's, the group's
            continue
        if (entry := by_day.get(clock.day_of(moment))) is not None:
            entry.points += int(delta)


async def _moves(history: History, clock: CommunityClock, last: date) -> None:
    """Joins in the period, and every later departure of those members (for retention)."""
    scope = history.scope
    start, end = clock.day_start(history.period.first), clock.day_start(last + timedelta(days=1))
    chat_filter = _chat_filter(scope, history.ids)
    ids = history.ids
    joins = [
        (member, ids.get(chat, chat), at)
        for member, chat, at in await MembershipMove.filter(
            community=scope.community, kind="join", at__gte=start, at__lt=end, **chat_filter
        ).values_list("member", "chat", "at")
    ]
    history.joined = sorted(joins, key=lambda j: (j[2], j[0]))
    members = sorted({member for member, _, _ in joins})
    for index in range(0, len(members), 500):
        for member, chat, at in await MembershipMove.filter(
            community=scope.community,
            member__in=members[index : index + 500],
            kind__in=("leave", "removal"),
            at__gte=start,
            **chat_filter,
        ).values_list("member", "chat", "at"):
            history.departed.setdefault((member, ids.get(chat, chat)), []).append(at)
