"""10,000 events through two `groupops worker` processes on PostgreSQL and Redis Streams while
one of them is SIGKILLed several times: afterwards every balance, check-in, audit entry, member
record and queued message equals a single-process run of the same stream."""

from __future__ import annotations

import asyncio
import signal
import time

from support.cluster import need_cluster, redis_url, scratch_redis, snapshot
from support.databases import fresh_postgres

from groupops.core.bench.workload import make_workload
from groupops.core.cluster.intake import StreamIntake
from groupops.core.cluster.launch import start_worker, unacknowledged, write_settings
from groupops.core.cluster.partitions import Keys
from groupops.core.engine import Engine
from groupops.core.settings import validate_settings
from groupops.core.storage.database import open_database

EVENTS = 10_000
COMMUNITIES = 12
KILLS_AT = (1_500, 4_000, 6_500)  # committed events at which worker A is killed
DEADLINE = 90.0


def raw_settings(db_url: str, prefix: str) -> dict:
    chats = [f"local:c{i}" for i in range(COMMUNITIES)]
    return {
        "database": {"url": db_url},
        "cluster": {
            "redis_url": redis_url(),
            "prefix": prefix,
            "partitions": 8,
            "lease_seconds": 1.0,
            "read_count": 256,
        },
        "rulesets": {
            "bench": {
                "timezone": "Asia/Shanghai",
                # flood windows are saved after each commit, so a SIGKILL between a commit
                # and the save loses that batch's counts (docs/scaling.md); the blocklist's
                # warnings and ladder are durable
                "moderation": {
                    "flood": {"enabled": False},
                    "blocklist": {"words": ["deploy finished"]},
                },
                "autoreply": {
                    # cooldown windows live in the owner's memory; 0 keeps the outcome exact
                    "rules": [
                        {"pattern": "price", "reply": "See the pinned message.", "cooldown": 0}
                    ]
                },
            }
        },
        "communities": {
            f"c{i}": {"ruleset": "bench", "chats": [chats[i]]} for i in range(COMMUNITIES)
        },
    }


async def single_process(raw: dict, events) -> dict:
    async with fresh_postgres() as url:
        settings = validate_settings({**raw, "database": {"url": url}}, "reference")
        database = await open_database(url)
        engine = Engine(settings, database, [])
        await engine.start(adapters=False, scheduler=False)
        for future in [engine.submit_nowait(event) for event in events]:
            await future
        await engine.stop(drain_timeout=0)
        result = await snapshot(database)
        await database.close()
        return result


async def committed(database) -> int:
    _, rows = await database.connection.execute_query("SELECT count(*) AS n FROM processed_events")
    return int(rows[0]["n"])


async def test_two_workers_with_kills_equal_a_single_process(tmp_path):
    need_cluster()
    chats = [f"local:c{i}" for i in range(COMMUNITIES)]
    events = make_workload(chats, 30, EVENTS).events
    async with fresh_postgres() as url, scratch_redis() as (redis, prefix):
        raw = raw_settings(url, prefix)
        expected = await single_process(raw, events)
        settings = validate_settings(raw, "cluster")
        database = await open_database(url)  # migrated before the workers start
        await StreamIntake(settings, redis).publish(events)
        path = write_settings(tmp_path / "settings.toml", raw)
        logs = tmp_path / "workers.log"
        workers = {"a": start_worker(path, logs), "b": start_worker(path, logs)}
        kills = list(KILLS_AT)
        try:
            started = time.monotonic()
            while True:
                done = await committed(database)
                if kills and done >= kills[0]:
                    kills.pop(0)
                    workers["a"].send_signal(signal.SIGKILL)
                    workers["a"].wait()
                    workers["a"] = start_worker(path, logs)
                if not kills and await unacknowledged(redis, Keys(prefix), 8) == 0:
                    break
                assert time.monotonic() - started < DEADLINE, logs.read_text()[-3000:]
                await asyncio.sleep(0.05)
        finally:
            for process in workers.values():
                process.send_signal(signal.SIGTERM)
            for process in workers.values():
                process.wait(timeout=30)
        await asyncio.sleep(0)  # the workers' outbox outcomes are flushed on SIGTERM
        actual = await snapshot(database)
        await database.close()
    assert len(KILLS_AT) == 3 and not kills  # worker A really died three times mid-stream
    assert len(actual["processed"]) == EVENTS
    assert sum(row[2] for row in actual["ledger"]) > 0  # points were awarded
    assert len(actual["warnings"]) > 100  # the blocklist warned, escalating per member
    for table in expected:
        lost = sorted(set(expected[table]) - set(actual[table]))[:3]
        doubled = len(actual[table]) - len(set(actual[table]))
        assert actual[table] == expected[table], f"{table}: lost {lost}, {doubled} doubled"
