"""`groupops bench checkin-burst`: 1,000 members check in within the same second at the
start of a community day, on SQLite, through the full default pipeline.

Measured: the time until every check-in's ledger entry and balance move are committed and
its reply is queued in the outbox (the submitters' futures resolve only after the commit).
Baseline, in the same run and on the same engine: the same members each saying "good
morning" within one second a moment earlier (chatter: no ledger entry, no reply).
"""

from __future__ import annotations

import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from groupops.adapters.local import LocalAdapter, LocalWorld

from ..clock import ManualClock
from ..engine import Engine
from ..settings import validate_settings
from ..storage.models import LedgerEntry, OutboxItem
from .harness import Figure, Report

DAY_START = datetime(2026, 3, 3, 20, 0, tzinfo=UTC)  # 04:00 on March 4 in Asia/Shanghai
TARGET_SECONDS = 2.0


def settings():
    raw = {
        "rulesets": {"bench": {"timezone": "Asia/Shanghai", "day_starts_at": "04:00"}},
        "communities": {"club": {"ruleset": "bench", "chats": ["local:club"]}},
    }
    return validate_settings(raw, "benchmark")


async def burst(engine: Engine, world: LocalWorld, users, text: str, at: datetime) -> float:
    """Every user says `text` within one second from `at`; seconds until all are committed."""
    chat = world.chats["local:club"].ref
    events = []
    for index, user in enumerate(users):
        world.clock.set(at + timedelta(microseconds=index * 900))  # type: ignore[attr-defined]
        events.append(world.message_event(chat, user, text))
    started = time.perf_counter()
    futures = [engine.submit_nowait(event) for event in events]
    for future in futures:
        await future
    return time.perf_counter() - started


async def run(quick: bool) -> Report:
    members = 200 if quick else 1_000
    clock = ManualClock(DAY_START - timedelta(days=1))
    world = LocalWorld("local", clock)
    chat = world.chat("club").ref
    users = [world.user(f"m{n}", f"member{n}") for n in range(members)]
    for user in users:
        world.add_member(chat, user)
    with tempfile.TemporaryDirectory(prefix="groupops-bench-") as scratch:
        from ..storage.database import open_database

        database = await open_database(f"sqlite://{Path(scratch) / 'bench.db'}")
        adapter = LocalAdapter(world, service_events=False)
        engine = Engine(settings(), database, [adapter], clock)
        await engine.start(scheduler=False)
        try:
            await burst(engine, world, users, "hello", DAY_START - timedelta(days=1))  # known
            baseline = await burst(
                engine, world, users, "good morning", DAY_START - timedelta(seconds=2)
            )
            checkins = await burst(engine, world, users, "签到", DAY_START)
            ledger = await LedgerEntry.filter(reason="checkin").count()
            queued = await OutboxItem.filter(kind="reply").count()
        finally:
            await engine.stop(drain_timeout=1)
            await database.close()
    return Report(
        "checkin-burst",
        [
            Figure(
                "check-ins committed, replies queued",
                checkins,
                "s",
                "the same members chatting",
                baseline,
                better="lower",
            ),
            Figure("throughput", members / checkins, "events/s", "chatter", members / baseline),
            Figure("ledger entries committed", ledger, "entries"),
            Figure("replies queued", queued, "replies"),
            Figure("target", TARGET_SECONDS, "s"),
        ],
        {"members": members, "database": "sqlite", "pipeline": "default"},
    )
