"""A warning anyone on the network can cause at will (a webhook request with a wrong secret,
malformed HTTP, a connection over the listener's limit): the first one said, then at most one
line a minute, counting those not said. Said every time, a flood of them wrote hundreds of
lines a second and buried what came before; `outage.py` does the same for a service away."""

from __future__ import annotations

import time
from collections.abc import Callable

from loguru import logger

from .outage import REMIND_SECONDS


class ThrottledWarning:
    """One kind of warning: said when a minute has passed since it was last said."""

    def __init__(
        self, clock: Callable[[], float] = time.monotonic, every: float = REMIND_SECONDS
    ) -> None:
        self.clock = clock
        self.every = every
        self.said_at: float | None = None  # when it was last said
        self.unsaid = 0  # how many came since, not said

    def warn(self, message: str, *args: object) -> None:
        """`message` formatted with `args` as loguru does; when some were not said since the
        last line, the line ends with how many and over how long."""
        now = self.clock()
        if self.said_at is not None and now - self.said_at < self.every:
            self.unsaid += 1
            return
        if self.said_at is not None and self.unsaid:
            message += " ({} more like it in the last {:.0f}s)"
            args = (*args, self.unsaid, now - self.said_at)
        self.said_at, self.unsaid = now, 0
        logger.opt(depth=1).warning(message, *args)
