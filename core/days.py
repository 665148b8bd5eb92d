"""Community days: calendar days in the community's time zone that start at its day-start hour.

A check-in at 02:00 local time with a 04:00 day start belongs to the previous day. Streaks are
counted over these days, never over "24 hours since the last claim", which drifts.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

MINUTES_KEPT = 4096


@lru_cache(maxsize=512)
def zone(name: str) -> ZoneInfo:
    return ZoneInfo(name)


@dataclass(frozen=True, slots=True)
class CommunityClock:
    timezone: str = "UTC"
    day_starts_at: time = time(4, 0)
    # Days of recent UTC minutes: asked several times per message, and a day boundary never
    # falls inside a minute (zone offsets and the day start are whole minutes).
    _days: dict[int, date] = field(
        default_factory=dict, init=False, compare=False, hash=False, repr=False
    )

    @property
    def tz(self) -> ZoneInfo:
        return zone(self.timezone)

    def local(self, moment: datetime) -> datetime:
        return moment.astimezone(self.tz)

    def day_of(self, moment: datetime) -> date:
        minute = int(moment.timestamp() // 60)
        day = self._days.get(minute)
        if day is None:
            if len(self._days) >= MINUTES_KEPT:
                self._days.clear()
            day = self._days[minute] = self._day_of(moment)
        return day

    def _day_of(self, moment: datetime) -> date:
        local = moment.astimezone(self.tz)
        start = self.day_starts_at
        shifted = local - timedelta(hours=start.hour, minutes=start.minute)
        return shifted.date()

    def day_start(self, day: date) -> datetime:
        """The UTC-aware instant at which community day `day` begins."""
        return datetime.combine(day, self.day_starts_at, tzinfo=self.tz)

    def at(self, day: date, clock_time: time) -> datetime:
        """Wall-clock `clock_time` on calendar date `day` in the community zone."""
        return datetime.combine(day, clock_time, tzinfo=self.tz)


def streak_ending(days: set[date] | frozenset[date], last: date) -> int:
    """Consecutive days ending at `last` that are all in `days`."""
    count = 0
    while last in days:
        count += 1
        last -= timedelta(days=1)
    return count
