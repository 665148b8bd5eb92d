"""CPU seconds (user + system) of other processes, read from /proc (Linux): a cluster
benchmark's workers and the servers beside them share the machine's cores, and which of them
used the CPU explains the figure. Elsewhere every reading is None."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

PROC = Path("/proc")
TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def cpu_of(pid: int) -> float | None:
    """The process's CPU seconds so far; None once it is gone (or without /proc)."""
    try:
        stat = (PROC / str(pid) / "stat").read_text()
    except OSError:
        return None
    # fields after the command name, which is in parentheses and may hold spaces
    fields = stat[stat.rindex(")") + 2 :].split()
    return (int(fields[11]) + int(fields[12])) / TICKS  # utime, stime


def named(prefixes: Iterable[str]) -> list[int]:
    """The ids of processes whose command name starts with one of `prefixes`."""
    wanted = tuple(prefixes)
    found: list[int] = []
    if not PROC.is_dir():
        return found
    for entry in PROC.iterdir():
        if not entry.name.isdecimal():
            continue
        try:
            command = (entry / "comm").read_text().strip()
        except OSError:
            continue
        if command.startswith(wanted):
            found.append(int(entry.name))
    return found


class CpuMeter:
    """CPU seconds that processes spent between `start()` and `stop()`: the given ids, and
    those named with one of `names` (a server's connection processes come and go)."""

    def __init__(self, pids: Iterable[int] = (), names: Iterable[str] = ()) -> None:
        self.pids = list(pids)
        self.names = tuple(names)
        self.before: dict[int, float] = {}

    def _current(self) -> set[int]:
        return set(self.pids) | set(named(self.names) if self.names else ())

    def start(self) -> None:
        readings = {pid: cpu_of(pid) for pid in self._current()}
        self.before = {pid: cpu for pid, cpu in readings.items() if cpu is not None}

    def stop(self) -> float | None:
        """The CPU seconds since `start()` (a process that ended since counts what it had
        at the start); None where nothing could be read."""
        pids = self._current() | set(self.before)
        if not pids or not PROC.is_dir():
            return None
        spent = 0.0
        for pid in pids:
            before = self.before.get(pid, 0.0)  # started since: all its time is in the run
            after = cpu_of(pid)
            spent += (after if after is not None else before) - before
        return spent
