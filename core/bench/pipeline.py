"""`groupops bench pipeline`: events/s through the engine with the default pipeline, against
the same events through an engine with an empty pipeline (intake, dedupe, commit, outbox)."""

from __future__ import annotations

from .harness import Figure, Report
from .workload import bench_settings, make_workload, run_engine


async def run(quick: bool) -> Report:
    communities, members, count = (20, 20, 5_000) if quick else (200, 50, 50_000)
    settings, chats = bench_settings(communities)
    empty = await run_engine(settings, make_workload(chats, members, count), pipeline=())
    full = await run_engine(settings, make_workload(chats, members, count), pipeline=None)
    return Report(
        "pipeline",
        [
            Figure(
                "default pipeline",
                count / full["wall"],
                "events/s",
                "empty pipeline",
                count / empty["wall"],
            ),
            Figure(
                "default pipeline (CPU)",
                count / full["cpu"],
                "events/s",
                "empty pipeline",
                count / empty["cpu"],
            ),
            Figure("actions delivered", full["actions"], "actions"),
        ],
        {
            "events": count,
            "communities": communities,
            "members_per_community": members,
            "database": "sqlite",
        },
    )
