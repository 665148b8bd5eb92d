"""How a worker's background loops log Redis or the database going away: one line when a loop
first finds it unreachable, a reminder now and then, and one when it is back, instead of a
traceback every pass (an outage of a minute wrote hundreds of lines, each with the values of
the frames' variables)."""

from __future__ import annotations

from redis.exceptions import RedisError
from redis.exceptions import TimeoutError as RedisTimeout

from .. import outage
from ..outage import causes, database_away
from ..redaction import one_line


def redis_away(error: BaseException) -> str | None:
    # redis-py raises its own errors for a connection refused, reset or timed out
    return "Redis" if isinstance(error, RedisError) else None


class Outage(outage.Outage):
    """The state of one loop's Redis and database: away or reachable."""

    def __init__(self, what: str) -> None:
        super().__init__(what, (redis_away, database_away))

    def unreachable(self, service: str, error: BaseException) -> str:
        # a read that timed out may be this process's fault (stopped, starved of CPU), not
        # Redis's: say what was seen rather than blame Redis
        if service == "Redis" and any(isinstance(c, RedisTimeout) for c in causes(error)):
            return f"no answer from Redis in time ({one_line(error)})"
        return super().unreachable(service, error)
