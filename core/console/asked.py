"""Spam verdicts asked for from the console and not carried out yet: the review shows what
was asked, without its buttons, and a second verdict on it is refused. The bot decides a
review once, so a contradicting verdict queued behind the first would only be turned down
later, after the page had said it was taken."""

from __future__ import annotations

import json

from ..segments import T
from ..storage.models import ScheduledJob
from .requests import JOB

WAITING = {
    "spam": T("Ban asked for by the console, waiting for the bot."),
    "ham": T("Not spam asked for by the console, waiting for the bot."),
}
ALREADY_ASKED = T(
    "A verdict on this review is already asked for; the bot has not carried it out yet."
)


async def verdicts_waiting(communities: list[str]) -> dict[str, str]:
    """Review entry id -> the verdict asked for it, for the console requests still pending."""
    rows = await ScheduledJob.filter(
        community__in=communities, job=JOB, status="pending"
    ).values_list("payload", flat=True)
    asked: dict[str, str] = {}
    for payload in rows:
        request = json.loads(str(payload) or "{}")
        if request.get("kind") == "review" and request.get("verdict") in WAITING:
            asked.setdefault(str(request.get("entry", "")), str(request["verdict"]))
    return asked
