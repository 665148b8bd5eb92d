"""Delivery outcomes in the audit log.

An action that carries its audit entry (a moderation step) has that entry turn `done`,
`failed` or `absent` (whom it acts on was not there) in its delivery outcome's transaction
(outcome_log.py); this listener adds the platform's error to a failed step's detail (a kick
fails where the bot is not an admin). The
entry id travels in the outbox payload, so an action delivered after a restart still updates
its entry. Any other action given up on gets an entry
of its own: an unknown id or a missing right on the platform is something an operator must be
able to read back, not only a log line.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from loguru import logger

from ..actions import ActionResult
from ..errors import ActionError
from ..redaction import redact
from ..storage.models import AuditEntry
from .tables import AUDIT_INSERT, AuditRow

if TYPE_CHECKING:
    from .delivery import Delivery
    from .engine import Engine


class DeliveryAudit:
    """An outbox listener: delivery outcomes into the audit log."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    async def __call__(
        self, delivery: Delivery, result: ActionResult | None, error: ActionError | None
    ) -> None:
        if error is None:
            return
        if delivery.action.audit:
            await self._explain(delivery.action.audit, error)
        else:
            await self._failed(delivery, error)

    async def _explain(self, entry: str, error: ActionError) -> None:
        try:
            row = await AuditEntry.get_or_none(id=entry)
            if row is None or row.outcome == "cancelled":  # an operator's cancel stands
                return
            detail = json.loads(row.detail or "{}")
            detail.update(error=type(error).__name__, message=redact(str(error)))
            row.outcome, row.detail = error.audit_outcome, json.dumps(detail, ensure_ascii=False)
            await row.save(update_fields=["outcome", "detail"])
        except Exception:  # the outcome is a courtesy; the action itself is recorded already
            logger.exception("could not record the outcome of audit entry {}", entry)

    async def _failed(self, delivery: Delivery, error: ActionError) -> None:
        action = delivery.action
        detail = {
            "error": type(error).__name__,
            "message": redact(str(error)),
            "outbox": delivery.id,
        }
        row = AuditRow(
            f"{delivery.id}#failed",
            delivery.community,
            action.chat,
            "system",
            getattr(action, "user", ""),
            action.kind,
            action.tag,
            "",
            "failed",
            json.dumps(detail, ensure_ascii=False),
            self.engine.clock.now(),
        )
        database = self.engine.database
        await database.write(database.connection, [(AUDIT_INSERT, [row])], "an audit entry")
