"""Cluster test plumbing: a fresh Redis key prefix per test, snapshots of what users see."""

from __future__ import annotations

import os
import uuid
from collections.abc import AsyncIterator, Iterable
from contextlib import asynccontextmanager

import pytest
from redis.asyncio import Redis

from groupops.core.adapter import Adapter
from groupops.core.clock import Clock
from groupops.core.cluster.eventcodec import encode_event
from groupops.core.cluster.launch import drop_keys
from groupops.core.cluster.partitions import Keys
from groupops.core.cluster.worker import Worker
from groupops.core.events import Event
from groupops.core.settings import Settings
from groupops.core.storage.database import Database

REDIS_ENV = "GROUPOPS_TEST_REDIS"
DEFAULT_REDIS = "redis://127.0.0.1:6379/0"


def redis_url() -> str:
    value = os.environ.get(REDIS_ENV, "")
    return value if "://" in value else DEFAULT_REDIS


def need_cluster() -> None:
    for env in ("GROUPOPS_TEST_POSTGRES", REDIS_ENV):
        if not os.environ.get(env):
            pytest.skip(f"cluster tests run when GROUPOPS_TEST_POSTGRES and {REDIS_ENV} are set")


@asynccontextmanager
async def scratch_redis() -> AsyncIterator[tuple[Redis, str]]:
    """A Redis client and a key prefix of its own; every key under it is deleted afterwards."""
    redis = Redis.from_url(redis_url())
    prefix = f"groupops-test-{uuid.uuid4().hex[:10]}"
    try:
        yield redis, prefix
    finally:
        await drop_keys(redis, Keys(prefix))
        await redis.aclose()


SNAPSHOT_QUERIES = {
    "members": "SELECT community, key, name, status, messages, balance, tier, joined_at, "
    "last_message_at FROM members ORDER BY community, key",
    "ledger": "SELECT community, member, delta, reason, key FROM ledger ORDER BY key",
    "checkins": "SELECT community, member, day FROM checkins ORDER BY community, member, day",
    "audit": "SELECT id, community, action, target, rule, outcome FROM audit_log ORDER BY id",
    "warnings": "SELECT id, community, member, rule, created_at, cleared_at FROM warnings "
    "ORDER BY id",
    "outbox": "SELECT id, community, chat, kind, payload, status FROM outbox ORDER BY id",
    "campaigns": "SELECT community, name, kind, status, state, starts_at, ends_at FROM campaigns "
    "ORDER BY community, name",
    "entries": "SELECT community, campaign, member, status, data FROM campaign_entries "
    "ORDER BY community, campaign, member",
    "processed": "SELECT key, outcome FROM processed_events ORDER BY key",
}


async def snapshot(database: Database) -> dict[str, list[tuple]]:
    """Points, warnings and audit, tiers, members and every message queued to be sent."""
    out = {}
    for name, sql in SNAPSHOT_QUERIES.items():
        _, rows = await database.connection.execute_query(sql)
        out[name] = [tuple(row.values()) if isinstance(row, dict) else tuple(row) for row in rows]
    return out


async def owning_worker(
    settings: Settings,
    database: Database,
    redis: Redis,
    worker_id: str,
    communities: list[str],
    adapters: Iterable[Adapter] = (),
    clock: Clock | None = None,
) -> Worker:
    """A worker (not running its loops) that holds the partitions of `communities`."""
    worker = Worker(settings, database, redis, adapters, clock=clock, worker_id=worker_id)
    await worker.engine.start(adapters=False, scheduler=False, recover_outbox=False)
    for name in communities:
        partition = worker.router.by_community[name]
        if partition not in worker.leases.held:
            assert await worker.leases.try_acquire(partition, database) is not None
            await worker._gain(partition)
    return worker


async def feed(worker: Worker, events: Iterable[Event]) -> None:
    """Process `events` as one batch read from their streams."""
    batch: dict[str, list] = {}
    for n, event in enumerate(events, 1):
        stream = worker.keys.stream(worker.router.partition(event))
        batch.setdefault(stream, []).append((f"{n}-0".encode(), {b"e": encode_event(event)}))
    await worker._process(batch)
