"""Windows shared through Redis: after each committed batch a worker saves the windows its
communities changed (flood counts, raid texts), and the next owner of a community loads them
with its state. Write-behind, so no message waits on Redis; a worker killed between a commit
and the save loses that batch's window changes, nothing else.

Per community a hash holds the windows (field: the window's kind and key, value: its saved
form) and a sorted set when each stops mattering, in message time; a save drops the windows
that ended before the newest message it saw. Both keys expire after the longest window of
silence, so a quiet community leaves nothing behind.
"""

from __future__ import annotations

from collections.abc import Iterable

import orjson
from loguru import logger
from redis.asyncio import Redis
from redis.exceptions import RedisError

from ..engine.state import CommunityState
from ..engine.windows import Window, Windowed
from .partitions import Keys

# KEYS: hash, sorted set. ARGV: the newest message time, TTL in ms, then per window its field,
# saved form ('' when it emptied) and end time.
_SAVE = """
for i = 3, #ARGV, 3 do
  if ARGV[i + 1] == '' then
    redis.call('HDEL', KEYS[1], ARGV[i])
    redis.call('ZREM', KEYS[2], ARGV[i])
  else
    redis.call('HSET', KEYS[1], ARGV[i], ARGV[i + 1])
    redis.call('ZADD', KEYS[2], ARGV[i + 2], ARGV[i])
  end
end
for _, field in ipairs(redis.call('ZRANGEBYSCORE', KEYS[2], '-inf', '(' .. ARGV[1])) do
  redis.call('HDEL', KEYS[1], field)
end
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', '(' .. ARGV[1])
for k = 1, 2 do
  if redis.call('PTTL', KEYS[k]) < tonumber(ARGV[2]) then
    redis.call('PEXPIRE', KEYS[k], ARGV[2])
  end
end
return 1
"""

QUIET_MARGIN_MS = 60_000  # kept this long past the longest window, for a slow takeover


def _windowed(state: CommunityState) -> list[Windowed]:
    return [s for s in state.slices.values() if isinstance(s, Windowed)]


class SharedWindows:
    def __init__(self, redis: Redis, keys: Keys) -> None:
        self.redis = redis
        self.keys = keys
        self.script = redis.register_script(_SAVE)

    async def load(self, state: CommunityState) -> None:
        """Give a freshly loaded community its saved windows (the StateStore's load hook)."""
        holders = _windowed(state)
        if not holders:
            return
        try:
            raw = await self.redis.hgetall(self.keys.windows(state.name)[0])
        except RedisError as exc:
            logger.warning("windows of {} not loaded ({}); starting empty", state.name, exc)
            raw = {}
        saved = []
        for field, value in raw.items():
            kind, *key = orjson.loads(field)
            saved.append(Window(kind, tuple(key), orjson.loads(value)))
        for holder in holders:
            holder.track_windows(saved)

    async def save(self, states: Iterable[CommunityState]) -> None:
        """Write the windows `states` changed since their last save, one round trip."""
        pipe = self.redis.pipeline(transaction=False)
        queued = 0
        for state in states:
            changed = [w for holder in _windowed(state) for w in holder.changed_windows()]
            if changed:
                await self.script(self.keys.windows(state.name), _args(changed), client=pipe)
                queued += 1
        if not queued:
            return
        try:
            await pipe.execute()
        except RedisError as exc:
            logger.warning("windows of {} communities not saved: {}", queued, exc)


def _args(windows: list[Window]) -> list[bytes | str | float]:
    newest, longest = 0.0, 0.0
    args: list[bytes | str | float] = []
    for window in windows:
        field = orjson.dumps([window.kind, *window.key])
        if window.saved is None or window.at is None or window.until is None:
            args += [field, "", 0]
            continue
        at, until = window.at.timestamp(), window.until.timestamp()
        newest, longest = max(newest, at), max(longest, until - at)
        args += [field, orjson.dumps(window.saved), until]
    return [newest, int(longest * 1000) + QUIET_MARGIN_MS, *args]
