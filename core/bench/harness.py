"""Benchmark registry and report formatting."""

from __future__ import annotations

import importlib
import os
import platform
import sys
from collections.abc import Awaitable, Callable
from dataclasses import asdict, dataclass, field
from typing import Any

from ..extras import missing_extra


@dataclass(frozen=True, slots=True)
class Figure:
    name: str
    value: float
    unit: str
    baseline: str | None = None  # the baseline's name, measured in the same run
    baseline_value: float | None = None
    better: str = "higher"  # or "lower"

    @property
    def ratio(self) -> float | None:
        if self.baseline_value in (None, 0):
            return None
        return self.value / self.baseline_value


@dataclass(slots=True)
class Report:
    name: str
    figures: list[Figure]
    parameters: dict[str, Any] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {
            "benchmark": self.name,
            "parameters": self.parameters,
            "machine": machine(),
            "figures": [{**asdict(f), "ratio": f.ratio} for f in self.figures],
        }

    def as_text(self) -> str:
        params = ", ".join(f"{k}={v}" for k, v in self.parameters.items())
        lines = [f"{self.name} ({params})"]
        for f in self.figures:
            line = f"  {f.name:<36} {_num(f.value):>12} {f.unit}"
            if f.baseline is not None and f.baseline_value is not None:
                line += f"   vs {f.baseline}: {_num(f.baseline_value)} {f.unit}"
                if f.ratio is not None:
                    line += f" (x{f.ratio:.2f})"
            lines.append(line)
        return "\n".join(lines)


def _num(value: float) -> str:
    return f"{value:,.0f}" if abs(value) >= 100 else f"{value:,.3g}"


def machine() -> dict[str, Any]:
    return {
        "python": sys.version.split()[0],
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
    }


@dataclass(frozen=True, slots=True)
class Benchmark:
    module: str  # imported only when the benchmark runs; it defines `async def run(quick)`
    description: str


BENCHMARKS: dict[str, Benchmark] = {
    "pipeline": Benchmark(
        "groupops.core.bench.pipeline",
        "events/s through the engine on the local adapter with SQLite",
    ),
    "latency": Benchmark(
        "groupops.core.bench.latency",
        "p50 and p99 from an event to its reply leaving the outbox at a steady 1,000 events/s",
    ),
    "workers": Benchmark(
        "groupops.core.bench.workers",
        "events/s with 2 vs 1 worker processes on PostgreSQL and Redis",
    ),
    "memory": Benchmark(
        "groupops.core.bench.memory",
        "resident memory over 80,000 events (flat); with 1,000,000 members; cold start",
    ),
    "campaigns": Benchmark(
        "groupops.core.bench.campaigns",
        "events/s with campaigns running; entrants/s of a verifiable draw",
    ),
    "checkin-burst": Benchmark(
        "groupops.core.bench.checkin_burst",
        "1,000 check-ins within one second at day start: ledger committed, replies queued",
    ),
    "metrics": Benchmark(
        "groupops.core.bench.metrics",
        "the activity recorder's cost per event, and a week's KPIs per community",
    ),
    "cli": Benchmark(
        "groupops.core.bench.cli",
        "start-up of `groupops --help` and `groupops check` beside a bare `python -c pass`",
    ),
    "drivers": Benchmark(
        "groupops.adapters.telegram.bench",
        "updates/s through the aiogram and PTB drivers: groupops vs a no-op handler",
    ),
    "delivery": Benchmark(
        "groupops.adapters.telegram.delivery_bench",
        "a 10-minute 5xx outage, 3 SIGKILLs while sending, a 429 storm: lost and doubled",
    ),
    "moderation": Benchmark(
        "groupops.core.bench.moderation",
        "messages/s through moderation: 10,000 blocklist entries, 100 RE2 regexes",
    ),
}


async def run_benchmark(name: str, *, quick: bool = False) -> Report:
    try:
        module = importlib.import_module(BENCHMARKS[name].module)
    except ModuleNotFoundError as exc:
        raise missing_extra(f"groupops bench {name}", exc) from None
    run: Callable[[bool], Awaitable[Report]] = module.run
    return await run(quick)
