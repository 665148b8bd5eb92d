"""Connections, as in Rose: a member connected to a group (`/connect`) sends that group's
commands in a private chat with the bot. The private message finds the group's community
(`Engine.community_for`), and a command handler sees it as sent in the group
(`connected_event`), so roles are those the member holds there, checked at each command,
while answers go back to the private chat (`MessageEvent.answer_in`).

Kept in `community_settings` under `connection:USER` (the value: the chat, or null once
disconnected), written with the event, read back at start. One process holds the map; the
workers of a cluster see a connection made on another worker after their next start.
"""

from __future__ import annotations

import dataclasses
import json
from typing import TYPE_CHECKING

from ..commands import command_of
from ..events import Event, MessageEvent
from ..refs import Ref
from ..storage.models import CommunitySetting
from .tables import SETTING_UPSERT, SettingRow

if TYPE_CHECKING:
    from .context import Context
    from .seams import ConnectionMap

PREFIX = "connection:"
CONNECT = "connect"


class Connections:
    def __init__(self) -> None:
        self._chats: dict[str, tuple[str, Ref]] = {}  # user -> (community, chat)

    async def load(self) -> None:
        rows = await CommunitySetting.filter(key__startswith=PREFIX).values_list(
            "community", "key", "value"
        )
        for community, key, value in rows:
            chat = json.loads(value)
            if isinstance(chat, str) and chat:
                self._chats[key.removeprefix(PREFIX)] = (community, Ref(chat))

    def of(self, user: str) -> tuple[str, Ref] | None:
        return self._chats.get(user)

    def connect(self, ctx: Context, user: Ref, chat: Ref) -> None:
        self._write(ctx, ctx.community.name, user, str(chat))
        self._chats[user] = (ctx.community.name, chat)

    def disconnect(self, ctx: Context, user: Ref) -> tuple[str, Ref] | None:
        found = self._chats.pop(user, None)
        if found is not None:
            self._write(ctx, found[0], user, None)
        return found

    def _write(self, ctx: Context, community: str, user: Ref, chat: str | None) -> None:
        row = SettingRow(community, f"{PREFIX}{user}", json.dumps(chat), ctx.now, str(user))
        ctx.write(SETTING_UPSERT, row)


def requested_chat(event: MessageEvent) -> Ref | None:
    """The chat `/connect CHAT` names: a reference, or an id on the sender's platform."""
    command = command_of(event)
    if command is None or command.name != CONNECT or not command.args:
        return None
    wanted = command.args[0]
    try:
        return Ref(wanted) if wanted.count(":") >= 1 else Ref.chat(event.sender.platform, wanted)
    except ValueError:
        return None


def connected_event(event: Event, connections: ConnectionMap) -> Event:
    """A private message from a connected member as sent in the connected group; any other
    event as it is."""
    if not isinstance(event, MessageEvent) or not event.private:
        return event
    found = connections.of(event.sender)
    if found is None:
        return event
    return dataclasses.replace(
        event, chat=found[1], private=False, answer_in=event.chat, thread_id=None
    )
