"""How a worker's background loops log Redis or the database going away: one line when a loop
first finds it unreachable, a reminder now and then, and one when it is back, instead of a
traceback every pass (an outage of a minute wrote hundreds of lines, each with the values of
the frames' variables)."""

from __future__ import annotations

from redis.exceptions import RedisError

from .. import outage
from ..outage import database_away


def redis_away(error: BaseException) -> str | None:
    # redis-py raises its own errors for a connection refused, reset or timed out
    return "Redis" if isinstance(error, RedisError) else None


class Outage(outage.Outage):
    """The state of one loop's Redis and database: away or reachable."""

    def __init__(self, what: str) -> None:
        super().__init__(what, (redis_away, database_away))
