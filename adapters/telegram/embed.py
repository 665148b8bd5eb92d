"""Embedded mode: groupops inside a developer's existing bot.

The developer's aiogram Dispatcher or PTB Application receives updates as before; the
adapter's router (aiogram) or handler group (PTB) hands each update to groupops as well, and
groupops acts through the developer's own Bot. Their handlers keep working.

    adapter = AiogramAdapter.embedded(bot)
    async with embedded(adapter, "settings.toml"):
        dp.include_router(adapter.router)
        await dp.start_polling(bot, allowed_updates=adapter.allowed_updates())
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from groupops.core.app import load_features
from groupops.core.clock import Clock
from groupops.core.engine import Engine
from groupops.core.redaction import register
from groupops.core.settings import Settings, load_settings
from groupops.core.storage.database import open_database

from .adapter import TelegramAdapter


@asynccontextmanager
async def embedded(
    adapter: TelegramAdapter,
    settings: str | Path | Settings | None = None,
    *,
    clock: Clock | None = None,
) -> AsyncIterator[Engine]:
    """The engine and its database, with `adapter` attached but not polling on its own."""
    load_features()  # this is where the application starts
    base_dir = None
    if not isinstance(settings, Settings):
        path = Path(settings) if settings is not None else None
        settings, secrets = load_settings(path)
        register(*secrets)
        base_dir = path.resolve().parent if path is not None else None
    database = await open_database(settings.database.url, base_dir=base_dir)
    engine = Engine(settings, database, [adapter], clock)
    try:
        await engine.start(adapters=False)
        await adapter.open()
        adapter.attach(engine)
        yield engine
    finally:
        await engine.stop()
        await database.close()
