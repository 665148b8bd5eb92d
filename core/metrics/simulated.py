"""The simulator's summary gets the KPIs of the simulated period."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from ..simulate.summary import summary_section
from .compute import compute_kpis
from .periods import Period


@summary_section("kpis")
async def simulated_kpis(sim: Any, engine: Any) -> dict[str, Any]:
    from ..simulate.runner import COMMUNITY

    # The run covers whole calendar days; with a day start after midnight that is one more
    # community day at each end.
    end = sim.start + timedelta(days=sim.options.days) - timedelta(microseconds=1)
    period = Period.between(sim.clock_zone.day_of(sim.start), sim.clock_zone.day_of(end))
    kpis = await compute_kpis(engine.settings, COMMUNITY, period, sim.clock.now())
    data = kpis.as_dict()
    data.pop("daily")
    return data
