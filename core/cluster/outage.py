"""How a worker's background loops log Redis going away: one line when a loop first finds it
unreachable and one when it is back, instead of a traceback every pass (an outage of a minute
wrote hundreds of lines, each with the values of the frames' variables)."""

from __future__ import annotations

from loguru import logger
from redis.exceptions import RedisError


class Outage:
    """The state of one loop's Redis: away or reachable."""

    def __init__(self, what: str) -> None:
        self.what = what  # "lease pass", "stream trimming"
        self.away = False

    def failed(self, error: Exception) -> None:
        # redis-py raises its own errors for a connection refused, reset or timed out; anything
        # else is no outage but a bug to see whole
        if not isinstance(error, RedisError):
            logger.opt(exception=error).error("{} failed; retrying", self.what)
            return
        if not self.away:
            logger.warning(
                "{}: Redis unreachable ({}); retrying until it is back", self.what, error
            )
        self.away = True

    def passed(self) -> None:
        if self.away:
            logger.info("{}: Redis reachable again", self.what)
        self.away = False
