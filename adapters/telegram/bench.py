"""`groupops bench drivers`: updates/s through each Telegram driver with groupops and the
default ruleset, against the same driver with a no-op handler on the same updates.

Both sides parse each update with the library and run it through the library's dispatcher;
the groupops side also maps it, commits it (SQLite) and delivers the resulting actions. The
Bot API's answers to those actions are given in-process (no network), so the figures compare
CPU cost per update, not Telegram's latency.
"""

from __future__ import annotations

import random
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from aiogram import Dispatcher, Router
from telegram import Update as PTBUpdate
from telegram.ext import Application, TypeHandler
from telegram.request import BaseRequest

from groupops.core.adapter import RateLimits
from groupops.core.bench.harness import Figure, Report
from groupops.core.bench.workload import START, TEXTS
from groupops.core.engine import Engine
from groupops.core.settings import validate_settings
from groupops.core.storage.database import open_database

from .adapter import TelegramAdapter
from .aiogram_driver import AiogramAdapter
from .inbound import ALLOWED_UPDATES
from .ptb_driver import PTBAdapter

TOKEN = "123456:bench-token"
CHUNK = 100  # what one getUpdates call returns at most
UNLIMITED = RateLimits()  # outbound pacing is waiting, not cost: left out of the comparison
ME = b'{"ok": true, "result": {"id": 123456, "is_bot": true, "first_name": "Bench"}}'


class OfflineRequest(BaseRequest):
    """PTB's transport answered in-process: getMe for Application.initialize()."""

    @property
    def read_timeout(self) -> float | None:
        return None

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None

    async def do_request(
        self, url: str, method: str, request_data=None, **timeouts
    ) -> tuple[int, bytes]:
        return 200, ME


async def ptb_application() -> Application:
    application = (
        Application.builder()
        .token(TOKEN)
        .updater(None)
        .request(OfflineRequest())
        .get_updates_request(OfflineRequest())
        .build()
    )
    await application.initialize()
    return application


def make_updates(count: int, chats: int, members: int, seed: int = 7) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    base = int(START.timestamp())
    updates = []
    for n in range(count):
        chat = {"id": -1001000000000 - rng.randrange(chats), "type": "supergroup", "title": "B"}
        user = {"id": 1000 + rng.randrange(members * chats), "is_bot": False, "first_name": "U"}
        if rng.random() < 0.01:
            newcomer = {"id": 10_000_000 + n, "is_bot": False, "first_name": "New"}
            body = {
                "chat": chat,
                "from": newcomer,
                "date": base + n,
                "old_chat_member": {"user": newcomer, "status": "left"},
                "new_chat_member": {"user": newcomer, "status": "member"},
            }
            updates.append({"update_id": n + 1, "chat_member": body})
            continue
        message = {
            "message_id": n + 1,
            "date": base + n,
            "chat": chat,
            "from": user,
            "text": rng.choice(TEXTS),
        }
        updates.append({"update_id": n + 1, "message": message})
    return updates


BOT = {"id": 123456, "is_bot": True, "first_name": "Bench"}
ANSWERS: dict[str, Any] = {
    "getChatAdministrators": [{"user": BOT, "status": "administrator"}],
    "getChatMember": {"user": BOT, "status": "member"},
    "getChatMemberCount": 100,
    "createChatInviteLink": {"invite_link": "https://t.me/+bench", "name": "bench"},
}


def offline(cls: type[TelegramAdapter]) -> type[TelegramAdapter]:
    """The driver with Bot API answers given in-process."""

    class Offline(cls):  # type: ignore[valid-type, misc]
        sent = 0

        async def call(self, method: str, params: dict[str, Any]) -> Any:
            self.sent += 1
            if method.startswith("send"):
                return {"message_id": self.sent}
            return ANSWERS.get(method, True)

    Offline.name = cls.name
    return Offline


def aiogram_noop() -> tuple[Callable[[dict], Any], Callable[[Any], Awaitable]]:
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
        for data in updates:
            await dispatcher.feed_update(adapter.bot, adapter.parse(data))
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
    chats = sorted({(u.get("message") or u.get("chat_member"))["chat"]["id"] for u in updates})
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
    return elapsed, adapter.sent


async def run(quick: bool) -> Report:
    count, chats, members, rounds = (800, 10, 20, 1) if quick else (10_000, 50, 40, 3)
    updates = make_updates(count, chats, members)
    figures = []
    for driver in ("aiogram", "ptb"):  # warm up: lazily built tables (moderation) and imports
        await time_noop(driver, updates[:200])
        await time_groupops(driver, updates[:200])
    for driver in ("aiogram", "ptb"):
        noop, full, actions = float("inf"), float("inf"), 0
        for _ in range(rounds):  # alternate and keep the best of each: a busy machine is noisy
            noop = min(noop, await time_noop(driver, updates))
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
