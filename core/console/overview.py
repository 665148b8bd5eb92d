"""What the communities page and a community's page read: the week's KPIs against the
ruleset's health bands with the change since the week before, the daily series the charts
draw, segments, tiers and running campaigns. The week is the one holding the community's
latest recorded day, so a simulation's database shows its own weeks; its KPIs count the days the
report counts (a finished week whole, the running week its days so far), so a community that
fell silent shows its quiet days."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from ..metrics.compute import clock_of, compute_kpis
from ..metrics.kpis import KpiSet
from ..metrics.labels import KPI_NAMES
from ..metrics.periods import Period, PeriodKind
from ..metrics.segments import compute_segments
from ..metrics.verdicts import band_parts, percent
from ..segments import I18nText, T
from ..storage.models import Campaign, ChatDay, Member

SHOWN_KPIS = ("activity", "conversion", "leave_rate", "reach")
RUNNING = ("active", "paused")
STATUS_NAMES = {
    "healthy": T("healthy"),
    "watch": T("watch"),
    "alert": T("alert"),
    "unavailable": T("unavailable"),
}


@dataclass(frozen=True, slots=True)
class KpiCell:
    name: str
    label: I18nText
    value: float | None
    status: str  # healthy, watch, alert, unavailable, "" (no band)
    band: list[I18nText]  # its limits, each translated where shown
    change: float | None  # since the week before, in percentage points

    @property
    def shown(self) -> str:
        return "–" if self.value is None else percent(self.value)

    @property
    def status_name(self) -> I18nText | str:
        return STATUS_NAMES.get(self.status, "")

    @property
    def trend(self) -> str:
        if self.change is None or abs(self.change) < 0.05:
            return "→"
        return "↑" if self.change > 0 else "↓"


@dataclass(slots=True)
class CommunityView:
    name: str
    title: str
    ruleset: str
    chats: tuple[str, ...]
    as_of: datetime
    kpis: KpiSet
    cells: list[KpiCell]
    members: int
    segments: list[tuple[I18nText, list[tuple[Any, int]]]] = field(default_factory=list)
    tiers: list[tuple[str, int]] = field(default_factory=list)
    campaigns: list[Campaign] = field(default_factory=list)

    @property
    def worst(self) -> str:
        statuses = {cell.status for cell in self.cells}
        return next((s for s in ("alert", "watch", "healthy") if s in statuses), "unavailable")


async def as_of(settings: Any, community: str, now: datetime) -> datetime:
    """`now`, or the end of the latest recorded day when the records stop earlier: the day
    that picks the week shown (and the segments' window), not where its counting stops."""
    clock = clock_of(settings, community)
    last = await ChatDay.filter(community=community).order_by("-day").first()
    if last is None or last.day >= clock.day_of(now):
        return now
    return clock.day_start(last.day + timedelta(days=1)) - timedelta(microseconds=1)


def _cells(kpis: KpiSet, before: KpiSet, health: Any) -> list[KpiCell]:
    cells = []
    for name in SHOWN_KPIS:
        kpi, earlier = kpis[name], before[name]
        band = health.band(name)
        change = None
        if kpi.value is not None and earlier.value is not None:
            change = 100 * (kpi.value - earlier.value)
        status = band.status(kpi.value) if band is not None else ""
        cells.append(
            KpiCell(
                name, KPI_NAMES[name], kpi.value, status, band_parts(band) if band else [], change
            )
        )
    return cells


async def community_view(
    settings: Any, community: str, now: datetime, *, detail: bool = False, live: bool = False
) -> CommunityView:
    """`live`: served by the running bot, whose quiet days up to today are days it recorded."""
    config = settings.communities[community]
    ruleset = settings.rulesets[config.ruleset]
    clock = clock_of(settings, community)
    moment = await as_of(settings, community, now)
    period = Period.containing(PeriodKind.WEEK, clock.day_of(moment))
    kpis = await compute_kpis(settings, community, period, now, live=live)
    before = await compute_kpis(settings, community, period.previous(), now, live=live)
    # as the report counts them (the platform's figure where it gives one), else our rows
    members = kpis.history.members_end
    if members is None:
        members = await Member.filter(community=community, status="member").count()
    title = config.title_in(None, ruleset.locale) or community
    view = CommunityView(
        community, title, config.ruleset, tuple(config.chats), moment,
        kpis, _cells(kpis, before, ruleset.health), members,
    )  # fmt: skip
    if detail:
        found = await compute_segments(community, ruleset.segments, clock, moment)
        view.segments = found.groups()
        tiers = await Member.filter(community=community, status="member").values_list(
            "tier", flat=True
        )
        counts: dict[str, int] = {}
        for tier in tiers:
            name = str(tier or "")  # "" until tiers are first computed
            counts[name] = counts.get(name, 0) + 1
        view.tiers = sorted(counts.items(), key=lambda item: -item[1])
        view.campaigns = await Campaign.filter(community=community, status__in=RUNNING)
    return view
