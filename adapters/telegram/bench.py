"""`groupops bench drivers`: updates/s through each Telegram driver with groupops and the
default ruleset, against the same driver with a no-op handler on the same updates.

Both sides parse each update with the library and run it through the library's dispatcher;
the groupops side also maps it, commits it (SQLite) and delivers the resulting actions. The
Bot API's answers to those actions are given in-process (no network), so the figures compare
CPU cost per update, not Telegram's latency.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path
from typing import Any

from aiogram import Dispatcher, Router
from telegram import Update as PTBUpdate
from telegram.ext import TypeHandler

from groupops.core.bench.harness import Figure, Report
from groupops.core.engine import Engine
from groupops.core.settings import validate_settings
from groupops.core.storage.database import open_database

from .adapter import TelegramAdapter
from .aiogram_driver import AiogramAdapter
from .bench_support import (
    CHUNK,
    TOKEN,
    UNLIMITED,
    CountingSink,
    OfflineCalls,
    make_updates,
    offline,
    ptb_application,
)
from .inbound import ALLOWED_UPDATES
from .ptb_driver import PTBAdapter


def aiogram_noop() -> tuple[AiogramAdapter, Dispatcher]:
    adapter = AiogramAdapter(TOKEN, rate_limits=UNLIMITED)  # only for its Bot: parsing needs one
    dispatcher, router = Dispatcher(), Router()

    async def noop(event: Any) -> None:
        return None

    for kind in ALLOWED_UPDATES:
        getattr(router, kind).register(noop)
    dispatcher.include_router(router)
    return adapter, dispatcher


async def time_noop(driver: str, updates: list[dict[str, Any]]) -> float:
    if driver == "aiogram":
        adapter, dispatcher = aiogram_noop()
        await adapter.open()
        start = time.perf_counter()
        bot = adapter.bot
        assert bot is not None  # open() made it
        for data in updates:
            await dispatcher.feed_update(bot, adapter.parse(data))
        elapsed = time.perf_counter() - start
        await adapter.close()
        return elapsed
    application = await ptb_application()

    async def noop(update: Any, context: Any) -> None:
        return None

    application.add_handler(TypeHandler(PTBUpdate, noop))
    start = time.perf_counter()
    for data in updates:
        await application.process_update(PTBUpdate.de_json(data, application.bot))
    elapsed = time.perf_counter() - start
    await application.shutdown()
    return elapsed


def bench_settings(updates: list[dict[str, Any]]):
    chats = sorted({(u.get("message") or u["chat_member"])["chat"]["id"] for u in updates})
    return validate_settings(
        {
            "rulesets": {"bench": {"timezone": "Asia/Shanghai"}},
            "communities": {
                f"c{i}": {"ruleset": "bench", "chats": [f"telegram:{chat}"]}
                for i, chat in enumerate(chats)
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


async def time_groupops(driver: str, updates: list[dict[str, Any]]) -> tuple[float, int]:
    adapter = await driver_adapter(driver)
    with tempfile.TemporaryDirectory() as folder:
        database = await open_database(f"sqlite://{Path(folder) / 'bench.db'}")
        engine = Engine(bench_settings(updates), database, [adapter])
        await engine.start(adapters=False, scheduler=False)
        await adapter.open()
        adapter.attach(engine.submit)
        start = time.perf_counter()
        for i in range(0, len(updates), CHUNK):
            await adapter.intake.run_batch(updates[i : i + CHUNK])
        await engine.drain()
        elapsed = time.perf_counter() - start
        await engine.stop()
        await database.close()
    if isinstance(adapter, PTBAdapter) and adapter.application is not None:
        await adapter.application.shutdown()
    assert isinstance(adapter, OfflineCalls)
    return elapsed, adapter.sent


async def time_mapping(driver: str, updates: list[dict[str, Any]]) -> float:
    """The driver with groupops' handler and mapping, events handed to a counting sink."""
    adapter = await driver_adapter(driver)
    await adapter.open()
    adapter.attach(CountingSink().submit)
    start = time.perf_counter()
    for i in range(0, len(updates), CHUNK):
        await adapter.intake.run_batch(updates[i : i + CHUNK])
    elapsed = time.perf_counter() - start
    await adapter.release()
    if isinstance(adapter, PTBAdapter) and adapter.application is not None:
        await adapter.application.shutdown()
    return elapsed


async def run(quick: bool) -> Report:
    count, chats, members, rounds = (800, 10, 20, 1) if quick else (10_000, 50, 40, 3)
    updates = make_updates(count, chats, members)
    figures = []
    for driver in ("aiogram", "ptb"):  # warm up: lazily built tables (moderation) and imports
        await time_noop(driver, updates[:200])
        await time_groupops(driver, updates[:200])
    for driver in ("aiogram", "ptb"):
        noop, mapping, full, actions = float("inf"), float("inf"), float("inf"), 0
        for _ in range(rounds):  # alternate and keep the best of each: a busy machine is noisy
            noop = min(noop, await time_noop(driver, updates))
            mapping = min(mapping, await time_mapping(driver, updates))
            elapsed, actions = await time_groupops(driver, updates)
            full = min(full, elapsed)
        figures += [
            Figure(
                f"{driver} + groupops", count / full, "updates/s", f"{driver} no-op", count / noop
            ),
            Figure(
                f"{driver}: groupops added per update",
                (full - noop) / count * 1e6,
                "µs",
                f"{driver} own cost per update",
                noop / count * 1e6,
                better="lower",
            ),
            Figure(
                f"{driver}: Telegram layer added per update",
                (mapping - noop) / count * 1e6,
                "µs",
                f"{driver} own cost per update",
                noop / count * 1e6,
                better="lower",
            ),
            Figure(f"{driver}: actions delivered", actions, "actions"),
        ]
    return Report(
        "drivers",
        figures,
        {
            "updates": count,
            "chats": chats,
            "members_per_chat": members,
            "rounds": rounds,
            "database": "sqlite",
        },
    )
