"""The long run of `groupops bench memory`: resident memory of one worker while a fixed
population keeps talking, with message history (replies and reactions to recent messages),
check-ins across many community days, questions, links and repeated texts.

Runs in a fresh process (`python -m groupops.core.bench.memory_history EVENTS COMMUNITIES`) on
SQLite and prints one JSON line per checkpoint: events so far, resident MB, wall and CPU
seconds. Flat resident memory means every in-memory structure is bounded: the population is
fixed, so nothing should grow with the number of messages. The local platform's own message
store (the fake server, not groupops) is emptied as the run goes."""

from __future__ import annotations

import asyncio
import gc
import json
import os
import random
import subprocess
import sys
import time
from datetime import timedelta
from typing import Any

from groupops.adapters.local import LocalAdapter, LocalWorld

from ..clock import ManualClock
from ..engine import Engine
from ..events import Event, ReactionChanged
from ..storage.database import open_database
from .harness import Figure
from .rss import rss_mb
from .scratch import scratch_database
from .workload import START, bench_settings

MEMBERS = 50  # per community: the population never changes
CHECKPOINTS = 8
CHUNK = 500
DAYS = 40  # the run spans this many community days: check-ins accumulate


def _population(world: LocalWorld, chats: list[str]) -> dict:
    members: dict[str, Any] = {}
    for index, chat_ref in enumerate(chats):
        chat = world.chat(chat_ref.partition(":")[2])
        members[chat.ref] = []
        for m in range(MEMBERS):
            user = world.user(f"{index}-{m}", f"user{index}-{m}")
            world.add_member(chat.ref, user)
            members[chat.ref].append(user)
    return members


def _warmup(world: LocalWorld, members: dict):
    """Every member says hello once before the first reading: the population is known."""
    world.clock.set(START - timedelta(hours=1))  # type: ignore[attr-defined]
    for chat, users in members.items():
        for user in users:
            yield START - timedelta(hours=1), world.message_event(chat, user, "hello")


def _events(world: LocalWorld, members: dict, count: int, seed: int = 11):
    """Yields (clock time, event); replies and reactions point at recent messages."""
    rng = random.Random(seed)
    recent: dict = {chat: [] for chat in members}
    step = timedelta(days=DAYS) / count
    for n in range(count):
        now = START + step * n
        world.clock.set(now)  # type: ignore[attr-defined]
        chat = rng.choice(list(members))
        user = rng.choice(members[chat])
        roll = rng.random()
        history = recent[chat]
        if roll < 0.05:
            event: Event = world.message_event(chat, user, "签到")
        elif roll < 0.15 and history:
            event = world.message_event(
                chat, user, f"answer {n}: try restarting it", reply_to=rng.choice(history)
            )
        elif roll < 0.25 and history:
            event = ReactionChanged(
                key=f"local:r{n}", chat=chat, time=now, member=user,
                message_id=rng.choice(history), added=("👍",),
            )  # fmt: skip
        elif roll < 0.35:
            event = world.message_event(chat, user, f"how do I configure module {n}?")
        elif roll < 0.40:
            event = world.message_event(chat, user, f"notes at https://example.com/doc/{n}")
        elif roll < 0.45:
            event = world.message_event(chat, user, "good morning everyone")  # repeated text
        else:
            event = world.message_event(chat, user, f"message {n} on topic {rng.randrange(999)}")
        if getattr(event, "message_id", None) and not isinstance(event, ReactionChanged):
            history.append(event.message_id)  # type: ignore[attr-defined]
            del history[:-50]
        yield now, event


async def _run(count: int, communities: int) -> None:
    from ..app import load_features

    load_features()  # a process of its own: nothing has registered the features yet
    settings, chats = bench_settings(communities)
    async with scratch_database("sqlite") as url:
        database = await open_database(url)
        clock = ManualClock(START)
        world = LocalWorld("local", clock)
        engine = Engine(settings, database, [LocalAdapter(world, service_events=False)], clock)
        await engine.start(scheduler=False)
        wall, cpu = time.perf_counter(), time.process_time()
        every = max(count // CHECKPOINTS, CHUNK)
        pending = []

        def report(done: int) -> None:
            gc.collect()
            print(json.dumps({
                "events": done, "rss": rss_mb(),
                "wall": time.perf_counter() - wall, "cpu": time.process_time() - cpu,
            }), flush=True)  # fmt: skip

        members = _population(world, chats)
        for now, event in _warmup(world, members):
            clock.set(now)
            pending.append(engine.submit_nowait(event))
        for future in pending:
            await future
        pending = []
        await engine.drain()
        world.log.clear()
        report(0)
        for n, (now, event) in enumerate(_events(world, members, count), start=1):
            clock.set(now)
            pending.append(engine.submit_nowait(event))
            if len(pending) >= CHUNK:
                for future in pending:
                    await future
                pending = []
                world.log.clear()  # the fake platform's stores, not groupops' memory
                for chat in world.chats.values():
                    chat.messages.clear()
            if n % every == 0 or n == count:
                for future in pending:
                    await future
                pending = []
                await engine.drain()
                report(n)
        await engine.stop()
        await database.close()


def measure(count: int, communities: int) -> list[dict]:
    """The checkpoints of one run in a fresh process."""
    process = subprocess.run(
        [sys.executable, "-m", __name__, str(count), str(communities)],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "GROUPOPS_LOGGING__LEVEL": "WARNING"},
    )
    return [json.loads(line) for line in process.stdout.splitlines() if line.startswith("{")]


def figures(points: list[dict]) -> list[Figure]:
    """Resident memory at each checkpoint against the reading after warm-up, with the wall
    and CPU time the run had taken by then."""
    start, rest = points[0], points[1:]
    out = [
        Figure(
            f"RSS after {p['events']:,} events ({p['wall']:.0f}s wall, {p['cpu']:.0f}s CPU)",
            p["rss"],
            "MB",
            "after warm-up",
            start["rss"],
            better="lower",
        )
        for p in rest
    ]
    first = rest[len(rest) // 4] if rest else start  # once the recent-posts window is full
    out.append(
        Figure(
            f"growth from {first['events']:,} to {points[-1]['events']:,} events",
            points[-1]["rss"] - first["rss"],
            "MB",
            better="lower",
        )
    )
    return out


if __name__ == "__main__":
    asyncio.run(_run(int(sys.argv[1]), int(sys.argv[2])))
