"""`groupops bench campaigns`: what running campaigns cost the engine, and how fast a draw is.

1. events/s through the default pipeline with a check-in challenge, a referral campaign and a
   multiplier running in every community, against the same pipeline with no campaign. Both
   include delivery: the campaigns answer check-ins (progress, bonus), so more is sent.
2. A draw's shuffle of N entrants (SHA-256 counter stream, rejection sampling), against
   `random.Random(seed).shuffle` of the same list (fast, but not recomputable by others from
   published values with a documented algorithm); and `verify` of the published record.
"""

from __future__ import annotations

import random
import time

from ..campaigns.draw import DrawRecord, draw_order, entrants_digest, seed_of, verify
from ..settings import validate_settings
from .harness import Figure, Report
from .workload import bench_settings, make_workload, run_engine

CAMPAIGNS = {
    "streak": {"kind": "challenge", "days": 7, "points": 20, "ends": "30d"},
    "grow": {"kind": "referral", "goal": 3, "stay_days": 3, "ends": "30d"},
    "double": {"kind": "multiplier", "factor": "2", "ends": "30d"},
}


def _with_campaigns(communities: int):
    settings, chats = bench_settings(communities)
    raw = settings.model_dump(mode="json")
    raw["rulesets"]["bench"]["campaigns"] = CAMPAIGNS
    return validate_settings(raw, "benchmark"), chats


def _timed(function, *args) -> tuple[float, object]:
    start = time.perf_counter()
    result = function(*args)
    return time.perf_counter() - start, result


async def run(quick: bool) -> Report:
    communities, members, count = (20, 20, 5_000) if quick else (200, 50, 50_000)
    entrants_n = 10_000 if quick else 100_000
    plain, chats = bench_settings(communities)
    busy, _ = _with_campaigns(communities)
    base = await run_engine(plain, make_workload(chats, members, count), pipeline=None)
    with_campaigns = await run_engine(busy, make_workload(chats, members, count), pipeline=None)

    entrants = [f"telegram:user:{n}" for n in range(entrants_n)]
    digest = entrants_digest(entrants)
    seed = seed_of(digest, "bench-secret")
    shuffle_s, order = _timed(draw_order, entrants, seed)
    baseline = list(entrants)
    baseline_s, _ = _timed(random.Random(seed).shuffle, baseline)
    record = DrawRecord("bench", "draw", entrants, digest, "", "bench-secret", 3, order[:3])  # type: ignore[index]
    verify_s, _ = _timed(verify, record)
    return Report(
        "campaigns",
        [
            Figure(
                "pipeline with 3 campaigns running",
                count / with_campaigns["wall"],
                "events/s",
                "no campaigns",
                count / base["wall"],
            ),
            Figure(
                "pipeline with 3 campaigns running (CPU)",
                count / with_campaigns["cpu"],
                "events/s",
                "no campaigns",
                count / base["cpu"],
            ),
            Figure(
                "actions delivered",
                with_campaigns["actions"],
                "actions",
                "no campaigns",
                base["actions"],
                better="lower",
            ),
            Figure(
                "draw shuffle",
                entrants_n / shuffle_s,
                "entrants/s",
                "random.shuffle",
                entrants_n / baseline_s,
            ),
            Figure("verify a published draw", verify_s * 1000, "ms", better="lower"),
        ],
        {
            "events": count,
            "communities": communities,
            "members_per_community": members,
            "entrants": entrants_n,
            "database": "sqlite",
        },
    )
