"""What became of a request the console asked the engine for, said on the next page: done,
refused with the engine's reason (a review another moderator decided, an undo done already,
a deduction the balance does not cover), or not taken up yet by a bot in another process."""

from __future__ import annotations

import json

from ..moderation.steps import Step
from ..segments import I18nText, T
from ..storage.models import AuditEntry, ScheduledJob
from .start_outcomes import reason_of

DONE = T("Done.")
SENT = T("Sent to the bot: it is carried out within half a minute.")
REFUSED = T("Refused.")
NOTHING = T("Nothing was done: the bot skipped the request (see its log).")
# a warning counts, then the escalation ladder takes its step for that count (a reminder
# first): the operator is told which, as the chat and the log say it
WARNED = T("Done: warning {count} counted; the escalation ladder's step for it: {step}.")


async def outcome_of(community: str, job: str) -> I18nText:
    """The outcome of request `job` (its id, as `requests.submit` returns it)."""
    row = await ScheduledJob.get_or_none(id=job)
    if row is None or row.status == "pending":
        return SENT
    entries = await AuditEntry.filter(community=community, id__startswith=f"job:{job}#")
    refused = [entry for entry in entries if entry.outcome == "refused"]
    if refused:
        return reason_of(refused[0].detail) or REFUSED
    for entry in entries:
        detail = json.loads(entry.detail or "{}")
        if isinstance(detail, dict) and detail.get("warnings") and detail.get("step"):
            return T(WARNED.msgid, count=detail["warnings"], step=Step.parse(detail["step"]).said)
    return DONE if entries or row.status == "done" else NOTHING
