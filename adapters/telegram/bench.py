"""`groupops bench drivers`: updates/s and CPU per update through each Telegram driver with
groupops and the default ruleset, against the same library running a small bot of its own on
the same updates (a middleware, a filter, a per-member counter: `bench_baseline.py`).

The library's bot parses each update and runs it through the library's dispatcher; groupops
does the same on aiogram, and on PTB, where its handler group is the Application's only one,
maps the JSON without having PTB build an Update nobody else would see. The groupops side
also commits each update (SQLite) and delivers the resulting actions. The
Bot API's answers to those actions are given in-process (no network). CPU time is the
process's (every thread, SQLite's included), so it holds on a busy machine where wall time
does not; the ratio to compare is groupops' CPU per update over the library bot's.
"""

from __future__ import annotations

import os
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from telegram import Update as PTBUpdate

from groupops.core.bench.harness import Figure, Report
from groupops.core.engine import Engine
from groupops.core.engine.collector import settled
from groupops.core.settings import validate_settings
from groupops.core.storage.database import open_database

from .adapter import TelegramAdapter
from .aiogram_driver import AiogramAdapter
from .bench_baseline import Tally, aiogram_bot, ptb_bot
from .bench_support import (
    CHUNK,
    TOKEN,
    UNLIMITED,
    CountingSink,
    OfflineCalls,
    chat_ids,
    make_updates,
    offline,
    ptb_application,
    warmup_updates,
)
from .ptb_driver import PTBAdapter


@dataclass(frozen=True, slots=True)
class Span:
    """Wall and CPU seconds of one timed stretch (CPU: every thread of this process)."""

    wall: float
    cpu: float

    @classmethod
    def since(cls, started: Span) -> Span:
        now = cls.now()
        return cls(now.wall - started.wall, now.cpu - started.cpu)

    @classmethod
    def now(cls) -> Span:
        return cls(time.perf_counter(), time.process_time())

    def best(self, other: Span | None) -> Span:
        """The smaller of each (a busy machine only ever adds time)."""
        if other is None:
            return self
        return Span(min(self.wall, other.wall), min(self.cpu, other.cpu))


async def time_library(driver: str, updates: list[dict[str, Any]]) -> Span:
    """The library alone running its own small bot (the baseline)."""
    tally = Tally()
    if driver == "aiogram":
        adapter = AiogramAdapter(TOKEN, rate_limits=UNLIMITED)  # for its Bot: parsing needs one
        dispatcher = aiogram_bot(tally)
        await adapter.open()
        bot = adapter.bot
        assert bot is not None  # open() made it
        with settled():  # both sides as `groupops run` sets the collector
            started = Span.now()
            for data in updates:
                await dispatcher.feed_update(bot, adapter.parse(data))
            spent = Span.since(started)
        await adapter.close()
    else:
        application = await ptb_application()
        ptb_bot(application, tally)
        with settled():
            started = Span.now()
            for data in updates:
                await application.process_update(PTBUpdate.de_json(data, application.bot))
            spent = Span.since(started)
        await application.shutdown()
    if tally.seen != len(updates) or not tally.messages:
        raise RuntimeError(f"the {driver} baseline bot missed updates: {tally.seen}")
    return spent


def bench_settings(updates: list[dict[str, Any]]):
    return validate_settings(
        {
            "rulesets": {"bench": {"timezone": "Asia/Shanghai"}},
            "communities": {
                f"c{i}": {"ruleset": "bench", "chats": [f"telegram:{chat}"]}
                for i, chat in enumerate(chat_ids(updates))
            },
        },
        "benchmark",
    )


async def driver_adapter(driver: str) -> TelegramAdapter:
    if driver == "aiogram":
        return offline(AiogramAdapter)(TOKEN, rate_limits=UNLIMITED)
    application = await ptb_application()
    adapter = offline(PTBAdapter)(application=application, rate_limits=UNLIMITED)
    adapter.install(application)
    return adapter


