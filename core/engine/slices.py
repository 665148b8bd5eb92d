"""Per-community state a component keeps in memory, loaded once and kept by the engine.

The engine is the only writer of a community's rows while it holds the community, so the
in-memory slice is authoritative; it is dropped and reloaded after a failed commit.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from typing import TYPE_CHECKING, Any, ClassVar

if TYPE_CHECKING:
    from ..storage.database import Database


class Slice(ABC):
    name: ClassVar[str]

    @classmethod
    @abstractmethod
    async def load(cls, community: str, database: Database) -> Any:
        """Read this community's state from the database."""
