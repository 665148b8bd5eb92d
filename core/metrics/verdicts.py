"""Each KPI against the ruleset's healthy band (the playbook's thresholds, `[health]`):
healthy, watch, alert or unavailable, with the band written the way an operator reads it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..i18n import said_percent
from ..i18n.render import render_text
from ..segments import I18nText, T
from .config import Band, HealthConfig
from .labels import LIMIT, UNAVAILABLE

KPI_NAMES: dict[str, str] = {
    "activity": "activity rate",
    "conversion": "conversion",
    "leave_rate": "weekly leave rate",
    "reach": "reach",
    "retention_7d": "7-day retention",
    "retention_30d": "30-day retention",
}


@dataclass(frozen=True, slots=True)
class Verdict:
    kpi: str
    value: float | None
    status: str  # healthy, watch, alert, unavailable, or "" where no band applies
    band: str  # "healthy above 15%, alert below 10%"
    why_unavailable: str = ""

    def as_dict(self) -> dict[str, Any]:
        return {"value": self.value, "status": self.status}


def percent(value: float) -> str:
    return f"{value * 100:.1f}%".replace(".0%", "%")


def band_parts(band: Band) -> list[I18nText]:
    """The band's limits as catalog messages ("healthy above 15%", "alert below 10%")."""
    limits: tuple[tuple[float | None, Callable[[I18nText | str], I18nText]], ...] = (
        (band.healthy_above, lambda value: T("healthy above {value}", value=value)),
        (band.healthy_below, lambda value: T("healthy below {value}", value=value)),
        (band.alert_below, lambda value: T("alert below {value}", value=value)),
        (band.alert_above, lambda value: T("alert above {value}", value=value)),
    )
    return [said(said_percent(value, LIMIT)) for value, said in limits if value is not None]


def describe(band: Band) -> str:
    """The band in English, for JSON and logs: "healthy above 15%, alert below 10%"."""
    return ", ".join(render_text(part, "en") for part in band_parts(band))


def verdicts(kpis: dict[str, Any], health: HealthConfig) -> list[Verdict]:
    """`kpis` as `compute_kpis(...).as_dict()["kpis"]`: {name: {"value", "unavailable"}}."""
    found = []
    for name, data in kpis.items():
        band = health.band(name)
        value = data.get("value")
        status = (
            band.status(value) if band is not None else ("unavailable" if value is None else "")
        )
        found.append(
            Verdict(
                name, value, status, describe(band) if band else "", data.get("unavailable") or ""
            )
        )
    return found


def verdict_line(verdict: Verdict) -> str:
    label = KPI_NAMES.get(verdict.kpi, verdict.kpi)
    if verdict.value is None:
        reason = UNAVAILABLE.get(verdict.why_unavailable)
        if reason is None:  # a reason without its sentence: its code, readable
            return f"{label:<18} unavailable" + (
                f" ({verdict.why_unavailable.replace('_', ' ')})" if verdict.why_unavailable else ""
            )
        return f"{label:<18} {render_text(reason, 'en')}"
    shown = f"{label:<18} {percent(verdict.value):>7}"
    if verdict.status:
        shown += f"  {verdict.status:<8} ({verdict.band})"
    return shown
