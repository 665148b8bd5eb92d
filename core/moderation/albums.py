"""Albums: items posted together (Telegram's media_group_id) arrive as separate messages a
moment apart, the caption on one of them; to their sender they are one post. An album one of
whose items broke a rule goes whole: the items seen before the verdict and those arriving
after it (a link in the first caption removed that photo and left six others up)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from ..bounded import BoundedDict
from ..events import MessageEvent, MessageReceived

# how far apart one album's items may arrive: the client uploads them one by one
ALBUM_SPAN = timedelta(seconds=30)


@dataclass(slots=True)
class Album:
    sender: str
    first: datetime
    items: list[str] = field(default_factory=list)  # message ids seen so far
    condemned: str | None = None  # the rule an item broke: the rest goes with it


class Albums:
    """Recent albums by chat, with their items and whether one of them was removed."""

    def __init__(self) -> None:
        self.seen: BoundedDict[str, Album] = BoundedDict("moderation.albums")

    def _of(self, event: MessageEvent) -> Album | None:
        """The album `event` belongs to: same chat, same sender, within the span."""
        if event.album is None or event.chat is None:
            return None
        album = self.seen.get(f"{event.chat}|{event.album}")
        if album is None or album.sender != event.sender or event.time - album.first > ALBUM_SPAN:
            return None
        return album

    def note(self, event: MessageEvent) -> str | None:
        """Note an item as it arrives; when its album was already removed, the rule it broke
        (this item goes too, with no further warning)."""
        if event.album is None or event.chat is None:
            return None
        album = self._of(event)
        if album is None:
            album = Album(str(event.sender), event.time)
            self.seen[f"{event.chat}|{event.album}"] = album
        if album.condemned is not None:
            return album.condemned
        if isinstance(event, MessageReceived) and event.message_id not in album.items:
            album.items.append(event.message_id)
        return None

    def condemn(self, event: MessageEvent, rule: str) -> list[str]:
        """`event`'s album goes: the ids of its other items seen so far."""
        album = self._of(event)
        if album is None:
            return []
        album.condemned = rule
        return [item for item in album.items if item != event.message_id]
