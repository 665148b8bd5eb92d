"""`groupops bench cli`: how long the command line takes to start, against a bare
`python -c pass` started the same way in the same run.

Each command runs in a fresh interpreter (this one's), several times; the figures are the
medians of wall time and of the child's CPU time (user + system, from `wait4`). `check` reads
the settings files `groupops init` writes for a Telegram group (aiogram, its default driver).
Bytecode caches are allowed in the children even if PYTHONDONTWRITEBYTECODE is set here, as
after `pip install` (which compiles them): a first untimed run of each command writes them.
"""

from __future__ import annotations

import asyncio
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from ..onboarding.plan import Plan, SeenChat
from ..onboarding.writer import write_files
from ..refs import Ref
from .harness import Figure, Report

BARE = ("python -c pass", ["-c", "pass"])
CLI = ["-m", "groupops.core.cli"]
# what `groupops init` writes for a Telegram group with its default driver: check loads the
# driver's class to check its options
INIT_PLAN = Plan(
    platforms={"telegram": {"adapter": "aiogram", "mode": "polling"}},
    secrets={"telegram": {"token": "123456789:" + "A" * 35}},
    chats=[SeenChat(Ref.chat("telegram", -1001234567890), "Main group")],
)


def commands(settings: Path) -> list[tuple[str, list[str]]]:
    return [
        ("groupops --help", [*CLI, "--help"]),
        ("groupops check", [*CLI, "check", "--settings", str(settings)]),
    ]


def timed(arguments: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall and CPU seconds of one run of this interpreter with `arguments`."""
    started = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, *arguments],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - started
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise RuntimeError(f"{' '.join(arguments)} exited {child.returncode}")
    return wall, usage.ru_utime + usage.ru_stime


def measure(runs: int) -> dict[str, tuple[float, float]]:
    """Median wall and CPU seconds of each command, by name."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    with tempfile.TemporaryDirectory(prefix="groupops-bench-") as folder:
        settings = Path(folder) / "settings.toml"
        write_files(INIT_PLAN, settings)
        runnable = [BARE, *commands(settings)]
        for _, arguments in runnable:
            timed(arguments, env)  # writes bytecode caches; not counted
        samples: dict[str, list[tuple[float, float]]] = {name: [] for name, _ in runnable}
        for _ in range(runs):  # interleaved: a burst of load on a shared machine hits all alike
            for name, arguments in runnable:
                samples[name].append(timed(arguments, env))
    return {
        name: (statistics.median(w for w, _ in got), statistics.median(c for _, c in got))
        for name, got in samples.items()
    }


async def run(quick: bool) -> Report:
    runs = 3 if quick else 11
    found = await asyncio.to_thread(measure, runs)
    bare_wall, bare_cpu = found[BARE[0]]
    figures: list[Figure] = [
        Figure(f"{BARE[0]}, wall", bare_wall * 1e3, "ms", better="lower"),
        Figure(f"{BARE[0]}, CPU", bare_cpu * 1e3, "ms", better="lower"),
    ]
    for name, (wall, cpu) in found.items():
        if name == BARE[0]:
            continue
        figures += [
            Figure(f"{name}, wall", wall * 1e3, "ms", BARE[0], bare_wall * 1e3, "lower"),
            Figure(f"{name}, CPU", cpu * 1e3, "ms", BARE[0], bare_cpu * 1e3, "lower"),
            Figure(
                f"{name} over bare python, wall", (wall - bare_wall) * 1e3, "ms", better="lower"
            ),
            Figure(f"{name} over bare python, CPU", (cpu - bare_cpu) * 1e3, "ms", better="lower"),
        ]
    return Report(
        "cli",
        figures,
        {"runs": runs, "statistic": "median", "load_average_1m": round(os.getloadavg()[0], 2)},
    )
