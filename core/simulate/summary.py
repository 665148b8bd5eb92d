"""The simulation's summary, read back from the database the engine wrote.

Features add sections with `@summary_section("name")`; each returns JSON-ready data.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from tortoise.functions import Count, Sum

from ..points.reasons import RANKED_REASONS
from ..storage.models import Checkin, LedgerEntry, OutboxItem

if TYPE_CHECKING:
    from ..engine import Engine
    from .runner import Simulation

Section = Callable[["Simulation", "Engine"], Awaitable[Any]]
SECTIONS: list[tuple[str, Section]] = []


def summary_section(name: str) -> Callable[[Section], Section]:
    def register(section: Section) -> Section:
        SECTIONS.append((name, section))
        return section

    return register


async def _base(sim: Simulation, engine: Engine) -> dict[str, Any]:
    from .runner import COMMUNITY, present_count

    checkins = await Checkin.filter(community=COMMUNITY).count()
    awarded = (
        await LedgerEntry.filter(community=COMMUNITY, delta__gt=0, reason__in=RANKED_REASONS)
        .annotate(total=Sum("delta"))
        .values("total")
    )
    kinds = (
        await OutboxItem.filter(community=COMMUNITY)
        .annotate(n=Count("id"))
        .group_by("kind")
        .values("kind", "n")
    )
    statuses = (
        await OutboxItem.filter(community=COMMUNITY)
        .annotate(n=Count("id"))
        .group_by("status")
        .values("status", "n")
    )
    counts = sim.counts
    return {
        "seed": sim.options.seed,
        "days": sim.options.days,
        "ruleset": sim.ruleset_name,
        "start": sim.start.isoformat(),
        "members_start": sim.options.members,
        "members": present_count(sim),
        "messages": counts["message.received"],
        "joins": counts["member.joined"],
        "leaves": counts["member.left"],
        "checkins": checkins,
        "points_awarded": int((awarded[0]["total"] if awarded else 0) or 0),
        "actions": {row["kind"]: row["n"] for row in sorted(kinds, key=lambda r: r["kind"])},
        "delivery": {
            row["status"]: row["n"] for row in sorted(statuses, key=lambda r: r["status"])
        },
        "events": sum(counts.values()),
    }


async def build_summary(sim: Simulation, engine: Engine) -> dict[str, Any]:
    from ..metrics.verdicts import verdicts

    summary = await _base(sim, engine)
    for name, section in SECTIONS:
        summary[name] = await section(sim, engine)
    if "kpis" in summary:  # each KPI against the ruleset's healthy band
        health = engine.settings.rulesets[sim.ruleset_name].health
        summary["health"] = {v.kpi: v.status for v in verdicts(summary["kpis"]["kpis"], health)}
    return summary
