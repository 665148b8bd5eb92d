"""What became of the campaigns asked for on the console: a request is queued until the bot
carries it out, then started or refused; a refusal's reason (a name taken between the
console's check and the bot's turn) is kept in the request's `campaign.new` audit entry, so
the page tells the one who asked, in their language, what the chat's admins were told."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from ..codec import restore
from ..segments import I18nText, T
from ..storage.models import AuditEntry, Campaign, ScheduledJob
from .requests import JOB

SHOWN = 5  # the latest requests; older ones are in the audit log
QUEUED, STARTED, REFUSED = "queued", "started", "refused"
STATES: dict[str, I18nText] = {
    QUEUED: T("queued: the bot has not taken it up yet"),
    STARTED: T("started"),
    REFUSED: T("refused"),
}
# the start form's refusal of a name in use, naming the field
NAME_TAKEN = T(
    "Name: {community} already has a campaign called {name}, or one asked for; choose another."
)
REFUSED_OUTCOME = "refused"  # the audit outcome `_start` writes


@dataclass(frozen=True, slots=True)
class StartOutcome:
    community: str
    name: str
    kind: str
    asked_at: datetime
    state: str  # QUEUED, STARTED or REFUSED
    reason: I18nText | None = None


def reason_of(detail: str) -> I18nText | None:
    """The refusal's reason as the engine stored it (a tagged text, see `codec.dumps`)."""
    found: Any = restore(json.loads(detail or "{}").get("reason"))
    return found if isinstance(found, I18nText) else None


async def latest(communities: list[str]) -> list[StartOutcome]:
    """The latest campaign starts asked for in these communities, newest first."""
    rows = await ScheduledJob.filter(community__in=communities, job=JOB).order_by("-due_at")
    starts = [(row, json.loads(row.payload or "{}")) for row in rows]
    starts = [(row, p) for row, p in starts if p.get("kind") == "start"][:SHOWN]
    found = []
    for row, payload in starts:
        state, reason = QUEUED, None
        if row.status != "pending":
            entry = await AuditEntry.filter(
                community=row.community, id__startswith=f"job:{row.id}#", action="campaign.new"
            ).first()
            refused = entry is not None and entry.outcome == REFUSED_OUTCOME
            state = REFUSED if refused or entry is None else STARTED
            reason = reason_of(entry.detail) if entry is not None and refused else None
        found.append(StartOutcome(row.community, str(payload.get("campaign", "")),
                                  str(payload.get("campaign_kind", "")), row.due_at, state,
                                  reason))  # fmt: skip
    return found


async def name_in_use(community: str, name: str) -> bool:
    """Whether `community` has a campaign `name`, or a start of one asked for and not taken up
    by the bot yet (a console in its own process: the first of two is still queued)."""
    if await Campaign.exists(community=community, name=name):
        return True
    queued = await ScheduledJob.filter(community=community, job=JOB, status="pending")
    asked = (json.loads(row.payload or "{}") for row in queued)
    return any(p.get("kind") == "start" and p.get("campaign") == name for p in asked)
