"""The python-telegram-bot 22 driver: Bot API calls through `Bot.do_api_request`, updates
through a handler group in a PTB Application (ours standalone, the developer's when embedded)."""

from __future__ import annotations

import re
import warnings
from datetime import timedelta
from typing import Any, ClassVar

from telegram import Bot, File, InputFile, Update
from telegram.error import (
    BadRequest,
    ChatMigrated,
    EndPointNotFound,
    Forbidden,
    InvalidToken,
    NetworkError,
    RetryAfter,
    TelegramError,
)
from telegram.ext import Application, BaseHandler, TypeHandler
from telegram.request import HTTPXRequest
from telegram.warnings import PTBDeprecationWarning, PTBUserWarning

from groupops.core.errors import ActionError

from .adapter import TelegramAdapter
from .errors import ChatMoved, classify, undecodable
from .outbound import Upload

HANDLER_GROUP = -1000  # before the developer's groups; PTB runs one handler per group
# One mapping serves both drivers, so calls go through the generic endpoint on purpose.
warnings.filterwarnings("ignore", message="Please use 'Bot.", category=PTBUserWarning)

# PTB exception -> the HTTP status it stands for; checked in order (subclasses first)
STATUS: tuple[tuple[type[TelegramError], int], ...] = (
    (InvalidToken, 401),
    (Forbidden, 403),
    (EndPointNotFound, 404),
    (BadRequest, 400),
    (NetworkError, 0),
)


def _seconds(exc: RetryAfter) -> float:
    with warnings.catch_warnings():  # PTB 22 warns that the type will become timedelta
        warnings.simplefilter("ignore", PTBDeprecationWarning)
        value = exc.retry_after
    return value.total_seconds() if isinstance(value, timedelta) else float(value)


# What PTB raises when the answer is not the Bot API: TelegramError("Invalid server response")
# for a body that is not JSON, KeyError/ValueError for JSON of another shape.
NOT_THE_BOT_API = (KeyError, ValueError)
# PTB builds getMe's User from the answer's fields as keyword arguments: one the answer lacks
# is a TypeError naming it ("User.__init__() missing 1 required positional argument: 'is_bot'")
MISSING_ARGUMENTS = re.compile(r"missing \d+ required (?:positional|keyword-only) arguments?: (.+)")


def _lacking(exc: TypeError) -> ActionError | None:
    """The TypeError of an answer lacking fields, as aiogram's is said; None for another."""
    found = MISSING_ARGUMENTS.search(str(exc))
    return undecodable(exc, tuple(re.findall(r"'(\w+)'", found[1]))) if found else None


# PTB shortens an error's description ("Bad Request: CHARGE_ALREADY_REFUNDED" becomes
# "Charge_already_refunded"); marked, it passes through whole, so both drivers say Telegram's
# words (a refusal's reason is shown to the admin who asked).
DESCRIBED = "telegram said: "


class DescribedRequest(HTTPXRequest):
    """PTB's own request (256 connections, as its builder makes it), keeping descriptions."""

    def __init__(self) -> None:
        super().__init__(connection_pool_size=256)

    @staticmethod
    def parse_json_payload(payload: bytes) -> dict[str, Any]:
        data = HTTPXRequest.parse_json_payload(payload)
        said = data.get("description")
        if isinstance(said, str) and data.get("ok") is False:
            data["description"] = DESCRIBED + said
        return data


def _said(exc: TelegramError) -> str:
    return exc.message.removeprefix(DESCRIBED)


def translate(exc: TelegramError | Exception) -> ActionError:
    if isinstance(exc, NOT_THE_BOT_API) or type(exc) is TelegramError:
        return undecodable(exc)
    assert isinstance(exc, TelegramError)
    if isinstance(exc, InvalidToken):  # its message repeats the token
        return classify(401, "Unauthorized")
    cause = exc.__cause__  # once started, PTB says a 401 (a revoked token) as "not found" too
    revoked = isinstance(cause, InvalidToken) and "unauthorized" in _said(cause).lower()
    if isinstance(exc, EndPointNotFound) and revoked:
        return classify(401, "Unauthorized")
    if isinstance(exc, RetryAfter):
        return classify(429, _said(exc), _seconds(exc))
    if isinstance(exc, ChatMigrated):
        return ChatMoved(exc.new_chat_id)
    status = next((code for cls, code in STATUS if isinstance(exc, cls)), 400)
    return classify(status, _said(exc))


