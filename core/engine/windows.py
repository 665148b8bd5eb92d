"""Windows: short-lived memories a component keeps per community (how many messages a member
sent in the last seconds, which accounts posted the same text). One process keeps them in
memory only; a cluster saves the changed ones after each committed batch and gives them to the
next owner of the community, so a partition changing hands does not reset a flood count.

A slice state that keeps windows derives from `Windowed`; it notes changes only once tracking
was switched on, so a single process pays nothing for this.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any


@dataclass(frozen=True, slots=True)
class Window:
    """One window in storable form. `saved` is JSON-able (datetimes allowed), or None when the
    window emptied; `at` is its newest message time and it matters until `until`."""

    kind: str  # who keeps it, e.g. a detector's name
    key: tuple[str, ...]
    saved: Any
    at: datetime | None = None
    until: datetime | None = None


class Windowed(ABC):
    __slots__ = ()

    @abstractmethod
    def track_windows(self, saved: Iterable[Window]) -> None:
        """Start from `saved` and note changed windows from now on."""

    @abstractmethod
    def changed_windows(self) -> list[Window]:
        """The windows changed since last asked."""
