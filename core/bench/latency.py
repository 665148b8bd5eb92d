"""`groupops bench latency`: how long a member waits for the bot's reply at a steady
1,000 events/s: from the moment an event is due (offered on a fixed schedule, so a slow engine
cannot slow the offers down and hide its own delay) to the moment its reply leaves the outbox
for the platform (the local adapter's `reply`).

The default ruleset on SQLite against the same schedule through an engine that only answers
(the auto-reply component alone: intake, commit, outbox, delivery). Replies come from
check-ins and auto-replies, about one event in three of the workload's chatter.
"""

from __future__ import annotations

import asyncio
import os
import statistics
import time
from collections.abc import Sequence
from datetime import timedelta

from groupops.adapters.local import LocalAdapter

from ..actions import Reply
from ..adapter import ActionResult
from ..clock import ManualClock
from ..engine import Engine
from ..engine.collector import settled
from ..events import MessageEvent
from ..settings import Settings
from ..storage.database import open_database
from .harness import Figure, Report
from .scratch import scratch_database
from .workload import START, Workload, bench_settings, make_workload

RATE = 1_000  # events offered per second
TICK = 0.001  # how often the offering loop wakes


class TimedAdapter(LocalAdapter):
    """The local adapter noting when the first reply to each message leaves."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.replied: dict[str, float] = {}

    async def reply(self, action: Reply) -> ActionResult:
        self.replied.setdefault(action.reply_to, time.perf_counter())
        return await super().reply(action)


async def offer(engine: Engine, events: Sequence, rate: float) -> dict[str, float]:
    """Submit each event when it is due; the due time of each message, by message id."""
    due: dict[str, float] = {}
    start = time.perf_counter()
    sent = 0
    while sent < len(events):
        ready = min(len(events), int((time.perf_counter() - start) * rate) + 1)
        for index in range(sent, ready):
            event = events[index]
            if isinstance(event, MessageEvent):
                due[event.message_id] = start + index / rate
            engine.submit_nowait(event)
        sent = ready
        await asyncio.sleep(TICK)
    return due


async def measure(
    settings: Settings, workload: Workload, pipeline: Sequence[str] | None
) -> dict[str, float]:
    async with scratch_database("sqlite") as url:
        database = await open_database(url)
        adapter = TimedAdapter(workload.world, service_events=False)
        clock = ManualClock(START + timedelta(days=1))
        engine = Engine(settings, database, [adapter], clock, pipeline=pipeline)
        await engine.start(scheduler=False)
        for event in workload.warmup:
            await engine.submit_nowait(event)
        await engine.drain()
        adapter.replied.clear()
        with settled():  # as `groupops run` does once started
            cpu, wall = time.process_time(), time.perf_counter()
            due = await offer(engine, workload.events, RATE)
            await engine.drain()
            cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
        await engine.stop()
        await database.close()
    waits = sorted(
        (left - due[message]) * 1e3 for message, left in adapter.replied.items() if message in due
    )
    if not waits:
        raise RuntimeError("no reply left the outbox: nothing to measure")
    cuts = statistics.quantiles(waits, n=100, method="inclusive")
    return {
        "p50": cuts[49],
        "p99": cuts[98],
        "max": waits[-1],
        "replies": len(waits),
        "cpu_share": cpu / wall,  # of one core
    }


async def run(quick: bool) -> Report:
    communities, members, count = (20, 20, 2_000) if quick else (200, 50, 20_000)
    settings, chats = bench_settings(communities)
    answer_only = await measure(settings, make_workload(chats, members, count), ("autoreply",))
    full = await measure(settings, make_workload(chats, members, count), None)
    baseline = "auto-reply only"
    figures = [
        Figure(f"{name}, default pipeline", full[key], "ms", baseline, answer_only[key], "lower")
        for name, key in (("p50 event to reply", "p50"), ("p99 event to reply", "p99"))
    ]
    figures += [
        Figure(
            "slowest reply, default pipeline",
            full["max"],
            "ms",
            baseline,
            answer_only["max"],
            "lower",
        ),
        Figure("replies timed, default pipeline", full["replies"], "replies"),
        Figure(
            "CPU busy, default pipeline",
            full["cpu_share"] * 100,
            "% of a core",
            baseline,
            answer_only["cpu_share"] * 100,
            "lower",
        ),
    ]
    return Report(
        "latency",
        figures,
        {
            "events": count,
            "rate_per_second": RATE,
            "communities": communities,
            "members_per_community": members,
            "database": "sqlite",
            "load_average_1m": round(os.getloadavg()[0], 2),
        },
    )