def _input(value: Any) -> Any:
    return InputFile(value.data, filename=value.filename) if isinstance(value, Upload) else value


class PTBAdapter(TelegramAdapter):
    name: ClassVar[str] = "ptb"

    def __init__(
        self, token: str = "", *, application: Application | None = None, **options: Any
    ) -> None:
        super().__init__(token or (application.bot.token if application else ""), **options)
        self.application = application
        self._own_application = application is None
        self._installed: tuple[int, list[BaseHandler]] | None = None  # our group, our handlers

    @classmethod
    def embedded(cls, application: Application, **options: Any) -> PTBAdapter:
        """For a developer's existing Application: `adapter.install(application)`."""
        return cls(application=application, **options)

    def handlers(self) -> list[BaseHandler]:
        async def on_update(update: Update, context: Any) -> None:
            await self.intake.receive(update.update_id, update.to_dict)

        return [TypeHandler(Update, on_update)]

    def install(self, application: Application, group: int = HANDLER_GROUP) -> None:
        """Add groupops as its own handler group: the developer's groups keep running."""
        handlers = self.handlers()
        application.add_handlers(handlers, group=group)
        self._installed = (group, handlers)

    def shares_updates(self) -> bool:
        # PTB's Update object is a third of an update's cost in groupops; nobody needs it when
        # the Application runs our handler group alone, with no error handlers, persistence or
        # defaults that would change how a handler runs (a developer may add any of them later).
        app = self.application
        if app is None or self._installed is None:
            return True
        group, ours = self._installed
        return not (
            app.handlers.keys() == {group}
            and app.handlers[group] == ours
            and not app.error_handlers
            and app.persistence is None
            and getattr(app.bot, "defaults", None) is None
        )

    @property
    def bot(self) -> Bot:
        assert self.application is not None, "the ptb adapter is not open"
        return self.application.bot

    async def open(self) -> None:
        if self.application is None:
            builder = Application.builder().token(self.token).updater(None)
            builder = builder.request(DescribedRequest())
            if self.base_url:
                base = self.base_url.rstrip("/")
                builder = builder.base_url(f"{base}/bot").base_file_url(f"{base}/file/bot")
            self.application = builder.build()
            self.install(self.application)
        if self._own_application:
            try:
                await self.application.initialize()  # getMe
            except (TelegramError, *NOT_THE_BOT_API) as exc:
                raise translate(exc) from None
            except TypeError as exc:
                raise (_lacking(exc) or exc) from None
        self.ready.set()

    async def close(self) -> None:
        self.ready.clear()
        if self._own_application and self.application is not None:
            await self.application.shutdown()
            self.application = None

    async def call(self, method: str, params: dict[str, Any]) -> Any:
        kwargs = {key: _input(value) for key, value in params.items()}
        try:
            return await self.bot.do_api_request(method, api_kwargs=kwargs)
        except (TelegramError, *NOT_THE_BOT_API) as exc:
            raise translate(exc) from None

    async def fetch_file(self, path: str) -> bytes:
        # as Bot.get_file builds it: the bot's file URL (token included) and the path
        url = f"{self.bot.base_file_url}/{path}"
        found = File(file_id=path, file_unique_id=path, file_path=url)
        found.set_bot(self.bot)
        try:
            return bytes(await found.download_as_bytearray())
        except (TelegramError, *NOT_THE_BOT_API) as exc:
            raise translate(exc) from None

    async def fetch_updates(self, offset: int | None, timeout: float) -> list[dict[str, Any]]:
        params = {"timeout": int(timeout), "allowed_updates": self.allowed_updates()}
        if offset is not None:
            params["offset"] = offset
        try:
            return await self.bot.do_api_request(
                "getUpdates", api_kwargs=params, read_timeout=timeout + 10
            )
        except (TelegramError, *NOT_THE_BOT_API) as exc:
            raise translate(exc) from None

    async def dispatch(self, update: Update) -> None:
        assert self.application is not None
        await self.application.process_update(update)

    def parse(self, data: dict[str, Any]) -> Update:
        return Update.de_json(data, self.bot)
