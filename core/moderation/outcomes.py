"""Audit entries learn how their action ended: `queued` when decided, then `done` or
`failed` when the platform answered (a kick fails where the bot is not an admin).

The outbox tells its listeners about every delivery; this one is registered on an engine the
first time moderation queues an action there.
"""

from __future__ import annotations

import json
import weakref
from typing import TYPE_CHECKING

from loguru import logger

from ..storage.models import AuditEntry

if TYPE_CHECKING:
    from ..actions import ActionResult
    from ..engine import Context, Engine
    from ..engine.outbox import Delivery
    from ..errors import ActionError

_engines: weakref.WeakSet[Engine] = weakref.WeakSet()
_pending: dict[str, tuple[str, str]] = {}  # outbox id -> (audit entry id, outcome when done)


def track(ctx: Context, index: int, entry: str, outcome: str) -> None:
    """Follow the action at `index` of this event's actions; `entry` is its audit entry."""
    delivery = f"{ctx.event.key}#{index}"
    _pending[delivery] = (entry, "degraded" if outcome == "degraded" else "done")
    engine = ctx.engine
    engine.delivery_audit.covered.add(delivery)
    if engine not in _engines:
        _engines.add(engine)
        engine.outbox.listeners.append(_delivered)


async def _delivered(
    delivery: Delivery, result: ActionResult | None, error: ActionError | None
) -> None:
    found = _pending.pop(delivery.id, None)
    if found is None:
        return
    entry, done = found
    try:
        if error is None:
            await AuditEntry.filter(id=entry).update(outcome=done)
            return
        row = await AuditEntry.get_or_none(id=entry)
        if row is None:
            return
        detail = json.loads(row.detail or "{}")
        detail.update(error=type(error).__name__, message=str(error))
        row.outcome, row.detail = "failed", json.dumps(detail, ensure_ascii=False)
        await row.save(update_fields=["outcome", "detail"])
    except Exception:  # the outcome is a courtesy; the action itself is recorded already
        logger.exception("could not record the outcome of audit entry {}", entry)
