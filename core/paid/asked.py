"""The Stars refunds /refundstars asked for and the platform has not refused, read back when a
community's state loads (a restart, a crash, the community taken over by another worker).

The audit log already holds them: the request's `paid.refund` entry is written in the
transaction that queues the refund, reads `failed` once the platform refuses it or `cancelled`
once an operator cancels it (in that outcome's transaction), and `done` once it went through.
So a confirmation that arrives after a restart (the refund sent from the outbox then, or the
platform's own notice of it) is known as asked, and a refused one is not: a later refund of
that payment by the platform's support is still told to the admins (elsewhere.py)."""

from __future__ import annotations

import json
from collections.abc import Mapping

from ..storage.models import AuditEntry

ASKED = "paid.refund"  # the audit log's action for a /refundstars
# queued: no answer yet; done: it went through, its payment not yet taken back (the answer
# was lost to a crash before it was applied)
STILL_ASKED = ("queued", "done")
# Read by payer, through the log's (community, target) index: a community's whole log (every
# deletion, warning, point given) can hold hundreds of thousands of entries, read at each load.
PAYERS_PER_QUERY = 500  # a database caps its parameters


async def asked_back(community: str, standing: Mapping[str, str]) -> set[str]:
    """Of the Stars payments still `standing` (charge -> payer: paid or held, not refunded),
    those a /refundstars asked back with no refusal or cancel since."""
    payers = sorted(set(standing.values()))
    asked: set[str] = set()
    for start in range(0, len(payers), PAYERS_PER_QUERY):
        entries = AuditEntry.filter(
            community=community,
            target__in=payers[start : start + PAYERS_PER_QUERY],
            action=ASKED,
            outcome__in=STILL_ASKED,
        )
        for detail in await entries.values_list("detail", flat=True):
            charge = str(json.loads(str(detail or "{}")).get("charge", ""))
            if charge in standing:
                asked.add(charge)
    return asked
