"""Report periods in community days: a day, an ISO week (Monday first), a calendar month, or
any run of days (a simulation)."""

from __future__ import annotations

from calendar import monthrange
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from ..days import Month


class PeriodKind(StrEnum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    RANGE = "range"


@dataclass(frozen=True, slots=True)
class Period:
    kind: PeriodKind
    first: date
    last: date  # inclusive

    @classmethod
    def containing(cls, kind: PeriodKind | str, day: date) -> Period:
        kind = PeriodKind(kind)
        if kind is PeriodKind.DAY:
            return cls(kind, day, day)
        if kind is PeriodKind.WEEK:
            first = day - timedelta(days=day.weekday())
            return cls(kind, first, first + timedelta(days=6))
        if kind is PeriodKind.MONTH:
            first = day.replace(day=1)
            return cls(kind, first, first.replace(day=monthrange(day.year, day.month)[1]))
        raise ValueError(f"{kind} periods are built from their days, not from one day")

    @classmethod
    def between(cls, first: date, last: date) -> Period:
        return cls(PeriodKind.RANGE, first, last)

    def previous(self) -> Period:
        if self.kind is PeriodKind.RANGE:
            length = (self.last - self.first).days + 1
            return Period.between(
                self.first - timedelta(days=length), self.first - timedelta(days=1)
            )
        return Period.containing(self.kind, self.first - timedelta(days=1))

    def days(self, until: date | None = None) -> list[date]:
        """The period's days, up to `until` (a period still running counts its days so far)."""
        last = self.last if until is None else min(self.last, until)
        return [self.first + timedelta(days=n) for n in range((last - self.first).days + 1)]

    @property
    def said(self) -> date | str:
        """The period as a report's reader reads it: a day or a month in their language's
        words ("2026年11月7日", "October 2026"); a week keeps its ISO name (2026-W45: a
        locale's own week numbers may start on another day), a range its two days."""
        if self.kind is PeriodKind.DAY:
            return self.first
        if self.kind is PeriodKind.MONTH:
            return Month(self.first.year, self.first.month, 1)
        return self.label

    @property
    def label(self) -> str:
        if self.kind is PeriodKind.DAY:
            return self.first.isoformat()
        if self.kind is PeriodKind.WEEK:
            year, week, _ = self.first.isocalendar()
            return f"{year}-W{week:02d}"
        if self.kind is PeriodKind.MONTH:
            return self.first.strftime("%Y-%m")
        return f"{self.first.isoformat()}..{self.last.isoformat()}"
