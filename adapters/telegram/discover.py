"""Finding the groups a bot is in, for `groupops init`: Telegram has no "list my chats", so
we read the updates the bot received (being added to a group, a message sent there)."""

from __future__ import annotations

import asyncio
import math
from collections.abc import Awaitable, Callable
from typing import Any

from groupops.core.onboarding.plan import SeenChat

from .wire import chat_ref

Fetch = Callable[[int | None, float], Awaitable[list[dict[str, Any]]]]
LONG_POLL = 25.0


def chats_in(update: dict[str, Any]) -> list[dict[str, Any]]:
    """The chat objects an update names (message, my_chat_member, chat_member, …)."""
    found = []
    for body in update.values():
        if isinstance(body, dict):
            chat = body.get("chat") or body.get("message", {}).get("chat")
            if isinstance(chat, dict) and chat.get("type") != "private":
                found.append(chat)
    return found


async def seen_chats(fetch: Fetch, wait: float) -> list[SeenChat]:
    """Every group seen in pending updates; waits up to `wait` seconds for the first one."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + wait
    seen: dict[int, SeenChat] = {}
    offset: int | None = None
    while True:
        remaining = max(0.0, deadline - loop.time())
        # getUpdates takes whole seconds: a fraction rounded down to 0 answered at once, and
        # the last second of every wait spun through hundreds of calls
        timeout = 0.0 if seen else float(min(math.ceil(remaining), LONG_POLL))
        updates = await fetch(offset, timeout)
        for update in updates:
            offset = update["update_id"] + 1
            for chat in chats_in(update):
                seen[chat["id"]] = SeenChat(
                    chat_ref(chat["id"]), chat.get("title", ""), chat.get("type", "group")
                )
        if not updates and (seen or remaining <= 0):
            return list(seen.values())
