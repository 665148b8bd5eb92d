"""The process's resident memory, read from /proc (Linux); 0 elsewhere."""

from __future__ import annotations

from pathlib import Path


def rss_mb() -> float:
    status = Path("/proc/self/status")
    if not status.exists():
        return 0.0
    for line in status.read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0
