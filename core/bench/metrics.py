"""`groupops bench metrics`: what the activity recorder costs on the hot path, and how long a
week's KPIs take to compute afterwards.

Both engines get the same stream; the baseline's pipeline is `membership` alone, the measured
one adds the `recorder` component (counters tallied per batch, one speaker row a day each,
member counts once a chat a day).
"""

from __future__ import annotations

import tempfile
import time
from datetime import timedelta
from pathlib import Path

from groupops.adapters.local import LocalAdapter

from ..clock import ManualClock
from ..engine import Engine
from ..metrics.compute import compute_kpis
from ..metrics.periods import Period
from ..storage.database import open_database
from ..storage.models import ChatDay
from .harness import Figure, Report
from .workload import START, bench_settings, make_workload, run_engine


async def _kpi_seconds(settings, workload, communities: int) -> tuple[float, float, int]:
    """Record the stream, then time a week's KPIs for every community; also a count of the
    raw rows the same week's messages would take to scan without the recorder."""
    with tempfile.TemporaryDirectory(prefix="groupops-bench-") as scratch:
        database = await open_database(f"sqlite://{Path(scratch) / 'bench.db'}")
        clock = ManualClock(START + timedelta(days=1))
        adapter = LocalAdapter(workload.world, service_events=False)
        engine = Engine(settings, database, [adapter], clock, pipeline=("membership", "recorder"))
        await engine.start(scheduler=False)
        for future in [engine.submit_nowait(event) for event in workload.events]:
            await future
        await engine.drain()
        await engine.stop()
        rows = await ChatDay.all().count()
        week = Period.containing("week", START.date())
        wall = time.perf_counter()
        for index in range(communities):
            await compute_kpis(settings, f"c{index}", week, clock.now())
        wall = time.perf_counter() - wall
        await database.close()
    return wall, wall / communities, rows


async def run(quick: bool) -> Report:
    communities, members, count = (10, 20, 5_000) if quick else (100, 50, 50_000)
    settings, chats = bench_settings(communities)
    base = await run_engine(settings, make_workload(chats, members, count), ("membership",))
    recorded = await run_engine(
        settings, make_workload(chats, members, count), ("membership", "recorder")
    )
    _, per_community, rows = await _kpi_seconds(
        settings, make_workload(chats, members, count), communities
    )
    return Report(
        "metrics",
        [
            Figure(
                "with the activity recorder",
                count / recorded["wall"],
                "events/s",
                "membership only",
                count / base["wall"],
            ),
            Figure(
                "with the activity recorder (CPU)",
                count / recorded["cpu"],
                "events/s",
                "membership only",
                count / base["cpu"],
            ),
            Figure(
                "recorder cost per event (CPU)",
                1e6 * (recorded["cpu"] - base["cpu"]) / count,
                "µs",
                better="lower",
            ),
            Figure("week KPIs of one community", 1000 * per_community, "ms", better="lower"),
            Figure("counter rows written", rows, "rows", better="lower"),
        ],
        {
            "events": count,
            "communities": communities,
            "members_per_community": members,
            "database": "sqlite",
        },
    )
