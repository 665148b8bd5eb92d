"""`groupops bench pipeline`: events/s through the engine with the default pipeline, against
the same events through an engine with an empty pipeline (intake, dedupe, commit, outbox).
SQLite always; PostgreSQL too when GROUPOPS_BENCH_POSTGRES names a server."""

from __future__ import annotations

import os

from .harness import Figure, Report
from .scratch import postgres_server
from .workload import bench_settings, make_workload, run_engine


async def run(quick: bool) -> Report:
    communities, members, count = (20, 20, 5_000) if quick else (200, 50, 50_000)
    settings, chats = bench_settings(communities)
    dialects = ["sqlite"] + (["postgres"] if postgres_server() else [])
    figures: list[Figure] = []
    for dialect in dialects:
        empty = await run_engine(settings, make_workload(chats, members, count), (), dialect)
        full = await run_engine(settings, make_workload(chats, members, count), None, dialect)
        baseline = f"empty pipeline ({dialect})"
        figures += [
            Figure(
                f"default pipeline ({dialect})",
                count / full["wall"],
                "events/s",
                baseline,
                count / empty["wall"],
            ),
            Figure(
                f"default pipeline, CPU ({dialect})",
                count / full["cpu"],
                "events/s",
                baseline,
                count / empty["cpu"],
            ),
            Figure(f"actions delivered ({dialect})", full["actions"], "actions"),
        ]
        for key, where in (("loop_cpu", "event loop"), ("others_cpu", "other threads")):
            if key in full and key in empty:  # SQLite works in a thread of its own
                figures.append(
                    Figure(
                        f"{where} CPU per event ({dialect})",
                        full[key] / count * 1e6,
                        "µs",
                        baseline,
                        empty[key] / count * 1e6,
                        better="lower",
                    )
                )
    return Report(
        "pipeline",
        figures,
        {
            "events": count,
            "communities": communities,
            "members_per_community": members,
            "databases": ",".join(dialects),
            "load_average_1m": round(os.getloadavg()[0], 2),
        },
    )
