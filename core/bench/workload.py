"""Shared workload for engine benchmarks: many communities on the local adapter and a
deterministic stream of chatter, check-ins, keyword questions and joins.

Engine benchmarks measure the steady state: a warm-up message in every chat loads each
community's state and admin list before the clock starts (`groupops bench memory` measures
loading everything from cold)."""

from __future__ import annotations

import random
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from groupops.adapters.local import LocalAdapter, LocalWorld

from ..clock import ManualClock
from ..engine import Engine
from ..engine.collector import settled
from ..events import Event
from ..settings import Settings, validate_settings
from ..storage.database import open_database
from .scratch import scratch_database
from .threads import split, thread_seconds

START = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
TEXTS = (
    "good morning",
    "has anyone tried the new release?",
    "thanks, that helped",
    "what is the price?",
    "签到",
    "/checkin",
    "大家好",
    "deploy finished",
)


def bench_settings(communities: int) -> tuple[Settings, list[str]]:
    chats = [f"local:c{i}" for i in range(communities)]
    raw = {
        "rulesets": {
            "bench": {
                "timezone": "Asia/Shanghai",
                "autoreply": {"rules": [{"pattern": "price", "reply": "See the pinned message."}]},
            }
        },
        "communities": {
            f"c{i}": {"ruleset": "bench", "chats": [chats[i]]} for i in range(communities)
        },
    }
    return validate_settings(raw, "benchmark"), chats


@dataclass
class Workload:
    world: LocalWorld
    events: list[Event]
    warmup: list[Event]  # one message per chat, processed before timing starts


def make_workload(
    chats: Sequence[str], members_per_chat: int, count: int, seed: int = 7
) -> Workload:
    rng = random.Random(seed)
    clock = ManualClock(START)
    world = LocalWorld("local", clock)
    users = []
    warmup: list[Event] = []
    clock.set(START - timedelta(minutes=1))
    for index, chat_ref in enumerate(chats):
        chat = world.chat(chat_ref.partition(":")[2])
        for m in range(members_per_chat):
            user = world.user(f"{index}-{m}", f"user{index}-{m}")
            world.add_member(chat.ref, user)
            users.append((chat.ref, user))
        warmup.append(world.message_event(chat.ref, users[-1][1], "hello"))
    events: list[Event] = []
    for n in range(count):
        clock.set(START + timedelta(milliseconds=n * 20))
        where, user = users[rng.randrange(len(users))]
        if rng.random() < 0.01:
            newcomer = world.user(f"new-{n}", f"newcomer{n}")
            events.append(world.join_event(where, newcomer))
        else:
            events.append(world.message_event(where, user, rng.choice(TEXTS)))
    return Workload(world, events, warmup)


async def run_engine(
    settings: Settings, workload: Workload, pipeline: Sequence[str] | None, dialect: str = "sqlite"
) -> dict[str, float]:
    """Push every event through a fresh engine on a fresh database; wall and CPU seconds
    (and, where the system tells, CPU seconds of the event loop and of the other threads)."""
    async with scratch_database(dialect) as url:
        database = await open_database(url)
        clock = ManualClock(START + timedelta(days=1))
        adapter = LocalAdapter(workload.world, service_events=False)
        engine = Engine(settings, database, [adapter], clock, pipeline=pipeline)
        await engine.start(scheduler=False)
        for event in workload.warmup:
            await engine.submit_nowait(event)
        await engine.drain()
        sent_before = engine.outbox.sent
        with settled():  # as `groupops run` does once started
            threads = thread_seconds()
            wall, cpu = time.perf_counter(), time.process_time()
            futures = [engine.submit_nowait(event) for event in workload.events]
            for future in futures:
                await future
            await engine.drain()
            wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
            by_thread = split(threads, thread_seconds())
        actions = engine.outbox.sent - sent_before
        await engine.stop()
        await database.close()
    measured = {"wall": wall, "cpu": cpu, "actions": actions}
    if by_thread is not None:  # where the CPU went: event loop, database thread (SQLite)
        measured.update(loop_cpu=by_thread["loop"], others_cpu=by_thread["others"])
    return measured
