"""Per-community state a component keeps in memory, loaded once and kept by the engine.

The engine is the only writer of a community's rows while it holds the community, so the
in-memory slice is authoritative; it is dropped and reloaded after a failed commit.

A slice's state owns its writes: a method that changes it takes the event's `Writes` (the
`Context`) and queues the matching named row in the same call
(`ctx.slice(CheckinDays).record(ctx, member, day, at)`), so memory and the rows the event
commits cannot drift apart; if the commit fails, the reload drops both.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from typing import TYPE_CHECKING, Any, ClassVar, Generic, Protocol, TypeVar

if TYPE_CHECKING:
    from ..storage.database import Database
    from ..storage.statements import Statement


State = TypeVar("State")
Row = TypeVar("Row", bound=tuple[Any, ...])


class Writes(Protocol):
    """The event's unit of work, as a slice's state sees it."""

    def write(self, statement: Statement[Row], row: Row) -> None: ...


class Slice(ABC, Generic[State]):
    """`Slice[State]`: what `load` returns is what `ctx.slice(ThisSlice)` gives, typed."""

    name: ClassVar[str]

    @classmethod
    @abstractmethod
    async def load(cls, community: str, database: Database) -> State:
        """Read this community's state from the database."""
