"""What `groupops receive` serves at /metrics follows Redis: the events it put on the streams,
those the workers have not committed, those refused while Redis was away, those queued again
after Redis came back empty, and whether Redis answers. It served none, so a receiver cut off
from Redis looked like a quiet group on every dashboard (serving: test_cluster_metrics.py)."""

from __future__ import annotations

import asyncio

import httpx
import pytest
from redis.asyncio import Redis
from support.cluster import need_cluster
from support.redis_server import RedisServer
from test_cluster_parts import message

from groupops.core.cluster.intake import StreamIntake
from groupops.core.cluster.receiving_metrics import ReceiverCollector
from groupops.core.errors import NotQueued
from groupops.core.intake import IntakeSupervisor
from groupops.core.metrics.prometheus import serve_metrics
from groupops.core.settings import validate_settings


def raw_settings(redis: str, prefix: str) -> dict:
    return {
        "cluster": {"redis_url": redis, "prefix": prefix, "partitions": 1},
        "metrics": {"prometheus": {"enabled": True, "port": 0}},
        "platforms": {"local": {"adapter": "local", "peer": "http://127.0.0.1:9"}},
        "rulesets": {"main": {"timezone": "Asia/Shanghai"}},
        "communities": {"club": {"ruleset": "main", "chats": ["local:main"]}},
    }


async def test_the_figures_follow_redis_going_away_and_coming_back_empty(tmp_path):
    need_cluster()
    server = RedisServer(tmp_path)
    server.start()
    settings = validate_settings(raw_settings(server.url, "groupops-metrics"), "test")
    redis = Redis.from_url(server.url, socket_timeout=1)
    intake = StreamIntake(settings, redis)
    stopping = asyncio.Event()
    upkeep = asyncio.create_task(intake.run(stopping))
    metrics = await serve_metrics(
        settings.metrics.prometheus, ReceiverCollector(intake, IntakeSupervisor())
    )
    assert metrics is not None
    address = f"http://127.0.0.1:{metrics.port}/metrics"
    try:
        async with httpx.AsyncClient() as client:

            async def figures_once(*wanted: str) -> str:
                for _ in range(300):  # upkeep looks at Redis once a second
                    page = (await client.get(address)).text
                    if all(line in page for line in wanted):
                        return page
                    await asyncio.sleep(0.1)
                raise AssertionError(f"/metrics never showed {wanted}:\n{page}")

            await intake.publish(message(n) for n in range(1, 4))
            await figures_once(
                "groupops_events_queued_total 3.0",
                "groupops_events_uncommitted 3.0",
                "groupops_redis_unreachable 0.0",
            )
            server.kill()
            await figures_once("groupops_redis_unreachable 1.0")
            with pytest.raises(NotQueued):
                await intake.submit(message(4))
            await figures_once("groupops_events_refused_total 1.0")
            server.start()  # empty: what was queued is queued again
            await figures_once(
                "groupops_redis_unreachable 0.0",
                "groupops_events_requeued_total 3.0",
                "groupops_events_queued_total 6.0",
            )
    finally:
        stopping.set()
        await upkeep
        await metrics.stop()
        await redis.aclose()
        server.kill()
