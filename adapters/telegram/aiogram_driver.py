"""The aiogram 3 driver: Bot API calls through aiogram's method models, updates through an
aiogram Router (ours in standalone mode, included in the developer's Dispatcher when embedded)."""

from __future__ import annotations

from typing import Any, ClassVar

from aiogram import Bot, Dispatcher, Router
from aiogram import methods as api
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.dispatcher.event.bases import SkipHandler
from aiogram.exceptions import (
    ClientDecodeError,
    TelegramAPIError,
    TelegramForbiddenError,
    TelegramMigrateToChat,
    TelegramNetworkError,
    TelegramNotFound,
    TelegramRetryAfter,
    TelegramServerError,
    TelegramUnauthorizedError,
)
from aiogram.methods.base import TelegramMethod
from aiogram.types import BufferedInputFile, TelegramObject, Update
from aiogram.types.update import UpdateTypeLookupError

from groupops.core.errors import ActionError

from .adapter import TelegramAdapter
from .errors import ChatMoved, classify, undecodable
from .inbound import ALLOWED_UPDATES
from .malformed import UnknownKind
from .outbound import Upload

# aiogram exception -> the HTTP status it stands for (the rest are 400s)
STATUS: tuple[tuple[type[TelegramAPIError], int], ...] = (
    (TelegramUnauthorizedError, 401),
    (TelegramForbiddenError, 403),
    (TelegramNotFound, 404),
    (TelegramServerError, 500),
    (TelegramNetworkError, 0),
)


def _method(name: str) -> type:
    return getattr(api, name[0].upper() + name[1:])


def _json(value: Any) -> Any:
    if isinstance(value, TelegramObject):
        return value.model_dump(mode="json", exclude_none=True, by_alias=True)
    if isinstance(value, list):
        return [_json(item) for item in value]
    return value


def _input(value: Any) -> Any:
    return BufferedInputFile(value.data, value.filename) if isinstance(value, Upload) else value


def translate(exc: TelegramAPIError | ClientDecodeError) -> ActionError:
    if isinstance(exc, ClientDecodeError):
        return undecodable(exc.message)
    if isinstance(exc, TelegramRetryAfter):
        return classify(429, exc.message, exc.retry_after)
    if isinstance(exc, TelegramMigrateToChat):
        return ChatMoved(exc.migrate_to_chat_id)
    status = next((code for cls, code in STATUS if isinstance(exc, cls)), 400)
    return classify(status, exc.message)


class RawGetUpdates(TelegramMethod[list[dict[str, Any]]]):
    """getUpdates answered as JSON: we keep it for mapping and parse it once for dispatch."""

    __returning__ = list[dict[str, Any]]
    __api_method__ = "getUpdates"

    offset: int | None = None
    timeout: int | None = None
    allowed_updates: list[str] | None = None


class AiogramAdapter(TelegramAdapter):
    name: ClassVar[str] = "aiogram"

    def __init__(self, token: str = "", *, bot: Bot | None = None, **options: Any) -> None:
        super().__init__(token or (bot.token if bot else ""), **options)
        self.bot = bot
        self._own_bot = bot is None
        self.router = self._make_router()
        self.dispatcher: Dispatcher | None = None

    @classmethod
    def embedded(cls, bot: Bot, **options: Any) -> AiogramAdapter:
        """For a developer's existing bot: include `adapter.router` in their Dispatcher."""
        return cls(bot=bot, **options)

    def _make_router(self) -> Router:
        router = Router(name="groupops")

        async def on_update(event: TelegramObject, event_update: Update) -> None:
            await self.intake.receive(event_update.update_id, lambda: _json(event_update))
            if not self._own_bot:
                raise SkipHandler  # embedded: the developer's own handlers see the update too

        for kind in ALLOWED_UPDATES:
            getattr(router, kind).register(on_update)
        return router

    async def open(self) -> None:
        if self.bot is None:
            session = (
                AiohttpSession(api=TelegramAPIServer.from_base(self.base_url))
                if self.base_url
                else AiohttpSession()
            )
            self.bot = Bot(self.token, session=session)
        if self._own_bot and self.dispatcher is None:  # embedded: the developer's dispatcher
            self.dispatcher = Dispatcher()
            self.dispatcher.include_router(self.router)
        self.ready.set()

    async def close(self) -> None:
        self.ready.clear()
        if self._own_bot and self.bot is not None:
            await self.bot.session.close()
            self.bot = None

    async def call(self, method: str, params: dict[str, Any]) -> Any:
        assert self.bot is not None, "the aiogram adapter is not open"
        request = _method(method)(**{key: _input(value) for key, value in params.items()})
        try:
            return _json(await self.bot(request))
        except (TelegramAPIError, ClientDecodeError) as exc:
            raise translate(exc) from None

    async def fetch_file(self, path: str) -> bytes:
        assert self.bot is not None
        try:
            found = await self.bot.download_file(path)
        except (TelegramAPIError, ClientDecodeError) as exc:
            raise translate(exc) from None
        return found.read() if found is not None else b""

    async def fetch_updates(self, offset: int | None, timeout: float) -> list[dict[str, Any]]:
        assert self.bot is not None
        request = RawGetUpdates(
            offset=offset, timeout=int(timeout), allowed_updates=self.allowed_updates()
        )
        try:
            return await self.bot(request, request_timeout=int(timeout) + 10)
        except (TelegramAPIError, ClientDecodeError) as exc:
            raise translate(exc) from None

    async def dispatch(self, update: Update) -> None:
        assert self.dispatcher is not None and self.bot is not None
        await self.dispatcher.feed_update(self.bot, update)

    def parse(self, data: dict[str, Any]) -> Update:
        update = Update.model_validate(data, context={"bot": self.bot})
        try:  # told here: aiogram's dispatcher warns on stderr, quoting the whole update
            update.event_type  # noqa: B018 - a lookup that raises for a kind it does not know
        except UpdateTypeLookupError:
            raise UnknownKind("aiogram") from None
        return update
