"""What a reply needs of the message it answers: its author (whom a command given as a reply
is aimed at, `target_of`) and its text (the evidence kept with a federation ban).

`m.in_reply_to` names only the answered event. Its author comes from the adapter's record of
the room messages sync brought (history included, so a room's recent past is known after a
restart too), else from the homeserver (`GET /rooms/{room}/event/{id}`): one call, only for a
reply to a message older than the record.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from loguru import logger
from mautrix.api import Method

from groupops.core.errors import ActionError
from groupops.core.events import Event, MessageEvent
from groupops.core.segments import plain_text

from .client import MatrixClient
from .text import segments_of, user_ref

JSON = Mapping[str, Any]
RECENT = 5000  # messages remembered (id, author, text): a few MB at most
TEXTUAL = ("m.text", "m.notice", "m.emote")


@dataclass(frozen=True, slots=True)
class Answered:
    sender: str
    text: str


def answered_id(relates: JSON) -> str | None:
    """The event a message answers. A thread message that is no reply still names the thread's
    latest event (`is_falling_back`, for clients without threads): that is not an answer, and
    taking it for one would aim a command at whoever posted last."""
    if relates.get("is_falling_back"):
        return None
    event_id = (relates.get("m.in_reply_to") or {}).get("event_id")
    return str(event_id) if event_id else None


def _answered(event: JSON) -> Answered:
    content = event.get("content") or {}
    text = plain_text(segments_of(content)) if content.get("msgtype") in TEXTUAL else ""
    return Answered(str(event.get("sender", "")), text)


class Replies:
    def __init__(self, size: int = RECENT) -> None:
        self.size = size
        self.seen: OrderedDict[str, Answered] = OrderedDict()

    def note(self, event: JSON) -> None:
        """A room message, anyone's (the bot's own too: a member may answer it)."""
        if "event_id" in event and "sender" in event:
            self._keep(str(event["event_id"]), _answered(event))

    def _keep(self, event_id: str, answered: Answered) -> None:
        self.seen[event_id] = answered
        while len(self.seen) > self.size:
            self.seen.popitem(last=False)

    def fill(self, message: MessageEvent) -> None:
        """The answered message's author and text, where the record has them."""
        known = self.seen.get(message.reply_to) if message.reply_to else None
        if known is not None and known.sender:
            message.reply_to_sender = user_ref(known.sender)
            message.reply_to_text = known.text

    async def complete(self, client: MatrixClient, room_id: str, event: Event) -> Event:
        """A reply the record could not place, its author asked of the homeserver. An event
        the server does not show (redacted and purged, not visible to the bot) leaves the
        reply without its author: a command then asks for a mention, as on any platform."""
        if not isinstance(event, MessageEvent) or not event.reply_to or event.reply_to_sender:
            return event
        path = f"/_matrix/client/v3/rooms/{quote(room_id)}/event/{quote(event.reply_to)}"
        try:
            found = await client.raw("answered event", Method.GET, path)
        except ActionError as exc:
            logger.info("matrix: the event {} answered is not readable ({})", event.reply_to, exc)
            return event
        self._keep(event.reply_to, _answered(found))
        self.fill(event)
        return event
