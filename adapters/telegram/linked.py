"""The group's own linked channel (getChat's `linked_chat_id`): only the channel's admins post
as it in the group, so a message whose sender_chat is that channel is an admin's, as an
anonymous admin's posting as the group is: exempt from moderation, never banned. Asked once
per chat and kept for as long as an admin list is (a channel linked or unlinked later is seen
then); a chat whose getChat fails is asked again at its next channel post."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from datetime import datetime, timedelta
from typing import Any

from loguru import logger

from groupops.core.clock import Clock
from groupops.core.events import Event, MessageEvent
from groupops.core.refs import Ref

from .wire import chat_ref, local_int

KEPT = timedelta(minutes=10)  # as long as an admin list (core/engine/admins.py)


class LinkedChannels:
    def __init__(self, call: Callable[[str, dict[str, Any]], Awaitable[Any]], clock: Clock) -> None:
        self._call, self._clock = call, clock
        self._known: dict[Ref, tuple[Ref | None, datetime]] = {}  # chat -> (channel, asked at)

    async def of(self, chat: Ref) -> Ref | None:
        """The channel linked to `chat`, None if none (or getChat failed)."""
        now = self._clock.now()
        known = self._known.get(chat)
        if known is not None and now - known[1] < KEPT:
            return known[0]
        try:
            found = await self._call("getChat", {"chat_id": local_int(chat)})
        except Exception as exc:  # never the update's loss: the post is read as any channel's
            logger.info("{}: its linked channel is not known ({})", chat, exc)
            return None
        linked = (found or {}).get("linked_chat_id")
        channel = chat_ref(linked) if linked else None
        self._known[chat] = (channel, now)
        return channel

    async def mark(self, events: Sequence[Event]) -> None:
        """A post as the chat's linked channel (not its automatic forward) is an admin's."""
        for event in events:
            if not isinstance(event, MessageEvent) or event.automatic_forward:
                continue
            posted_as = event.sender_chat
            if posted_as is None or event.chat is None or posted_as == event.chat:
                continue
            if posted_as == await self.of(event.chat):
                event.sender_is_admin = True
