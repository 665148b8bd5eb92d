"""The aiogram 3 driver: Bot API calls through aiogram's method models, updates through an
aiogram Router (ours in standalone mode, included in the developer's Dispatcher when embedded).
aiogram itself is imported when an adapter is built (`aiogram_wire.py`): loading the class to
check its settings imports none of it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from .adapter import TelegramAdapter

if TYPE_CHECKING:
    from aiogram import Bot, Dispatcher, Router
    from aiogram.types import Update


class AiogramAdapter(TelegramAdapter):
    name: ClassVar[str] = "aiogram"
    requires: ClassVar[tuple[str, ...]] = ("aiogram",)

    def __init__(self, token: str = "", *, bot: Bot | None = None, **options: Any) -> None:
        from . import aiogram_wire

        super().__init__(token or (bot.token if bot else ""), **options)
        self.wire = aiogram_wire
        self.bot = bot
        self._own_bot = bot is None
        self.router: Router = aiogram_wire.make_router(self._receive, embedded=not self._own_bot)
        self.dispatcher: Dispatcher | None = None

    @classmethod
    def embedded(cls, bot: Bot, **options: Any) -> AiogramAdapter:
        """For a developer's existing bot: include `adapter.router` in their Dispatcher."""
        return cls(bot=bot, **options)

    async def _receive(self, update: Update) -> None:
        await self.intake.receive(update.update_id, lambda: self.wire.as_json(update))

    async def open(self) -> None:
        if self.bot is None:
            self.bot = self.wire.make_bot(self.token, self.base_url)
        if self._own_bot and self.dispatcher is None:  # embedded: the developer's dispatcher
            self.dispatcher = self.wire.make_dispatcher(self.router)
        self.ready.set()

    async def close(self) -> None:
        self.ready.clear()
        if self._own_bot and self.bot is not None:
            await self.bot.session.close()
            self.bot = None

    async def call(self, method: str, params: dict[str, Any]) -> Any:
        assert self.bot is not None, "the aiogram adapter is not open"
        return await self.wire.call(self.bot, method, params)

    async def fetch_file(self, path: str) -> bytes:
        assert self.bot is not None
        return await self.wire.download(self.bot, path)

    async def fetch_updates(self, offset: int | None, timeout: float) -> list[dict[str, Any]]:
        assert self.bot is not None
        return await self.wire.get_updates(self.bot, offset, timeout, self.allowed_updates())

    async def dispatch(self, update: Update) -> None:
        assert self.dispatcher is not None and self.bot is not None
        await self.dispatcher.feed_update(self.bot, update)

    def parse(self, data: dict[str, Any]) -> Update:
        return self.wire.parse(data, self.bot)
