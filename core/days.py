"""Community days: calendar days in the community's time zone that start at its day-start hour.

A check-in at 02:00 local time with a 04:00 day start belongs to the previous day. Streaks are
counted over these days, never over "24 hours since the last claim", which drifts.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo


class Month(date):
    """A calendar month, given by its first day: said as the reader's language says a month
    ("October 2026", "2026年10月"), where a date is said with its day."""


@lru_cache(maxsize=512)
def zone(name: str) -> ZoneInfo:
    return ZoneInfo(name)


@dataclass(frozen=True, slots=True)
class CommunityClock:
    timezone: str = "UTC"
    day_starts_at: time = time(4, 0)
    # The last day asked for, as its UTC start and end: asked several times per message, and
    # messages mostly fall in the current day, so two comparisons replace a zone conversion.
    # One entry, not a cache per minute: a clock lives as long as its community.
    _last: list[tuple[datetime, datetime, date]] = field(
        default_factory=list, init=False, compare=False, hash=False, repr=False
    )

    @property
    def tz(self) -> ZoneInfo:
        return zone(self.timezone)

    def local(self, moment: datetime) -> datetime:
        return moment.astimezone(self.tz)

    def day_of(self, moment: datetime) -> date:
        last = self._last
        if moment.tzinfo is None:
            return self._day_of(moment)
        if last and last[0][0] <= moment < last[0][1]:
            return last[0][2]
        day = self._day_of(moment)
        start, end = self.day_start(day), self.day_start(day + timedelta(days=1))
        last[:] = [(start.astimezone(UTC), end.astimezone(UTC), day)]
        return day

    def _day_of(self, moment: datetime) -> date:
        local = moment.astimezone(self.tz)
        start = self.day_starts_at
        shifted = local - timedelta(hours=start.hour, minutes=start.minute)
        return shifted.date()

    def day_start(self, day: date) -> datetime:
        """The instant at which community day `day` begins, in UTC: a bound in another zone
        compares as text against SQLite's UTC timestamps (it dropped a day's first hours)."""
        return datetime.combine(day, self.day_starts_at, tzinfo=self.tz).astimezone(UTC)

    def at(self, day: date, clock_time: time) -> datetime:
        """Wall-clock `clock_time` on calendar date `day` in the community zone."""
        return datetime.combine(day, clock_time, tzinfo=self.tz)


@dataclass(slots=True)
class DayRun:
    """A member's latest run of consecutive days (check-ins): two dates however long the run.

    Streaks and challenges read only the run ending today or yesterday, so older days are
    not kept; it answers `day in run` and `run.add(day)` like the set of the run's days."""

    first: date | None = None
    last: date | None = None
    last_at: datetime | None = None  # when `last` was recorded (a check-in's moment)

    def __contains__(self, day: object) -> bool:
        if self.first is None or self.last is None or not isinstance(day, date):
            return False
        return self.first <= day <= self.last

    def __bool__(self) -> bool:
        return self.first is not None

    def add(self, day: date) -> None:
        one = timedelta(days=1)
        if self.first is None or self.last is None or day > self.last + one:
            self.first = self.last = day  # a new run (or the first day)
        elif day == self.last + one:
            self.last = day
        elif day == self.first - one:
            self.first = day  # a late record extends the run backwards
        # a day inside the run, or before a gap, changes nothing that is read


def streak_ending(days: set[date] | frozenset[date] | DayRun, last: date) -> int:
    """Consecutive days ending at `last` that are all in `days`."""
    if isinstance(days, DayRun):
        return (last - days.first).days + 1 if last in days and days.first else 0
    count = 0
    while last in days:
        count += 1
        last -= timedelta(days=1)
    return count
