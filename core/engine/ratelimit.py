"""Outbound limits: token buckets per chat and per adapter, and the platform's own blocks (a
429's retry_after). A lane asks its `Limits` before each delivery; one process keeps them in
memory (`LocalLimits`), a cluster shares them in Redis (core/cluster/ratelimits.py) so workers
sending through one bot together stay under the platform's limits."""

from __future__ import annotations

import asyncio
from abc import ABC, abstractmethod
from collections.abc import Callable
from dataclasses import dataclass, field

from ..adapter import RateLimits


@dataclass(frozen=True, slots=True)
class BucketSpec:
    """`rate` tokens a second, at most `capacity` saved up; `name` tells buckets apart."""

    name: str
    rate: float
    capacity: float


def chat_buckets(limits: RateLimits) -> tuple[BucketSpec, ...]:
    specs = []
    if limits.per_chat_per_second:
        rate = limits.per_chat_per_second
        specs.append(BucketSpec("s", rate, max(1.0, rate)))
    if limits.per_chat_per_minute:
        per_minute = limits.per_chat_per_minute
        specs.append(BucketSpec("m", per_minute / 60.0, float(per_minute)))
    return tuple(specs)


def global_bucket(limits: RateLimits) -> BucketSpec | None:
    rate = limits.global_per_second
    return BucketSpec("g", rate, max(1.0, rate)) if rate else None


class Limits(ABC):
    """One platform lane's limits. Each call that returns 0 has taken its tokens."""

    @abstractmethod
    async def chat_wait(self, chat: str, counted: bool) -> float:
        """Seconds until `chat` may be sent to. Calls that are not messages (`counted=False`)
        only respect a platform's block."""

    @abstractmethod
    async def global_wait(self) -> float:
        """Seconds until the adapter as a whole may send again."""

    @abstractmethod
    async def block(self, chat: str, seconds: float) -> None:
        """The platform said wait (429 retry_after): nothing to `chat` until then."""


LimitsFactory = Callable[[str, RateLimits], Limits]  # (platform, the adapter's limits)


@dataclass(slots=True)
class Bucket:
    """`rate` tokens a second up to `capacity`; `take` says how long to wait for one."""

    rate: float
    capacity: float
    tokens: float = field(default=-1.0)
    stamp: float = 0.0

    def take(self, now: float) -> float:
        """Take a token if one is there (returns 0), else return the seconds until one is."""
        if self.tokens < 0:
            self.tokens, self.stamp = self.capacity, now
        self.tokens = min(self.capacity, self.tokens + (now - self.stamp) * self.rate)
        self.stamp = now
        if self.tokens >= 1:
            self.tokens -= 1
            return 0.0
        return (1 - self.tokens) / self.rate


class ChatLimiter:
    """A chat may send when all its buckets have a token and the platform has not told us to
    wait."""

    __slots__ = ("blocked_until", "buckets")

    def __init__(self, specs: tuple[BucketSpec, ...]) -> None:
        self.blocked_until = 0.0
        self.buckets = [Bucket(spec.rate, spec.capacity) for spec in specs]

    def wait(self, now: float, counted: bool = True) -> float:
        if self.blocked_until > now:
            return self.blocked_until - now
        if not counted:
            return 0.0
        waits = [b.take(now) for b in self.buckets]
        longest = max(waits, default=0.0)
        if longest > 0:  # give back what was taken: nothing is sent yet
            for bucket, waited in zip(self.buckets, waits, strict=True):
                if waited == 0:
                    bucket.tokens += 1
        return longest

    def block(self, now: float, seconds: float) -> None:
        self.blocked_until = max(self.blocked_until, now + seconds)


class LocalLimits(Limits):
    """Limits in this process's memory: right for one process per bot."""

    def __init__(self, platform: str, limits: RateLimits) -> None:
        self.specs = chat_buckets(limits)
        spec = global_bucket(limits)
        self.bucket = Bucket(spec.rate, spec.capacity) if spec else None
        self.chats: dict[str, ChatLimiter] = {}

    def _chat(self, chat: str) -> ChatLimiter:
        limiter = self.chats.get(chat)
        if limiter is None:
            limiter = self.chats[chat] = ChatLimiter(self.specs)
        return limiter

    # The loop's clock: the lane waits out what these return with the loop's timers.
    async def chat_wait(self, chat: str, counted: bool) -> float:
        return self._chat(chat).wait(asyncio.get_running_loop().time(), counted)

    async def global_wait(self) -> float:
        now = asyncio.get_running_loop().time()
        return self.bucket.take(now) if self.bucket is not None else 0.0

    async def block(self, chat: str, seconds: float) -> None:
        self._chat(chat).block(asyncio.get_running_loop().time(), seconds)
