"""Noticing that Redis forgot everything (a restart without persistence, a failover to an empty
replica): streams, leases, consumer groups, limits and admin lists all gone at once.

One key, `{prefix}:incarnation`, is written by whoever finds it missing, with a random id and
Redis's clock at that moment. A process that saw another id before knows Redis lost its
contents in between: a receiver queues again what the workers had not committed, and a worker
drops the partitions it held. No worker takes a partition until the incarnation is a lease
period old, so whoever held one before the loss has stopped delivering for it by then (its
lease could no longer be renewed).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from redis.asyncio import Redis

from .partitions import Keys

# KEYS: the incarnation key. ARGV: a fresh id. Returns the current value and Redis's time (ms).
_ENSURE = """
local t = redis.call('TIME')
local now = t[1] * 1000 + math.floor(t[2] / 1000)
local value = redis.call('GET', KEYS[1])
if not value then
  value = ARGV[1] .. ':' .. now
  redis.call('SET', KEYS[1], value)
end
return {value, tostring(now)}
"""


@dataclass(frozen=True, slots=True)
class Seen:
    id: str
    age: float  # seconds since this incarnation began, on Redis's clock


class Incarnation:
    def __init__(self, redis: Redis, keys: Keys) -> None:
        self.key = keys.incarnation()
        self.script = redis.register_script(_ENSURE)

    async def current(self) -> Seen:
        """The incarnation now (starting one if Redis has none) and how old it is."""
        value, now = await self.script([self.key], [uuid.uuid4().hex])
        value = value.decode() if isinstance(value, bytes) else value
        born = int(value.rsplit(":", 1)[1])
        return Seen(value, max(0.0, (int(now) - born) / 1000))
