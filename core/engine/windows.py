"""Windows: short-lived memories a component keeps per community (how many messages a member
sent in the last seconds, which accounts posted the same text). One process keeps them in
memory only; a cluster worker saves the changed ones in the transaction of the batch that
changed them and gives them to the next owner of the community, so neither a partition
changing hands, nor a worker killed after a commit, nor Redis losing its contents resets or
doubles a flood count.

A slice state that keeps windows derives from `Windowed`; it notes changes only once tracking
was switched on, so a single process pays nothing for this.
"""

from __future__ import annotations

import hashlib
from abc import ABC, abstractmethod
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, NamedTuple

import orjson

from ..storage.statements import sql, upsert
from .unit import UnitOfWork

if TYPE_CHECKING:
    from .state import CommunityState


class WindowRow(NamedTuple):
    id: str
    community: str
    saved: str  # JSON
    until: datetime


class WindowGone(NamedTuple):
    id: str


class WindowsBefore(NamedTuple):
    community: str
    until: datetime


WINDOW_UPSERT = upsert("saved_windows", WindowRow, key=("id",), update=("saved", "until"))
WINDOW_DELETE = sql("DELETE FROM saved_windows WHERE id = ?", WindowGone)
# Windows that ended before the newest message a batch saw matter no more.
WINDOWS_ENDED = sql("DELETE FROM saved_windows WHERE community = ? AND until < ?", WindowsBefore)


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

    def reset_windows(self) -> None:  # noqa: B027 - most holders keep theirs
        """The community's settings changed: windows counted under the old ones start over."""


def _windowed(state: CommunityState) -> list[Windowed]:
    return [s for s in state.slices.values() if isinstance(s, Windowed)]


def _row_id(community: str, window: Window) -> str:
    field = orjson.dumps([window.kind, *window.key])
    return f"{community}:{hashlib.blake2b(field, digest_size=16).hexdigest()}"


class WindowStore:
    """Windows kept in the database: saved by the batch that changed them, loaded with the
    community's state (a cluster worker; see Engine.keep_windows)."""

    async def load(self, state: CommunityState) -> None:
        holders = _windowed(state)
        if not holders:
            return
        from ..storage.models import SavedWindow  # here: the detectors' windows import no model

        saved = []
        for (value,) in await SavedWindow.filter(community=state.name).values_list("saved"):
            data = orjson.loads(value)
            saved.append(Window(data["kind"], tuple(data["key"]), data["saved"]))
        for holder in holders:
            holder.track_windows(saved)

    def write(self, state: CommunityState, uow: UnitOfWork) -> None:
        """Add the windows `state` changed since last asked to `uow`."""
        newest = None
        for holder in _windowed(state):
            for window in holder.changed_windows():
                row_id = _row_id(state.name, window)
                if window.saved is None or window.at is None or window.until is None:
                    uow.add(WINDOW_DELETE, (row_id,))
                    continue
                data = {"kind": window.kind, "key": list(window.key), "saved": window.saved}
                uow.add(
                    WINDOW_UPSERT, (row_id, state.name, orjson.dumps(data).decode(), window.until)
                )
                newest = window.at if newest is None else max(newest, window.at)
        if newest is not None:
            uow.add(WINDOWS_ENDED, (state.name, newest))
