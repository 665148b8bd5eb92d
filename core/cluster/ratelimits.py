"""Outbound limits shared by every worker through Redis.

Workers sending through one bot must together stay under the platform's limits (Telegram:
about 30 messages a second per bot, 20 a minute per group), and a 429 one of them received
must hold the others back too. Each check is one atomic script run on Redis's own clock, so
the buckets agree across machines whose clocks do not. Keys expire once a bucket would have
refilled (an absent bucket reads as full), so idle chats leave nothing behind.
"""

from __future__ import annotations

from loguru import logger
from redis.asyncio import Redis
from redis.exceptions import RedisError

from ..adapter import RateLimits
from ..engine.ratelimit import BucketSpec, Limits, chat_buckets, global_bucket
from .outage import Outage
from .partitions import Keys

# ARGV: whether KEYS[1] is a block key (1/0), whether to take tokens (1/0), then rate and
# capacity of each bucket key that follows. Takes from every bucket or from none; returns the
# seconds to wait as text (Lua numbers would come back truncated to integers).
_TAKE = """
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
local first = 1
if ARGV[1] == '1' then
  local blocked = redis.call('PTTL', KEYS[1])
  if blocked > 0 then return tostring(blocked / 1000) end
  first = 2
end
if ARGV[2] == '0' then return '0' end
local wait, have = 0, {}
for i = first, #KEYS do
  local rate, capacity = tonumber(ARGV[2 * (i - first) + 3]), tonumber(ARGV[2 * (i - first) + 4])
  local saved = redis.call('HMGET', KEYS[i], 't', 's')
  local tokens = capacity
  if saved[1] then
    tokens = math.min(capacity, tonumber(saved[1]) + math.max(0, now - tonumber(saved[2])) * rate)
  end
  have[i] = tokens
  if tokens < 1 then wait = math.max(wait, (1 - tokens) / rate) end
end
if wait > 0 then return tostring(wait) end
for i = first, #KEYS do
  local rate, capacity = tonumber(ARGV[2 * (i - first) + 3]), tonumber(ARGV[2 * (i - first) + 4])
  local left, stamp = string.format('%.6f', have[i] - 1), string.format('%.6f', now)
  redis.call('HSET', KEYS[i], 't', left, 's', stamp)
  redis.call('PEXPIRE', KEYS[i], math.ceil(capacity / rate * 1000) + 1000)
end
return '0'
"""

# A block only ever grows: a shorter retry_after must not cut a longer one short.
_BLOCK = """
if redis.call('PTTL', KEYS[1]) < tonumber(ARGV[1]) then
  redis.call('SET', KEYS[1], '1', 'PX', ARGV[1])
end
return 1
"""

UNREACHABLE_WAIT = 1.0  # seconds a lane waits when Redis cannot be asked; the delivery stays


def _args(specs: tuple[BucketSpec, ...]) -> list[float]:
    return [value for spec in specs for value in (spec.rate, spec.capacity)]


class SharedLimits(Limits):
    def __init__(self, redis: Redis, keys: Keys, platform: str, limits: RateLimits) -> None:
        self.keys = keys
        self.platform = platform
        self.take = redis.register_script(_TAKE)
        self.pause = redis.register_script(_BLOCK)
        self.chat_specs = chat_buckets(limits)
        self.chat_args = _args(self.chat_specs)
        spec = global_bucket(limits)
        self.global_keys = [keys.rate(platform, spec.name)] if spec else []
        self.global_args = [0, 1, *_args((spec,))] if spec else []
        # every lane asks before each send: an outage is one line, not one per ask
        self.outage = Outage(f"{platform} rate limits")

    async def chat_wait(self, chat: str, counted: bool) -> float:
        keys = [self.keys.rate(self.platform, "block", chat)]
        keys += [self.keys.rate(self.platform, spec.name, chat) for spec in self.chat_specs]
        return await self._ask(keys, [1, int(counted), *self.chat_args])

    async def global_wait(self) -> float:
        if not self.global_keys:
            return 0.0
        return await self._ask(self.global_keys, self.global_args)

    async def block(self, chat: str, seconds: float) -> None:
        try:
            await self.pause(
                [self.keys.rate(self.platform, "block", chat)], [max(1, int(seconds * 1000))]
            )
        except RedisError as exc:
            logger.warning("rate limits: cannot record a {}s block of {}: {}", seconds, chat, exc)

    async def _ask(self, keys: list[str], args: list) -> float:
        try:
            wait = float(await self.take(keys, args))
        except RedisError as exc:
            self.outage.failed(exc)
            return UNREACHABLE_WAIT
        self.outage.passed()
        return wait
