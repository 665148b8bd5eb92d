"""Outbox recovery per partition: the new owner of a partition delivers what its communities
left pending (actions committed by a worker that died before sending them)."""

from __future__ import annotations

from loguru import logger

from ..codec import decode_action
from ..engine import Engine
from ..engine.outbox import Delivery
from ..storage.models import OutboxItem


def queued_ids(engine: Engine) -> set[str]:
    return {d.id for lane in engine.outbox.lanes.values() for q in lane.chats.values() for d in q}


async def recover_outbox(engine: Engine, communities: list[str]) -> int:
    if not communities:
        return 0
    rows = (
        await OutboxItem.filter(status="pending", community__in=communities)
        .order_by("created_at")
        .values_list("id", "community", "payload", "attempts")
    )
    known = queued_ids(engine) if rows else set()
    fresh = [row for row in rows if row[0] not in known]
    engine.outbox.enqueue(Delivery.of(i, c, decode_action(p), a) for i, c, p, a in fresh)
    if fresh:
        logger.info("outbox: {} pending actions of {} recovered", len(fresh), communities)
    return len(fresh)
