"""Capped exponential backoff with jitter, for reconnect loops.

The pause doubles after each failed attempt up to a maximum and is jittered so that many
clients do not retry in step; the jitter never takes a pause past the maximum. A loop calls
`reset()` once a connection is established, so the next outage starts again from the
shortest pause instead of where the previous outage left off.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

JITTER = 0.2  # a pause is drawn from ±20 % of the nominal delay, then capped


@dataclass
class Backoff:
    initial: float = 0.5
    maximum: float = 60.0
    _delay: float = field(init=False, default=0.0)
    _random: random.Random = field(init=False, repr=False, default_factory=random.Random)

    def __post_init__(self) -> None:
        self.initial = min(self.initial, self.maximum)
        self._delay = self.initial

    @property
    def upcoming(self) -> float:
        """The nominal delay of the next pause (before jitter)."""
        return self._delay

    def next_pause(self) -> float:
        """The pause before the next attempt; the one after it doubles, up to the maximum."""
        jittered = self._delay * self._random.uniform(1 - JITTER, 1 + JITTER)
        self._delay = min(self._delay * 2, self.maximum)
        return min(jittered, self.maximum)

    def reset(self) -> None:
        """A connection was established: the next outage starts from the shortest pause."""
        self._delay = self.initial
