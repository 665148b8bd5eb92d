"""The outbox table as an operator sees it: what was given up (`failed`), what is stuck
(pending with a failed attempt recorded, or waiting longer than a while), and putting given-up
actions back in the queue. Backs `groupops outbox`; a running engine picks re-queued rows up
with its periodic rescan (outbox.RESCAN_SECONDS), a stopped one at its next start."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime, timedelta
from typing import Any

from tortoise.expressions import Q

from ..storage.models import OutboxItem

FIELDS = ("id", "community", "chat", "kind", "status", "attempts", "error", "created_at")


@dataclass(frozen=True, slots=True)
class OutboxRow:
    id: str
    community: str
    chat: str
    kind: str
    status: str  # failed, or pending (stuck)
    attempts: int
    error: str
    created_at: datetime

    @property
    def state(self) -> str:
        if self.status == "failed":
            return "failed"
        return "retrying" if self.error else "waiting"

    def as_dict(self) -> dict[str, Any]:
        return {**asdict(self), "state": self.state, "created_at": self.created_at.isoformat()}


async def troubled(now: datetime, older_than: timedelta, community: str | None) -> list[OutboxRow]:
    """Failed rows, and pending rows that failed an attempt or wait since before `older_than`."""
    stuck = Q(status="pending") & (~Q(error="") | Q(created_at__lt=now - older_than))
    query = OutboxItem.filter(Q(status="failed") | stuck)
    if community is not None:
        query = query.filter(community=community)
    rows = await query.order_by("created_at").values_list(*FIELDS)
    return [OutboxRow(*row) for row in rows]


async def requeue(ids: list[str] | None) -> tuple[list[str], list[str]]:
    """Failed rows back to pending (all failed rows when `ids` is None).

    Returns (re-queued ids, ids that are not failed: unknown, sent or already pending)."""
    query = OutboxItem.filter(status="failed")
    if ids is not None:
        query = query.filter(id__in=ids)
    found: list[str] = [str(i) for i in await query.values_list("id", flat=True)]
    if found:
        await OutboxItem.filter(id__in=found, status="failed").update(
            status="pending", attempts=0, error="", done_at=None
        )
    missing = [i for i in ids or () if i not in set(found)]
    return found, missing
