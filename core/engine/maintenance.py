"""Housekeeping: forget processed-event keys and delivered outbox rows past their retention.

Event keys are kept long enough to outlast any redelivery (Telegram retries webhooks for
hours, a bridge may replay a day); delivered actions are kept for the reports and the log.
"""

from __future__ import annotations

import asyncio
from datetime import timedelta
from typing import TYPE_CHECKING

from loguru import logger

from ..outage import Outage
from ..storage.models import OutboxItem, ProcessedEvent

if TYPE_CHECKING:
    from .engine import Engine

INTERVAL_SECONDS = 3600.0
OUTBOX_RETENTION = timedelta(days=30)


async def prune(engine: Engine) -> tuple[int, int]:
    now = engine.clock.now()
    keys_before = now - timedelta(days=engine.settings.engine.processed_retention_days)
    keys = await ProcessedEvent.filter(processed_at__lt=keys_before).delete()
    delivered = OutboxItem.filter(status__in=("sent", "failed"), done_at__lt=now - OUTBOX_RETENTION)
    actions = await delivered.delete()
    if keys or actions:
        logger.info("pruned {} event keys and {} delivered actions", keys, actions)
    return keys, actions


async def maintain(engine: Engine) -> None:
    outage = Outage("housekeeping")
    while True:
        try:
            await prune(engine)
        except Exception as exc:
            outage.failed(exc)
        else:
            outage.passed()
        await asyncio.sleep(INTERVAL_SECONDS)