async def time_groupops(driver: str, updates: list[dict[str, Any]]) -> tuple[Span, int]:
    adapter = await driver_adapter(driver)
    with tempfile.TemporaryDirectory() as folder:
        database = await open_database(f"sqlite://{Path(folder) / 'bench.db'}")
        engine = Engine(bench_settings(updates), database, [adapter])
        await engine.start(adapters=False, scheduler=False)
        await adapter.open()
        adapter.attach(engine)
        await adapter.intake.run_batch(warmup_updates(updates))
        await engine.drain()
        assert isinstance(adapter, OfflineCalls)
        adapter.sent = 0  # the warm-up's calls are not the timed updates' actions
        with settled():
            started = Span.now()
            for i in range(0, len(updates), CHUNK):
                await adapter.intake.run_batch(updates[i : i + CHUNK])
            await engine.drain()
            elapsed = Span.since(started)
        await engine.stop()
        await database.close()
    if isinstance(adapter, PTBAdapter) and adapter.application is not None:
        await adapter.application.shutdown()
    return elapsed, adapter.sent


async def time_mapping(driver: str, updates: list[dict[str, Any]]) -> Span:
    """The driver with groupops' handler and mapping, events handed to a counting sink."""
    adapter = await driver_adapter(driver)
    await adapter.open()
    adapter.attach(CountingSink())
    with settled():
        started = Span.now()
        for i in range(0, len(updates), CHUNK):
            await adapter.intake.run_batch(updates[i : i + CHUNK])
        elapsed = Span.since(started)
    await adapter.release()
    if isinstance(adapter, PTBAdapter) and adapter.application is not None:
        await adapter.application.shutdown()
    return elapsed


def driver_figures(driver: str, count: int, library: Span, mapping: Span, full: Span, actions: int):
    own = f"{driver} bot's own"

    def per_update(seconds: float) -> float:
        return seconds / count * 1e6

    return [
        Figure(
            f"{driver} + groupops, wall", count / full.wall, "updates/s", own, count / library.wall
        ),
        Figure(
            f"{driver} + groupops, CPU", count / full.cpu, "updates/s", own, count / library.cpu
        ),
        Figure(
            f"{driver}: groupops CPU per update",
            per_update(full.cpu),
            "µs",
            f"{own} CPU per update",
            per_update(library.cpu),
            better="lower",
        ),
        Figure(
            f"{driver}: groupops wall per update",
            per_update(full.wall),
            "µs",
            f"{own} wall per update",
            per_update(library.wall),
            better="lower",
        ),
        Figure(
            f"{driver}: parse, dispatch and mapping to a sink, CPU per update",
            per_update(mapping.cpu),
            "µs",
            f"{own} CPU per update",
            per_update(library.cpu),
            better="lower",
        ),
        Figure(f"{driver}: actions delivered", actions, "actions"),
    ]


async def run(quick: bool) -> Report:
    count, chats, members, rounds = (800, 10, 20, 1) if quick else (10_000, 50, 40, 3)
    updates = make_updates(count, chats, members)
    figures = []
    for driver in ("aiogram", "ptb"):  # warm up: lazily built tables (moderation) and imports
        await time_library(driver, updates[:200])
        await time_groupops(driver, updates[:200])
    for driver in ("aiogram", "ptb"):
        library = mapping = full = None
        actions = 0
        for _ in range(rounds):  # alternate and keep the best of each: a busy machine is noisy
            library = (await time_library(driver, updates)).best(library)
            mapping = (await time_mapping(driver, updates)).best(mapping)
            spent, actions = await time_groupops(driver, updates)
            full = spent.best(full)
        assert library is not None and mapping is not None and full is not None
        figures += driver_figures(driver, count, library, mapping, full, actions)
    return Report(
        "drivers",
        figures,
        {
            "updates": count,
            "chats": chats,
            "members_per_chat": members,
            "rounds": rounds,
            "database": "sqlite",
            "baseline": "the library's own bot: middleware, filter, per-member counter",
            "load_average_1m": round(os.getloadavg()[0], 2),
        },
    )
