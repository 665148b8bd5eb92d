"""Per-community state a component keeps in memory, loaded once and kept by the engine.

The engine is the only writer of a community's rows while it holds the community, so the
in-memory slice is authoritative; it is dropped and reloaded after a failed commit.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from typing import TYPE_CHECKING, ClassVar, Generic, TypeVar

if TYPE_CHECKING:
    from ..storage.database import Database


State = TypeVar("State")


class Slice(ABC, Generic[State]):
    """`Slice[State]`: what `load` returns is what `ctx.slice(ThisSlice)` gives, typed."""

    name: ClassVar[str]

    @classmethod
    @abstractmethod
    async def load(cls, community: str, database: Database) -> State:
        """Read this community's state from the database."""
