"""Starting worker processes and reading a cluster's progress: shared by the crash test and
the workers benchmark (both run real `groupops worker` subprocesses)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .partitions import GROUP, Keys

if TYPE_CHECKING:  # the memory benchmark writes settings with this module, without Redis
    from redis.asyncio import Redis


def write_settings(path: Path, raw: dict[str, Any]) -> Path:
    """A settings file for worker processes, from plain data (JSON is valid TOML for values)."""
    lines: list[str] = []

    def table(prefix: str, data: dict[str, Any]) -> None:
        scalars = {k: v for k, v in data.items() if not isinstance(v, dict)}
        lines.append(f"[{prefix}]")
        lines.extend(f"{key} = {_toml(value)}" for key, value in scalars.items())
        for key, value in data.items():
            if isinstance(value, dict):
                table(f"{prefix}.{key}", value)

    table("default", raw)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _toml(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_toml(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k} = {_toml(v)}" for k, v in value.items()) + "}"
    return json.dumps(value, ensure_ascii=False)


def start_worker(settings_path: Path, log_path: Path) -> subprocess.Popen:
    log = log_path.open("ab")
    try:
        return subprocess.Popen(
            [sys.executable, "-m", "groupops.core.cli", "worker", "--settings", str(settings_path)],
            stdout=log,
            stderr=subprocess.STDOUT,
            env={**os.environ, "GROUPOPS_LOGGING__LEVEL": "WARNING"},
        )
    finally:
        log.close()


async def unacknowledged(redis: Redis, keys: Keys, partitions: int) -> int:
    """Entries not yet acknowledged, in every partition (read but pending, or never read)."""
    total = 0
    for partition in range(partitions):
        stream = keys.stream(partition)
        if not await redis.exists(stream):
            continue
        groups = await redis.xinfo_groups(stream)
        for group in groups:
            if group["name"] in (GROUP, GROUP.encode()):
                total += int(group["pending"]) + int(group.get("lag") or 0)
    return total


async def drop_keys(redis: Redis, keys: Keys) -> None:
    batch = [key async for key in redis.scan_iter(keys.all_pattern(), count=1000)]
    if batch:
        await redis.delete(*batch)
