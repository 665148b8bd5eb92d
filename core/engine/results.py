"""What submitting an event tells the submitter."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from ..actions import Action
from .degrade import Degradation


class Outcome(StrEnum):
    PROCESSED = "processed"
    DUPLICATE = "duplicate"  # the key was processed before: nothing changed
    IGNORED = "ignored"  # the chat belongs to no community
    FAILED = "failed"  # a component raised; logged, recorded, skipped
    QUEUED = "queued"  # on a durable stream; a cluster worker will process it


@dataclass(frozen=True, slots=True)
class Result:
    outcome: Outcome
    community: str | None = None
    actions: tuple[Action, ...] = ()
    degraded: tuple[Degradation, ...] = ()
