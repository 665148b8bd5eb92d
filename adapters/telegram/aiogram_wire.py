"""What the aiogram driver needs of aiogram itself: its method models, the errors it raises and
a raw getUpdates. Imported when an adapter is built, not when its settings are checked: aiogram
builds a pydantic model for each of its hundreds of types at import, seconds of CPU that
`groupops check` and every other command without a bot to run would spend for nothing."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

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

from .errors import ChatMoved, classify, missing_fields, undecodable
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
FAILED = (TelegramAPIError, ClientDecodeError)


def _method(name: str) -> type:
    return getattr(api, name[0].upper() + name[1:])


def as_json(value: Any) -> Any:
    if isinstance(value, TelegramObject):
        return value.model_dump(mode="json", exclude_none=True, by_alias=True)
    if isinstance(value, list):
        return [as_json(item) for item in value]
    return value


def _input(value: Any) -> Any:
    return BufferedInputFile(value.data, value.filename) if isinstance(value, Upload) else value


def translate(exc: TelegramAPIError | ClientDecodeError) -> ActionError:
    if isinstance(exc, ClientDecodeError):
        read = getattr(exc.original, "errors", None)  # pydantic's, naming what was missing
        return undecodable(exc.message, missing_fields(read()) if callable(read) else ())
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


def make_router(receive: Callable[[Update], Awaitable[None]], embedded: bool) -> Router:
    """Our router: every allowed kind of update to `receive`; embedded, the developer's own
    handlers see the update too."""
    router = Router(name="groupops")

    async def on_update(event: TelegramObject, event_update: Update) -> None:
        await receive(event_update)
        if embedded:
            raise SkipHandler

    for kind in ALLOWED_UPDATES:
        getattr(router, kind).register(on_update)
    return router


def make_bot(token: str, base_url: str | None) -> Bot:
    api_server = TelegramAPIServer.from_base(base_url) if base_url else None
    session = AiohttpSession(api=api_server) if api_server else AiohttpSession()
    return Bot(token, session=session)


def make_dispatcher(router: Router) -> Dispatcher:
    dispatcher = Dispatcher()
    dispatcher.include_router(router)
    return dispatcher


async def call(bot: Bot, method: str, params: dict[str, Any]) -> Any:
    request = _method(method)(**{key: _input(value) for key, value in params.items()})
    try:
        return as_json(await bot(request))
    except FAILED as exc:
        raise translate(exc) from None


async def download(bot: Bot, path: str) -> bytes:
    try:
        found = await bot.download_file(path)
    except FAILED as exc:
        raise translate(exc) from None
    return found.read() if found is not None else b""


async def get_updates(
    bot: Bot, offset: int | None, timeout: float, allowed: list[str]
) -> list[dict[str, Any]]:
    request = RawGetUpdates(offset=offset, timeout=int(timeout), allowed_updates=allowed)
    try:
        return await bot(request, request_timeout=int(timeout) + 10)
    except FAILED as exc:
        raise translate(exc) from None


def parse(data: dict[str, Any], bot: Bot | None) -> Update:
    update = Update.model_validate(data, context={"bot": bot})
    try:  # told here: aiogram's dispatcher warns on stderr, quoting the whole update
        update.event_type  # noqa: B018 - a lookup that raises for a kind it does not know
    except UpdateTypeLookupError:
        raise UnknownKind("aiogram") from None
    return update
