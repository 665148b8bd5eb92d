"""`groupops receive` serves /metrics when `[metrics.prometheus]` enables it: the events it put
on the streams, those the workers have not committed, those refused while Redis was away, and
whether Redis answers. It served none, so a receiver cut off from Redis looked like a quiet
group on every dashboard."""

from __future__ import annotations

import asyncio
import re
import signal
import sys

import httpx
import pytest
from redis.asyncio import Redis
from support.cli import clean_env
from support.cluster import need_cluster, redis_url, scratch_redis
from support.redis_server import RedisServer
from test_cluster_parts import message

from groupops.core.cluster.intake import StreamIntake
from groupops.core.cluster.launch import write_settings
from groupops.core.cluster.receiving_metrics import ReceiverCollector
from groupops.core.errors import NotQueued
from groupops.core.intake import IntakeSupervisor
from groupops.core.metrics.prometheus import serve_metrics
from groupops.core.settings import validate_settings

SERVING = re.compile(r"prometheus metrics at (http://\S+/metrics)")
RECEIVING = re.compile(r"receiving into the streams")


def raw_settings(redis: str, prefix: str) -> dict:
    return {
        "cluster": {"redis_url": redis, "prefix": prefix, "partitions": 1},
        "metrics": {"prometheus": {"enabled": True, "port": 0}},
        "platforms": {"local": {"adapter": "local", "peer": "http://127.0.0.1:9"}},
        "rulesets": {"main": {"timezone": "Asia/Shanghai"}},
        "communities": {"club": {"ruleset": "main", "chats": ["local:main"]}},
    }


async def test_a_receiver_serves_metrics_when_they_are_enabled(tmp_path):
    need_cluster()
    async with scratch_redis() as (_redis, prefix):
        path = write_settings(tmp_path / "settings.toml", raw_settings(redis_url(), prefix))
        process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "groupops.core.cli", "receive", "--settings", str(path),
            cwd=tmp_path, env=clean_env(), stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.STDOUT,
        )  # fmt: skip
        assert process.stdout is not None
        lines: list[str] = []
        try:
            address = await asyncio.wait_for(_serving(process.stdout, lines), 100)
            async with httpx.AsyncClient() as client:
                page = (await client.get(address)).text
        finally:
            process.send_signal(signal.SIGTERM)
            rest, _ = await asyncio.wait_for(process.communicate(), 60)
        assert "groupops_events_queued_total 0.0" in page
        assert "groupops_redis_unreachable 0.0" in page
        assert process.returncode == 0, "\n".join(lines) + rest.decode()


async def _serving(stream: asyncio.StreamReader, lines: list[str]) -> str:
    while line := (await stream.readline()).decode():
        lines.append(line)
        if found := SERVING.search(line):
            return found.group(1)
        if RECEIVING.search(line):
            break
    raise AssertionError("the receiver started without serving /metrics:\n" + "".join(lines))


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
