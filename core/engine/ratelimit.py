"""Token buckets for outbound limits (per chat and per adapter)."""

from __future__ import annotations

from dataclasses import dataclass, field


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

    def block(self, now: float, seconds: float) -> None:
        """The platform said wait (429 retry_after): no tokens until then."""
        self.tokens = -seconds * self.rate
        self.stamp = now


class ChatLimiter:
    """A chat may send when both its per-second and per-minute buckets have a token and the
    platform has not told us to wait."""

    __slots__ = ("blocked_until", "buckets")

    def __init__(self, per_second: float, per_minute: int) -> None:
        self.blocked_until = 0.0
        self.buckets: list[Bucket] = []
        if per_second:
            self.buckets.append(Bucket(per_second, max(1.0, per_second)))
        if per_minute:
            self.buckets.append(Bucket(per_minute / 60.0, float(per_minute)))

    def wait(self, now: float, counted: bool = True) -> float:
        """Seconds until sending is allowed; takes the tokens when it is allowed now.
        Calls that are not messages (`counted=False`) only respect a platform's block."""
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
