"""Partition leases in Redis, fenced in PostgreSQL.

A lease is a Redis key holding the owner's id with a TTL the owner keeps renewing. Each
acquisition takes the next epoch from the partition's fence row in PostgreSQL (so a Redis that
restarted empty cannot hand out an epoch already used); every batch transaction checks, under a
share lock on the fence rows, that its partitions still carry the worker's epochs. A worker
that stalled past its TTL (GC pause, network) and lost the partition therefore cannot commit:
its transaction is refused and rolled back. The share lock also makes the new owner's fence
raise wait for a commit in progress, so it reads the stream only after that commit is visible.
"""

from __future__ import annotations

import time

from redis.asyncio import Redis

from ..errors import NotOwner
from ..storage.database import Database
from .partitions import Keys

# Renew or release only while the key still names us (atomic compare in Redis).
_RENEW = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) else return 0 end"  # noqa: E501
_RELEASE = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end"  # noqa: E501


class Fenced(NotOwner):
    """A batch touched a partition whose lease moved to a newer epoch."""

    def __init__(self, partitions: list[int]) -> None:
        super().__init__(f"partitions {partitions} are now owned by another worker")
        self.partitions = partitions


class Leases:
    def __init__(self, redis: Redis, keys: Keys, owner: str, ttl: float) -> None:
        self.redis = redis
        self.keys = keys
        self.owner = owner
        self.ttl_ms = int(ttl * 1000)
        self.held: dict[int, int] = {}  # partition -> epoch
        self.valid_until: dict[int, float] = {}  # partition -> monotonic deadline (local view)

    async def try_acquire(self, partition: int, database: Database) -> int | None:
        """Take a free partition; returns the new epoch, or None when someone holds it."""
        if not await self.redis.set(
            self.keys.lease(partition), self.owner, nx=True, px=self.ttl_ms
        ):
            return None
        epoch = await next_epoch(database, partition, self.owner)
        self.held[partition] = epoch
        self.valid_until[partition] = time.monotonic() + self.ttl_ms / 1000
        return epoch

    async def renew(self) -> list[int]:
        """Extend every held lease; returns the partitions that were lost."""
        lost = []
        for partition in list(self.held):
            started = time.monotonic()
            ok = await self.redis.eval(
                _RENEW, 1, self.keys.lease(partition), self.owner, self.ttl_ms
            )
            if partition not in self.held:
                continue  # released while we asked: neither renewed nor lost
            if ok:
                self.valid_until[partition] = started + self.ttl_ms / 1000
            else:
                lost.append(partition)
                self.forget(partition)
        return lost

    async def release(self, partition: int) -> None:
        self.forget(partition)
        await self.redis.eval(_RELEASE, 1, self.keys.lease(partition), self.owner)

    def forget(self, partition: int) -> None:
        self.held.pop(partition, None)
        self.valid_until.pop(partition, None)

    def still_mine(self, partition: int) -> bool:
        """Locally known to be held for a while more: a second, or a quarter of a short lease
        (renewed every third of it, so a fresh renewal always leaves more than the margin)."""
        deadline = self.valid_until.get(partition)
        margin = min(1.0, self.ttl_ms / 4000)
        return deadline is not None and deadline - time.monotonic() > margin


async def next_epoch(database: Database, partition: int, owner: str) -> int:
    """Raise the partition's fence by one and return it: the new owner's epoch."""
    sql = (
        "INSERT INTO partition_fences (partition, epoch, owner) VALUES ($1, 1, $2) "
        "ON CONFLICT (partition) DO UPDATE SET epoch = partition_fences.epoch + 1, "
        "owner = excluded.owner RETURNING epoch"
    )
    rows = await database.connection.execute_query_dict(sql, [partition, owner])
    return int(rows[0]["epoch"])


async def check_fence(conn, held: dict[int, int], partitions: set[int]) -> None:
    """Inside a batch transaction: refuse it unless every partition still has our epoch."""
    wanted = sorted(partitions)
    marks = ", ".join(f"${i + 1}" for i in range(len(wanted)))
    sql = f"SELECT partition, epoch FROM partition_fences WHERE partition IN ({marks}) FOR SHARE"
    _, rows = await conn.execute_query(sql, wanted)
    current = {row["partition"]: row["epoch"] for row in rows}
    stale = [p for p in wanted if p not in held or current.get(p) != held[p]]
    if stale:
        raise Fenced(stale)
