"""Button presses answered: a Telegram client shows a spinner on the pressed button until the
bot calls answerCallbackQuery (or about 15 s pass). What the press does is posted in the chat
as usual; the answer only ends the wait. It is best effort: a lost one changes nothing."""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING

from loguru import logger

from groupops.core.errors import ActionError

if TYPE_CHECKING:
    from .adapter import TelegramAdapter


class CallbackAnswers:
    def __init__(self, adapter: TelegramAdapter) -> None:
        self.adapter = adapter
        self.pending: set[asyncio.Task] = set()

    def answer(self, query_id: str) -> None:
        """Answer the query without waiting for it (the update's commit does not wait)."""
        task = asyncio.create_task(self._answer(query_id), name="telegram-callback-answer")
        self.pending.add(task)
        task.add_done_callback(self.pending.discard)

    async def _answer(self, query_id: str) -> None:
        try:
            await self.adapter.call("answerCallbackQuery", {"callback_query_id": query_id})
        except ActionError as exc:  # too old after a restart, or the network: the spinner ends
            logger.debug("telegram: callback query {} not answered: {}", query_id, exc)

    async def close(self) -> None:
        if self.pending:
            await asyncio.wait(self.pending, timeout=5)
