"""`groupops bench workers`: events/s through the cluster with 1 and with 2 `groupops worker`
processes on PostgreSQL and Redis Streams (the 1-worker run is the baseline).

Needs GROUPOPS_BENCH_POSTGRES (a server URL) and Redis (GROUPOPS_BENCH_REDIS, default
redis://127.0.0.1:6379/0). The clock starts when the workers hold their shares of the
partitions and the events are published; it stops when every event is committed.

Beside wall time it reads (Linux, /proc) the CPU the workers, PostgreSQL and Redis spent in
that window: where they run on the same cores, a second worker can only be as fast as the
cores the servers leave it."""

from __future__ import annotations

import asyncio
import os
import signal
import tempfile
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

from redis.asyncio import Redis

from ..cluster.intake import StreamIntake
from ..cluster.launch import drop_keys, start_worker, write_settings
from ..cluster.partitions import Keys
from ..settings import validate_settings
from ..storage.database import open_database
from .harness import Figure, Report
from .proc_cpu import CpuMeter
from .scratch import scratch_database
from .workload import make_workload

REDIS_ENV = "GROUPOPS_BENCH_REDIS"
PARTITIONS = 16
POLL = 0.1  # seconds between counts of committed events (a count is a scan in PostgreSQL)
SERVERS = {"postgres": ("postgres",), "redis": ("redis-server",)}  # process names on this host


@dataclass(frozen=True, slots=True)
class ClusterRun:
    seconds: float
    cpu: dict[str, float | None]  # CPU seconds in the timed window: workers and each server


def bench_raw(db_url: str, redis_url: str, prefix: str, communities: int) -> dict:
    return {
        "database": {"url": db_url},
        "cluster": {"redis_url": redis_url, "prefix": prefix, "partitions": PARTITIONS},
        "rulesets": {
            "bench": {
                "timezone": "Asia/Shanghai",
                "autoreply": {"rules": [{"pattern": "price", "reply": "See the pinned message."}]},
            }
        },
        "communities": {
            f"c{i}": {"ruleset": "bench", "chats": [f"local:c{i}"]} for i in range(communities)
        },
    }


async def _committed(database) -> int:
    _, rows = await database.connection.execute_query("SELECT count(*) AS n FROM processed_events")
    return int(rows[0]["n"])


async def _balanced(redis: Redis, keys: Keys, workers: int) -> bool:
    owners = await redis.mget([keys.lease(p) for p in range(PARTITIONS)])
    if any(owner is None for owner in owners):
        return False
    counts = {owner: owners.count(owner) for owner in set(owners)}
    return len(counts) == workers and max(counts.values()) <= -(-PARTITIONS // workers)


async def run_cluster(workers: int, count: int, communities: int, redis_url: str) -> ClusterRun:
    """Seconds (and CPU seconds) for `count` events through `workers` worker processes."""
    events = make_workload([f"local:c{i}" for i in range(communities)], 50, count).events
    redis = Redis.from_url(redis_url)
    keys = Keys(f"groupops-bench-{uuid.uuid4().hex[:8]}")
    async with scratch_database("postgres") as url:
        raw = bench_raw(url, redis_url, keys.prefix, communities)
        database = await open_database(url)
        processes = []
        with tempfile.TemporaryDirectory(prefix="groupops-bench-") as folder:
            path = write_settings(Path(folder) / "settings.toml", raw)
            try:
                processes = [start_worker(path, Path(folder) / "log") for _ in range(workers)]
                while not await _balanced(redis, keys, workers):
                    await asyncio.sleep(0.1)
                meters = {"workers": CpuMeter(p.pid for p in processes)}
                meters |= {name: CpuMeter(names=names) for name, names in SERVERS.items()}
                meters["publisher"] = CpuMeter([os.getpid()])  # this process: publish and poll
                for meter in meters.values():
                    meter.start()
                started = time.perf_counter()
                await StreamIntake(validate_settings(raw, "bench"), redis).publish(events)
                while await _committed(database) < count:
                    await asyncio.sleep(POLL)
                elapsed = time.perf_counter() - started
                cpu = {name: meter.stop() for name, meter in meters.items()}
            finally:
                for process in processes:
                    process.send_signal(signal.SIGTERM)
                for process in processes:
                    process.wait(timeout=60)
                await database.close()
                await drop_keys(redis, keys)
                await redis.aclose()
    return ClusterRun(elapsed, cpu)


def cpu_figures(label: str, run: ClusterRun, baseline: ClusterRun, count: int) -> list[Figure]:
    """CPU per 1,000 events of the workers and of each server, 2 workers beside 1."""
    figures = []
    for name, spent in run.cpu.items():
        before = baseline.cpu.get(name)
        if spent is None or before is None:
            continue
        figures.append(
            Figure(f"  CPU, {name}", spent * 1000 / count * 1000, "ms / 1,000 events",
                   f"{label}", before * 1000 / count * 1000, better="lower")
        )  # fmt: skip
    busy = [spent for spent in run.cpu.values() if spent is not None]
    if busy:
        cores = os.cpu_count() or 1
        figures.append(
            Figure("  cores busy (all of the above)", sum(busy) / run.seconds, "cores",
                   f"of {cores}", float(cores))
        )  # fmt: skip
    return figures


async def run(quick: bool) -> Report:
    count, communities = (4_000, 40) if quick else (40_000, 200)
    redis_url = os.environ.get(REDIS_ENV, "redis://127.0.0.1:6379/0")
    one = await run_cluster(1, count, communities, redis_url)
    two = await run_cluster(2, count, communities, redis_url)
    return Report(
        "workers",
        [
            Figure("2 workers", count / two.seconds, "events/s", "1 worker", count / one.seconds),
            *cpu_figures("1 worker", two, one, count),
        ],
        {
            "events": count,
            "communities": communities,
            "partitions": PARTITIONS,
            "database": "postgres",
            "cpus": os.cpu_count(),
            "load_average_1m": round(os.getloadavg()[0], 2),
        },
    )
