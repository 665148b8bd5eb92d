"""Waiting out aiosqlite's worker threads after a failed connect.

When a SQLite file cannot be opened, aiosqlite stops the connection's worker thread without
waiting for it; the thread then reports to the event loop, and if the command has closed the
loop by then, Python prints two `Event loop is closed` tracebacks after the one-line error.
"""

from __future__ import annotations

import asyncio
import threading

from aiosqlite import core

SETTLE_SECONDS = 2.0  # a worker that has been told to stop finishes within milliseconds


def worker_threads() -> set[threading.Thread]:
    """aiosqlite's worker threads alive now (a thread keeps its target while it runs)."""
    target = getattr(core, "_connection_worker_thread", None)
    return {t for t in threading.enumerate() if target and getattr(t, "_target", None) is target}


async def settle(before: set[threading.Thread]) -> None:
    """Keep the loop running until the workers started since `before` have stopped."""
    started = worker_threads() - before
    loop = asyncio.get_running_loop()
    deadline = loop.time() + SETTLE_SECONDS
    while any(t.is_alive() for t in started) and loop.time() < deadline:
        await asyncio.sleep(0.005)
