"""Outbox recovery per partition: the new owner of a partition delivers what its communities
left pending (actions committed by a worker that died before sending them)."""

from __future__ import annotations

from loguru import logger

from ..engine import Engine


async def recover_outbox(engine: Engine, communities: list[str]) -> int:
    if not communities:
        return 0
    fresh = await engine.outbox.rescan(communities)
    if fresh:
        logger.info("outbox: {} pending actions of {} recovered", fresh, communities)
    return fresh
