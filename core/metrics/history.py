"""What happened in a community (or one of its chats) over a period, read back from the
recorder's tables, the orders and the points ledger, day by day."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from tortoise.functions import Count, Sum

from ..days import CommunityClock
from ..storage.models import (
    ChatAlias,
    ChatDay,
    LedgerEntry,
    Member,
    MemberSample,
    MembershipMove,
    Order,
    SpeakerDay,
)
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
    joined: list[tuple[str, str, datetime]] = field(default_factory=list)  # member, chat, at
    departed: dict[tuple[str, str], list[datetime]] = field(default_factory=dict)
    ids: dict[str, str] = field(default_factory=dict)  # every id a chat has had -> its setting
    memberships: MembershipFigures | None = None  # paid membership (community-wide only)
    # the platform's count at the first event after the period, where every chat gave one the
    # next day: the count at its end (a day's own count is taken at its first event)
    members_after: int | None = None
    # the scope's first day with anything recorded (a count, a message, a join or a leave)
    first_recorded: date | None = None

    @property
    def nothing_recorded(self) -> bool:
        """Nothing is recorded for the scope yet, or the period ends before its first recorded
        day: no counts to read, and no reason to blame the platform for it."""
        return self.first_recorded is None or self.period.last < self.first_recorded

    @property
    def members_end(self) -> int | None:
        if self.members_after is not None:
            return self.members_after
        known = [d.members for d in self.days if d.members is not None]
        return known[-1] if known else None


async def load_history(
    scope: Scope, period: Period, now: datetime, clock: CommunityClock
) -> History:
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
    history.first_recorded = await _first_recorded(community, chat_filter)
    if not history.nothing_recorded:
        await _members(history, last, clock)
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


async def _first_recorded(community: str, chat_filter: dict[str, object]) -> date | None:
    """The first day the recorder wrote anything for the scope: a chat's counters or a member
    count."""
    known: list[date] = []
    for model in (ChatDay, MemberSample):
        first = await model.filter(community=community, **chat_filter).order_by("day").first()
        if first is not None:
            known.append(first.day)
    return min(known) if known else None


async def _members(history: History, last: date, clock: CommunityClock) -> None:
    """Members per day: the platform's latest count on or before the day where every chat in
    scope reports one; otherwise, for the community, the members the bot has seen present at
    the day's end; otherwise (a chat without a count) nothing."""
    scope = history.scope
    chats = (scope.chat,) if scope.chat else scope.chats
    refs = [ref for ref, chat in history.ids.items() if chat in chats] or list(chats)
    rows = (
        await MemberSample.filter(
            community=scope.community, chat__in=refs, day__lte=last + timedelta(days=1)
        )
        .order_by("day", "sampled_at")  # on the day a chat changed id, the new id's count wins
        .values_list("chat", "day", "members", "readers", "muted")
    )
    reported: dict[str, list[tuple[date, int]]] = defaultdict(list)
    readers: dict[str, tuple[int, int]] = {}
    for ref, day, members, read, muted in rows:
        chat = history.ids.get(ref, ref)
        if members is not None:
            reported[chat].append((day, members))
        if read is not None:
            readers[chat] = (read, muted or 0)
    if chats and all(reported.get(chat) for chat in chats):
        history.basis = "reported"
        series = [reported[chat] for chat in chats]
        for entry in history.days:
            counts = [_as_of(samples, entry.day) for samples in series]
            entry.members = None if None in counts else sum(c for c in counts if c is not None)
        following = last + timedelta(days=1)
        if all(s[-1][0] == following for s in series):
            history.members_after = sum(s[-1][1] for s in series)
        start = [_as_of(s, history.period.first) for s in series]
        # A chat first counted during the period starts from its first count.
        history.members_start = sum(
            s[0][1] if c is None else c for c, s in zip(start, series, strict=True)
        )
        if all(chat in readers for chat in chats):
            history.readers = sum(readers[chat][0] for chat in chats)
            history.muted = sum(readers[chat][1] for chat in chats)
    elif scope.chat is None:
        await _seen(history, clock)


async def _seen(history: History, clock: CommunityClock) -> None:
    """Members the bot has seen (a message or a join) and not seen leave, at each day's end."""
    rows = await Member.filter(community=history.scope.community).values_list(
        "joined_at", "left_at", "status"
    )
    if not rows:
        return

    def present(at: datetime) -> int:
        return sum(
            1
            for joined, left, status in rows
            if joined is not None
            and joined < at
            and (status == "member" or (left is not None and left >= at))
        )

    history.basis = "seen"
    for entry in history.days:
        entry.members = present(clock.day_start(entry.day + timedelta(days=1)))
    history.members_start = present(clock.day_start(history.period.first))


def _as_of(samples: list[tuple[date, int]], day: date) -> int | None:
    found = None
    for sample_day, count in samples:
        if sample_day > day:
            break
        found = count
    return found


async def _orders_and_points(history: History, clock: CommunityClock, last: date) -> None:
    community = history.scope.community
    start, end = clock.day_start(history.period.first), clock.day_start(last + timedelta(days=1))
    history.orders = await Order.kept(community, created_at__gte=start, created_at__lt=end).count()
    history.orders_recorded = bool(history.orders) or await Order.exists(community=community)
    by_day = {d.day: d for d in history.days}
    for moment, delta in await LedgerEntry.filter(
        community=community, delta__gt=0, created_at__gte=start, created_at__lt=end
    ).values_list("created_at", "delta"):
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
