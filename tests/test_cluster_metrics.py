"""`groupops worker` and `groupops receive` with `[metrics.prometheus] enabled = true` serve
/metrics as `groupops run` does: a scaled-out operator who turned it on got no figures from any
worker or receiver, and no line saying why."""

from __future__ import annotations

import asyncio
import re
import signal
import sys

import httpx
from support.cli import clean_env
from support.cluster import need_cluster, redis_url, scratch_redis
from support.databases import fresh_postgres

from groupops.core.cluster.launch import write_settings

SERVING = re.compile(r"prometheus metrics at (http://\S+/metrics)")
# logged once it is set up
STARTED = re.compile(r"\bworker \S+ on postgres|receiving into the streams")


async def test_a_worker_serves_metrics_when_they_are_enabled(tmp_path):
    need_cluster()
    async with fresh_postgres() as url, scratch_redis() as (_redis, prefix):
        settings = {
            "database": {"url": url},
            "cluster": {"redis_url": redis_url(), "prefix": prefix, "partitions": 1},
            "metrics": {"prometheus": {"enabled": True, "port": 0}},
            "rulesets": {"main": {"timezone": "Asia/Shanghai"}},
            "communities": {"club": {"ruleset": "main", "chats": ["local:main"]}},
        }
        page = await served_page(tmp_path, settings, "worker", "--no-adapters")
    assert "groupops_outbox_depth 0.0" in page
    assert 'groupops_events_total{outcome="processed"}' in page


async def test_a_receiver_serves_metrics_when_they_are_enabled(tmp_path):
    need_cluster()
    async with scratch_redis() as (_redis, prefix):
        settings = {
            "cluster": {"redis_url": redis_url(), "prefix": prefix, "partitions": 1},
            "metrics": {"prometheus": {"enabled": True, "port": 0}},
            "platforms": {"local": {"adapter": "local", "peer": "http://127.0.0.1:9"}},
            "rulesets": {"main": {"timezone": "Asia/Shanghai"}},
            "communities": {"club": {"ruleset": "main", "chats": ["local:main"]}},
        }
        page = await served_page(tmp_path, settings, "receive")
    assert "groupops_events_queued_total 0.0" in page
    assert "groupops_redis_unreachable 0.0" in page


async def served_page(tmp_path, settings: dict, *command: str) -> str:
    """/metrics as the command serves it once started; it must then stop with status 0."""
    path = write_settings(tmp_path / "settings.toml", settings)
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "groupops.core.cli", *command, "--settings", str(path),
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
    assert process.returncode == 0, "".join(lines) + rest.decode()
    return page


async def _serving(stream: asyncio.StreamReader, lines: list[str]) -> str:
    while line := (await stream.readline()).decode():
        lines.append(line)
        if found := SERVING.search(line):
            return found.group(1)
        if STARTED.search(line):
            break
    raise AssertionError("it started without serving /metrics:\n" + "".join(lines))
