"""Who is muted now, as the audit log knows it: the platform keeps a mute, not the member's
record, so the members pages read the latest mute carried out (not undone, not lifted by
/unmute since) and when it ends."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import datetime, timedelta

from ..storage.models import AuditEntry
from .steps import Step

CARRIED_OUT = ("done", "queued")  # "degraded": something else stood in (a warning)
FOREVER = datetime.max  # a mute without an end, until an admin lifts it


async def muted(
    members: Iterable[tuple[str, str]], now: datetime
) -> dict[tuple[str, str], datetime]:
    """(community, member key) -> when their mute ends (FOREVER: until lifted), for those of
    `members` muted at `now`."""
    wanted = set(members)
    ends: dict[tuple[str, str], datetime] = {}
    for community in {community for community, _ in wanted}:
        keys = [key for c, key in wanted if c == community]
        rows = await AuditEntry.filter(
            community=community, target__in=keys, action__in=("mute", "unmute"), undone_at=None
        ).order_by("created_at")
        for row in rows:
            member = (community, row.target)
            if row.action == "unmute":
                ends.pop(member, None)
            elif row.outcome in CARRIED_OUT:
                step = json.loads(row.detail or "{}").get("step") or "mute"
                lasting: timedelta | None = Step.parse(step).duration
                ends[member] = row.created_at + lasting if lasting else FOREVER
    return {member: end for member, end in ends.items() if end == FOREVER or end > now}
