"""`groupops bench memory`: a worker's resident memory through a long run of messages in a
fixed population (`memory_history.py`, SQLite: it must stay flat), and, on PostgreSQL
(GROUPOPS_BENCH_POSTGRES), with 10,000 communities and 1,000,000 known members, and its cold
start time.

Each measurement is a fresh process (`python -m groupops.core.bench.memory SETTINGS [load]`):
cold start = process launch until the engine is started (settings read and validated,
database opened, directory synced, jobs armed) — what a restarted worker pays before it
consumes — in wall time and in the process's CPU time (on a shared machine the wall time is
mostly waiting for a core). Then every community's state is loaded (all members in memory,
the worst case: one worker owning every partition) and the resident set is read from /proc."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from ..cluster.launch import write_settings
from ..storage.database import open_database
from . import memory_history
from .harness import Figure, Report
from .rss import rss_mb
from .scratch import postgres_server, scratch_database

JOINED = datetime(2026, 1, 1, tzinfo=UTC)


def raw_settings(url: str, communities: int) -> dict:
    return {
        "database": {"url": url},
        "rulesets": {"bench": {"timezone": "Asia/Shanghai"}},
        "communities": {
            f"c{i}": {"ruleset": "bench", "chats": [f"local:c{i}"]} for i in range(communities)
        },
    }


async def seed(url: str, communities: int, members: int) -> None:
    """`members` member rows spread over the communities, written with COPY."""
    import asyncpg

    per = members // communities
    conn = await asyncpg.connect(url.replace("postgres://", "postgresql://", 1))
    try:
        for start in range(0, communities, 1000):
            rows = [
                (
                    f"c{c}",
                    f"local:user:{c}-{m}",
                    f"member {c}-{m}",
                    "member",
                    JOINED,
                    m,
                    m % 50,
                    "",
                    "",
                    "",
                    False,
                )
                for c in range(start, min(start + 1000, communities))
                for m in range(per)
            ]
            await conn.copy_records_to_table(
                "members",
                records=rows,
                columns=[
                    "community", "key", "name", "status", "joined_at", "messages", "balance",
                    "tier", "consumption", "handle", "join_seen",
                ],
            )  # fmt: skip
    finally:
        await conn.close()


def measure(settings_path: Path, load: bool) -> dict:
    started = time.perf_counter()
    process = subprocess.run(
        [sys.executable, "-m", "groupops.core.bench.memory", str(settings_path)]
        + (["load"] if load else []),
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "GROUPOPS_LOGGING__LEVEL": "WARNING"},
    )
    lines = [json.loads(line) for line in process.stdout.splitlines() if line.startswith("{")]
    result = {k: v for line in lines for k, v in line.items()}
    result["cold_start"] = result["ready_at"] - started
    return result


async def run(quick: bool) -> Report:
    events, talking = (8_000, 20) if quick else (80_000, 200)
    points = await asyncio.to_thread(memory_history.measure, events, talking)
    history = Report(
        "memory",
        memory_history.figures(points),
        {
            "history_events": events,
            "history_communities": talking,
            "history_members": talking * memory_history.MEMBERS,
            "history_days": memory_history.DAYS,
        },
    )
    if postgres_server() is None:  # the population figures need PostgreSQL
        history.parameters["load_average_1m"] = round(os.getloadavg()[0], 2)
        return history
    population = await _population(quick)
    population.figures[:0] = history.figures
    population.parameters = {**history.parameters, **population.parameters}
    return population


async def _population(quick: bool) -> Report:
    communities, members = (1_000, 100_000) if quick else (10_000, 1_000_000)
    async with scratch_database("postgres") as url:
        database = await open_database(url)
        await database.close()
        await seed(url, communities, members)
        with tempfile.TemporaryDirectory(prefix="groupops-bench-") as folder:
            big = write_settings(Path(folder) / "big.toml", raw_settings(url, communities))
            small = write_settings(Path(folder) / "small.toml", raw_settings(url, 1))
            await asyncio.to_thread(measure, big, False)  # first start: directory rows written
            baseline = await asyncio.to_thread(measure, small, False)
            loaded = await asyncio.to_thread(measure, big, True)
    return Report(
        "memory",
        [
            Figure(
                f"resident memory, {members:,} members loaded",
                loaded["loaded_rss"],
                "MB",
                "after start, nothing loaded",
                loaded["ready_rss"],
                better="lower",
            ),
            Figure(
                f"cold start, {communities:,} communities",
                loaded["cold_start"],
                "s",
                "cold start, 1 community",
                baseline["cold_start"],
                better="lower",
            ),
            Figure(
                f"cold start CPU, {communities:,} communities",
                loaded["ready_cpu"],
                "s",
                "cold start CPU, 1 community",
                baseline["ready_cpu"],
                better="lower",
            ),
            Figure("load every community's state", loaded["load_seconds"], "s", better="lower"),
        ],
        {
            "communities": communities,
            "members": members,
            "members_loaded": loaded["members"],
            "database": "postgres",
            "load_average_1m": round(os.getloadavg()[0], 2),
        },
    )


async def _child(settings_path: str, load: bool) -> None:
    from ..app import load_features
    from ..engine import Engine
    from ..settings import load_settings

    load_features()  # as `groupops worker` does first (inside the timed start, as there)
    settings, _ = load_settings(settings_path)
    database = await open_database(settings.database.url, migrate=False)
    engine = Engine(settings, database, [])
    await engine.start(adapters=False, scheduler=False, recover_outbox=False)
    # process_time counts from the process's launch: the interpreter's start-up is in it
    ready = {"ready_at": time.perf_counter(), "ready_cpu": time.process_time()}
    print(json.dumps({**ready, "ready_rss": rss_mb()}), flush=True)
    if load:
        started = time.perf_counter()
        for name in settings.communities:
            await engine.community_state(name)
        count = sum(len(state.members) for state in engine.state.loaded())
        elapsed = time.perf_counter() - started
        print(json.dumps({"loaded_rss": rss_mb(), "members": count, "load_seconds": elapsed}))
    await engine.stop(drain_timeout=0)
    await database.close()


if __name__ == "__main__":
    asyncio.run(_child(sys.argv[1], "load" in sys.argv[2:]))
