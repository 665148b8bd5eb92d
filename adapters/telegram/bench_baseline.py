"""The baseline of `groupops bench drivers`: a small bot written with each library alone, doing
what a real bot does with every update — a middleware that sees each update first, a filter
choosing group text messages, a handler that keeps a per-member message count, and a handler
for member changes. Both libraries get the same bot; nothing touches the network."""

from __future__ import annotations

from collections import Counter
from collections.abc import Awaitable, Callable
from typing import Any

from aiogram import BaseMiddleware, Dispatcher, F, Router
from aiogram.types import ChatMemberUpdated, Message, TelegramObject
from telegram import Update as PTBUpdate
from telegram.ext import (
    Application,
    ChatMemberHandler,
    ContextTypes,
    MessageHandler,
    TypeHandler,
    filters,
)

GROUPS = {"group", "supergroup"}


class Tally:
    """What the baseline bot keeps: updates seen by its middleware, messages per member,
    member changes."""

    def __init__(self) -> None:
        self.seen = 0
        self.messages: Counter[int] = Counter()
        self.member_changes = 0


class SeenMiddleware(BaseMiddleware):
    """aiogram: an outer middleware on every update (where bots put logging, i18n, rate limits)."""

    def __init__(self, tally: Tally) -> None:
        self.tally = tally

    async def __call__(
        self,
        handler: Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]],
        event: TelegramObject,
        data: dict[str, Any],
    ) -> Any:
        self.tally.seen += 1
        data["tally"] = self.tally
        return await handler(event, data)


def aiogram_bot(tally: Tally) -> Dispatcher:
    dispatcher, router = Dispatcher(), Router()
    dispatcher.update.outer_middleware(SeenMiddleware(tally))

    @router.message(F.chat.type.in_(GROUPS), F.text)
    async def on_text(message: Message) -> None:
        if message.from_user is not None:
            tally.messages[message.from_user.id] += 1

    @router.chat_member()
    async def on_member(update: ChatMemberUpdated) -> None:
        tally.member_changes += 1

    dispatcher.include_router(router)
    return dispatcher


def ptb_bot(application: Application, tally: Tally) -> None:
    """PTB has no middleware; a TypeHandler in an earlier group is its usual stand-in."""

    async def seen(update: PTBUpdate, context: ContextTypes.DEFAULT_TYPE) -> None:
        tally.seen += 1

    async def on_text(update: PTBUpdate, context: ContextTypes.DEFAULT_TYPE) -> None:
        user = update.effective_user
        if user is not None:
            tally.messages[user.id] += 1

    async def on_member(update: PTBUpdate, context: ContextTypes.DEFAULT_TYPE) -> None:
        tally.member_changes += 1

    application.add_handler(TypeHandler(PTBUpdate, seen), group=-1)
    application.add_handler(MessageHandler(filters.TEXT & filters.ChatType.GROUPS, on_text))
    application.add_handler(ChatMemberHandler(on_member, ChatMemberHandler.CHAT_MEMBER))
