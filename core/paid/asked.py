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
from collections.abc import Container

from ..storage.models import AuditEntry

ASKED = "paid.refund"  # the audit log's action for a /refundstars
# queued: no answer yet; done: it went through, its payment not yet taken back (the answer
# was lost to a crash before it was applied)
STILL_ASKED = ("queued", "done")


async def asked_back(community: str, standing: Container[str]) -> set[str]:
    """The charges still `standing` (paid or held, not refunded) that a /refundstars asked
    for, with no refusal or cancel since."""
    entries = AuditEntry.filter(community=community, action=ASKED, outcome__in=STILL_ASKED)
    charges = (
        str(json.loads(str(detail or "{}")).get("charge", ""))
        for detail in await entries.values_list("detail", flat=True)
    )
    return {charge for charge in charges if charge in standing}
