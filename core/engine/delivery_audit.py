"""Failed deliveries go to the audit log: an unknown id or a missing right on the platform is
something an operator must be able to read back, not only a log line."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from ..actions import ActionResult
from ..errors import ActionError
from .tables import AUDIT_INSERT

if TYPE_CHECKING:
    from .engine import Engine
    from .outbox import Delivery


class DeliveryAudit:
    """A dispatcher listener writing one `outcome="failed"` entry per action given up on."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        # Outbox ids whose own audit entry records the outcome (a moderation step): no second
        # entry for them.
        self.covered: set[str] = set()

    async def __call__(
        self, delivery: Delivery, result: ActionResult | None, error: ActionError | None
    ) -> None:
        if delivery.id in self.covered:
            self.covered.discard(delivery.id)
            return
        if error is None:
            return
        action = delivery.action
        detail = {"error": type(error).__name__, "message": str(error), "outbox": delivery.id}
        row = (
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
        await database.write(database.connection, [(AUDIT_INSERT, [row])])
