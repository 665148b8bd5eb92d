"""When a member was refused commands lately, per chat: a member hears a few refusals a minute
(commands.py), not forty queued ahead of everyone's answers. A cluster worker keeps them as
windows (windows.py), so a worker killed and replaced does not say again what the member had
stopped hearing.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta
from typing import Any

from ..bounded import BoundedDict
from .slices import Slice
from .windows import Window, Windowed

# The refusals a member hears per chat in a minute: forty /ban from one account were forty
# refusals, queued within the chat's sending rate ahead of every other member's answer.
REFUSALS = 3
REFUSAL_WINDOW = timedelta(minutes=1)
KIND = "commands.refused"

Said = tuple[str, str]  # (chat, member)


class RefusalBook(Windowed):
    __slots__ = ("changed", "said", "tracking")

    def __init__(self) -> None:
        self.said: BoundedDict[Said, tuple[datetime, ...]] = BoundedDict(KIND)
        self.tracking = False  # a cluster worker: changes are noted for saving
        self.changed: set[Said] = set()

    def heard_enough(self, chat: str, member: str, at: datetime) -> bool:
        """Whether `member` heard `REFUSALS` refusals in `chat` within the `REFUSAL_WINDOW`
        before `at`; counts this one otherwise."""
        key = (chat, member)
        recent = [t for t in self.said.get(key, ()) if timedelta(0) <= at - t < REFUSAL_WINDOW]
        if len(recent) >= REFUSALS:
            return True
        self.said[key] = (*recent, at)
        if self.tracking:
            self.changed.add(key)
        return False

    def track_windows(self, saved: Iterable[Window]) -> None:
        self.tracking = True
        for window in saved:
            if window.kind == KIND and window.saved is not None and len(window.key) == 2:
                chat, member = window.key
                self.said[(chat, member)] = tuple(map(datetime.fromisoformat, window.saved))

    def changed_windows(self) -> list[Window]:
        windows = []
        for key in self.changed:
            times = self.said.get(key)
            if not times:  # pushed out by the bound: nothing to keep
                windows.append(Window(KIND, key, None))
                continue
            newest = times[-1]
            saved = [t.isoformat() for t in times]
            windows.append(Window(KIND, key, saved, at=newest, until=newest + REFUSAL_WINDOW))
        self.changed = set()
        return windows


class Refusals(Slice[RefusalBook]):
    name = "refusals"

    @classmethod
    async def load(cls, community: str, database: Any) -> RefusalBook:
        return RefusalBook()  # windows only: a cluster worker's come back through track_windows
