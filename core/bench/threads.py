"""CPU time per thread of this process, to split an engine run between the event loop and the
database's worker thread (SQLite runs in one). Linux only (`/proc/self/task`); elsewhere the
split is simply not reported."""

from __future__ import annotations

import os
import threading
from pathlib import Path

TASKS = Path("/proc/self/task")


def thread_seconds() -> dict[int, float]:
    """CPU seconds (user + system) of each live thread, by native thread id."""
    if not TASKS.is_dir():
        return {}
    tick = os.sysconf("SC_CLK_TCK")
    found: dict[int, float] = {}
    for task in TASKS.iterdir():
        try:
            # The fields after the command name: utime and stime are the 12th and 13th.
            fields = (task / "stat").read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue  # the thread ended meanwhile
        found[int(task.name)] = (int(fields[11]) + int(fields[12])) / tick
    return found


def split(before: dict[int, float], after: dict[int, float]) -> dict[str, float] | None:
    """CPU seconds between two readings: this (the event loop's) thread and all the others."""
    if not after:
        return None
    main = threading.get_native_id()
    spent = {tid: seconds - before.get(tid, 0.0) for tid, seconds in after.items()}
    loop = spent.pop(main, 0.0)
    return {"loop": loop, "others": sum(spent.values())}
