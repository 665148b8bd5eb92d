"""The three delivery scenarios of `groupops bench delivery`, each against the local fake Bot
API (fake_api.py) through the aiogram driver, with replies to group messages as the actions.

- outage: the Bot API answers 502 to every send for ten minutes. The minutes pass on a
  virtual loop clock (aiotools' VirtualClock: a sleep returns at once and moves the clock),
  so retries and backoff run as they would, without waiting them out.
- storm: a share of the sends is answered 429 with a retry_after of 1-5 s, on the same
  virtual clock; every reply must arrive, once, in each chat's order.
- kills: `groupops run` in a subprocess (child.py), SIGKILLed while it sends and started
  again; the fake counts every reply it accepted, so duplicates are counted where they land.
"""

from __future__ import annotations

import asyncio
import os
import resource
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from aiotools import VirtualClock

from groupops.core.adapter import RateLimits
from groupops.core.cluster.launch import write_settings
from groupops.core.engine import Engine
from groupops.core.errors import GroupopsError
from groupops.core.settings import validate_settings
from groupops.core.storage.database import open_database

from ..aiogram_driver import AiogramAdapter
from .fake_api import BOT, TOKEN, FakeBotAPI, chat_id

CHILD = "groupops.adapters.telegram.delivery_bench.child"  # `groupops run`, unpaced
GIVE_UP_SECONDS = 900.0  # a scenario that has not finished by then reports what it has


class BenchFailed(GroupopsError):
    """A scenario could not run (its `groupops run` stopped by itself)."""


def bench_settings(db_url: str, chats: int, concurrency: int = 16) -> dict[str, Any]:
    return {
        "database": {"url": db_url},
        "engine": {"delivery_concurrency": concurrency},
        "rulesets": {
            "bench": {
                "timezone": "UTC",
                "pipeline": ["autoreply"],
                "autoreply": {"rules": [{"pattern": "ping", "reply": "pong", "cooldown": "0s"}]},
            }
        },
        "communities": {
            f"c{i}": {"ruleset": "bench", "chats": [f"telegram:{chat_id(i)}"]} for i in range(chats)
        },
    }


def post_messages(fake: FakeBotAPI, count: int, chats: int) -> None:
    for n in range(count):
        fake.post(chat_id(n % chats), 1000 + n % 50, "ping")


def tally(fake: FakeBotAPI, count: int) -> dict[str, Any]:
    answered = fake.answered()
    return {
        "messages": count,
        "delivered": len(answered),
        "lost": count - len(answered),
        "duplicates": len(fake.replies) - len(answered),
        "chats_out_of_order": fake.out_of_order(),
        "refused_502": fake.refused[502],
        "refused_429": fake.refused[429],
    }


async def in_process(count: int, chats: int, *, outage: float = 0.0, storm: float = 0.0) -> dict:
    """Replies through an in-process engine and the aiogram driver on a virtual clock."""
    fake = FakeBotAPI()
    url = await fake.start()
    post_messages(fake, count, chats)
    loop = asyncio.get_running_loop()
    clock = VirtualClock()
    clock.vtime = loop.time()
    with tempfile.TemporaryDirectory(prefix="groupops-bench-") as folder:
        raw = bench_settings(f"sqlite://{Path(folder) / 'bench.db'}", chats)
        settings = validate_settings(raw, "bench")
        database = await open_database(settings.database.url)
        adapter = AiogramAdapter(TOKEN, base_url=url, rate_limits=RateLimits())
        engine = Engine(settings, database, [adapter])
        wall, cpu = time.perf_counter(), time.process_time()
        try:
            with clock.patch_loop():
                started = loop.time()
                await engine.start(adapters=False, scheduler=False)
                await adapter.open()
                adapter.bot_id = BOT["id"]
                adapter.attach(engine)
                fake.outage_until = started + outage
                fake.storm = storm
                for update in fake.updates:
                    await adapter.handle_update(update)
                # Bounded on the wall clock: the virtual one also jumps while SQLite's thread works.
                deadline = time.monotonic() + GIVE_UP_SECONDS
                while len(fake.answered()) < count and time.monotonic() < deadline:
                    await asyncio.sleep(1)
            await engine.stop(drain_timeout=5)  # on the wall clock: writes in a thread finish
        finally:
            await database.close()
            await fake.close()
    return tally(fake, count) | {
        "wall": time.perf_counter() - wall,
        "cpu": time.process_time() - cpu,
    }


def _start(path: Path, log: Path) -> subprocess.Popen:
    env = {
        **os.environ,
        "GROUPOPS_PLATFORMS__TELEGRAM__TOKEN": TOKEN,
        "GROUPOPS_LOGGING__LEVEL": "WARNING",
    }
    with log.open("ab") as out:
        return subprocess.Popen(
            [sys.executable, "-m", CHILD, "--settings", str(path)],
            stdout=out,
            stderr=subprocess.STDOUT,
            env=env,
        )


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


async def kills(count: int, chats: int, concurrency: int, kill_at: list[int]) -> dict:
    """`groupops run` as a subprocess, SIGKILLed when the fake has accepted `kill_at` replies."""
    fake = FakeBotAPI()
    url = await fake.start()
    post_messages(fake, count, chats)
    killed = 0
    with tempfile.TemporaryDirectory(prefix="groupops-bench-") as folder:
        raw = bench_settings(f"sqlite://{Path(folder) / 'bench.db'}", chats, concurrency)
        raw["platforms"] = {"telegram": {"adapter": "aiogram", "base_url": url, "poll_timeout": 1}}
        path = write_settings(Path(folder) / "settings.toml", raw)
        log = Path(folder) / "run.log"
        wall, cpu, children = time.perf_counter(), time.process_time(), _children_cpu()
        process = _start(path, log)
        try:
            deadline = time.monotonic() + GIVE_UP_SECONDS
            while len(fake.answered()) < count and time.monotonic() < deadline:
                if killed < len(kill_at) and len(fake.replies) >= kill_at[killed]:
                    process.send_signal(signal.SIGKILL)
                    await asyncio.to_thread(process.wait)
                    killed += 1
                    process = _start(path, log)
                if process.poll() is not None:  # it stopped on its own: say why
                    lines = log.read_text().strip().splitlines()
                    raise BenchFailed(f"groupops run exited: {lines[-1] if lines else '?'}")
                await asyncio.sleep(0.002)
            await asyncio.sleep(1.0)  # anything still on its way
        finally:
            process.send_signal(signal.SIGTERM)
            await asyncio.to_thread(process.wait, 60)
            await fake.close()
        errors = [line for line in log.read_text().splitlines() if "ERROR" in line]
    return tally(fake, count) | {
        "kills": killed,
        "concurrency": concurrency,
        "errors_logged": len(errors),
        "wall": time.perf_counter() - wall,
        "cpu": time.process_time() - cpu,
        "children_cpu": _children_cpu() - children,
    }
