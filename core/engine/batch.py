"""A batch of events being processed: what it has decided so far, until one transaction
commits it, and the errors a batch's processing ends with."""

from __future__ import annotations

import asyncio

from ..errors import GroupopsError
from ..events import Event
from .delivery import Delivery
from .results import Result
from .unit import UnitOfWork

Item = tuple[Event, asyncio.Future]


class CommitFailed(Exception):
    """The database refused or could not be reached; the communities' state is stale."""

    def __init__(self, communities: set[str]) -> None:
        super().__init__(f"commit failed for {sorted(communities)}")
        self.communities = communities


class EngineHalted(GroupopsError):
    """Event processing stopped for good: what a submitter still waiting gets, and what the
    process exits with (its events not acknowledged are delivered again)."""


class Batch:
    """What a batch has done so far, until it commits."""

    def __init__(self) -> None:
        self.clear()

    def clear(self) -> None:
        """Empty again (its decisions committed, or to be decided afresh)."""
        self.uow = UnitOfWork()
        self.members: dict[tuple[str, str], tuple] = {}
        self.deliveries: list[Delivery] = []
        self.withdrawn: list[str] = []  # outbox ids cancelled by the batch's events
        self.results: list[tuple[asyncio.Future, Result]] = []
        self.communities: set[str] = set()
        self.keys: set[str] = set()
