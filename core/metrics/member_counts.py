"""A report's members per day: the platforms' counts carried forward by the recorded joins,
leaves and removals, or, where a chat's platform never gives one, the members the bot has seen.

A community's chats are not all counted from the same day (the bot joined one later): a day
counts the members of the chats counted by then, and a chat first counted later adds nothing
before its first count. The day is never dropped for it (see docs/metrics.md)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from ..days import CommunityClock
from ..storage.models import ChatDay, Member, MemberSample

if TYPE_CHECKING:
    from .history import History


@dataclass(slots=True)
class ChatCounts:
    """One chat's members at the start of each day: the platform's count at the day's first
    event (as it stood before it), or on a day without one the last count carried forward by
    the joins, leaves and removals recorded since, so a day's start and moves add up to the
    next day's start."""

    samples: list[tuple[date, int]]  # by day
    moves: dict[date, int]  # joins - leaves - removals

    def at_start(self, day: date) -> int | None:
        """None before the chat's first count."""
        found = None
        for sample_day, count in self.samples:
            if sample_day > day:
                break
            found = (sample_day, count)
        if found is None:
            return None
        since, count = found
        return count + sum(n for moved, n in self.moves.items() if since <= moved < day)

    def at_period_start(self, first: date) -> int:
        """At the period's start; a chat first counted during the period starts from its first
        count, one not counted by then from nothing."""
        count = self.at_start(first)
        if count is not None:
            return count
        return self.samples[0][1] if self.samples else 0


def known_sum(counts: list[int | None]) -> int | None:
    """The members of the chats counted so far; None while none is."""
    known = [n for n in counts if n is not None]
    return sum(known) if known else None


async def load_members(history: History, last: date, clock: CommunityClock) -> None:
    """Members per day: the platforms' counts where every chat in scope is counted by its
    platform (from its first count on); otherwise, for the community, the members the bot has
    seen present at the day's end; otherwise (a chat without a count) nothing."""
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
    # a chat the bot recorded nothing of by the period's end (added later) does not change how
    # the period's members are counted: reports of before it existed stay as they were
    begun = await _recorded_by(scope.community, refs, history.ids, last)
    if chats and await _all_counted(scope.community, refs, history.ids, set(chats) & begun):
        await _reported(history, chats, refs, reported, last)
        if all(chat in readers for chat in chats):
            history.readers = sum(readers[chat][0] for chat in chats)
            history.muted = sum(readers[chat][1] for chat in chats)
    elif scope.chat is None:
        await _seen(history, clock)


async def _recorded_by(
    community: str, refs: list[str], ids: dict[str, str], last: date
) -> set[str]:
    """The chats (as configured) with anything recorded on or before `last`."""
    found: set[str] = set()
    for model in (ChatDay, MemberSample):
        rows = model.filter(community=community, chat__in=refs, day__lte=last)
        found |= {
            ids.get(str(ref), str(ref))
            for ref in await rows.distinct().values_list("chat", flat=True)
        }
    return found


async def _all_counted(
    community: str, refs: list[str], ids: dict[str, str], chats: set[str]
) -> bool:
    """Every chat's platform gives a count, on some day: a chat first counted after the
    period is one the bot was not counting yet, not one without counts."""
    counted = await (
        MemberSample.filter(community=community, chat__in=refs, members__isnull=False)
        .distinct()
        .values_list("chat", flat=True)
    )
    return chats <= {ids.get(str(ref), str(ref)) for ref in counted}


async def _reported(
    history: History,
    chats: tuple[str, ...],
    refs: list[str],
    reported: dict[str, list[tuple[date, int]]],
    last: date,
) -> None:
    history.basis = "reported"
    counted = [chat for chat in chats if reported.get(chat)]
    if not counted:  # none counted by the period's end: members unknown
        return
    first = history.period.first
    # moves from each chat's count the period's first day starts from
    since = min(
        max((d for d, _ in reported[chat] if d <= first), default=reported[chat][0][0])
        for chat in counted
    )
    moves = await _net_moves(history.scope.community, refs, history.ids, since, last)
    counts = [ChatCounts(reported[chat], moves[chat]) for chat in counted]
    for entry in history.days:
        entry.members = known_sum([c.at_start(entry.day) for c in counts])
    history.members_after = sum(c.at_start(last + timedelta(days=1)) or 0 for c in counts)
    history.members_start = sum(c.at_period_start(first) for c in counts)


async def _net_moves(
    community: str, refs: list[str], ids: dict[str, str], since: date, last: date
) -> dict[str, dict[date, int]]:
    """Joins less leaves and removals per chat (as configured) and day."""
    moves: dict[str, dict[date, int]] = defaultdict(lambda: defaultdict(int))
    for ref, day, joins, leaves, removals in await ChatDay.filter(
        community=community, chat__in=refs, day__gte=since, day__lte=last
    ).values_list("chat", "day", "joins", "leaves", "removals"):
        moves[ids.get(ref, ref)][day] += joins - leaves - removals
    return moves


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
