"""Ruleset sections of the metrics feature: health bands (the playbook's thresholds by default)
and reports."""

from __future__ import annotations

from datetime import time
from typing import Literal

from pydantic import Field, model_validator

from ..settings import SectionModel, ruleset_section
from ..settings.types import ClockTime, Percent


class Band(SectionModel):
    """A KPI's healthy band and where an alert starts: the playbook's "healthy" and "act when"."""

    healthy_above: Percent | None = None
    healthy_below: Percent | None = None
    alert_below: Percent | None = None
    alert_above: Percent | None = None

    @model_validator(mode="after")
    def _ordered(self) -> Band:
        if None not in (self.alert_below, self.healthy_above) and (
            self.alert_below > self.healthy_above  # type: ignore[operator]
        ):
            raise ValueError("alert_below must not be above healthy_above")
        if None not in (self.alert_above, self.healthy_below) and (
            self.alert_above < self.healthy_below  # type: ignore[operator]
        ):
            raise ValueError("alert_above must not be below healthy_below")
        return self

    def status(self, value: float | None) -> str:
        """healthy, watch (between the healthy band and the alert line), alert or unavailable."""
        if value is None:
            return "unavailable"
        if (self.alert_below is not None and value < self.alert_below) or (
            self.alert_above is not None and value > self.alert_above
        ):
            return "alert"
        if (self.healthy_above is not None and value <= self.healthy_above) or (
            self.healthy_below is not None and value >= self.healthy_below
        ):
            return "watch"
        return "healthy"


@ruleset_section("health")
class HealthConfig(SectionModel):
    enabled: bool = True
    check_at: ClockTime = Field(default=time(9, 0))  # daily, about the community day just ended
    alert_once_per: Literal["day", "week", "month"] = "week"  # per KPI
    activity: Band = Band(healthy_above=0.15, alert_below=0.10)
    conversion: Band = Band(healthy_above=0.05, alert_below=0.03)
    leave_rate: Band = Band(healthy_below=0.01, alert_above=0.02)
    reach: Band = Band(healthy_above=0.60)

    def band(self, kpi: str) -> Band | None:
        value = getattr(self, kpi, None)
        return value if isinstance(value, Band) else None


@ruleset_section("reports")
class ReportsConfig(SectionModel):
    weekly_digest: bool = True  # posted to the community's admin chat, with a chart
    digest_at: ClockTime = Field(default=time(10, 0))  # on Mondays, about the week before


# the 成员分层 tables (segments.py)
@ruleset_section("segments")
class SegmentsConfig(SectionModel):
    window_days: int = Field(default=30, ge=1, le=366)
    core_days: int = Field(default=15, ge=1)  # spoke on at least this many days: core
    active_days: int = Field(default=5, ge=1)  # ... active; once or more: ordinary
    core_orders: int = Field(default=3, ge=1)  # orders in the window: core customer
    active_orders: int = Field(default=1, ge=1)
