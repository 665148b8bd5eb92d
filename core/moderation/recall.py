"""A message sent for review, read back from its review entry when the bot no longer holds it
in memory (it restarted since): the admin chat's "Answer /spam ID or /notspam ID", and the
buttons under it, still work after a restart."""

from __future__ import annotations

import json
from typing import Any

from ..engine import Context
from ..events import MessageEvent
from ..storage.models import AuditEntry
from .learning import REVIEWABLE, Learning, Seen

TEXT_KEPT = 2_000  # characters of a reviewed message kept with its review
RECALLED = 500  # the community's latest reviews searched for the id


def review_detail(event: MessageEvent, name: str, facts: tuple[str, ...] | None) -> dict[str, Any]:
    """What a review entry keeps of its message, for a verdict given after a restart."""
    return {
        "message": event.message_id, "chat": event.chat, "sender": event.sender, "name": name,
        "text": event.text[:TEXT_KEPT], "facts": None if facts is None else list(facts),
    }  # fmt: skip


async def recall(ctx: Context, learning: Learning, wanted: str) -> str | None:
    """The key of the reviewed message `wanted` (its id), put back among the recent messages;
    None when no review of the reviewable past holds it."""
    rows = await (
        AuditEntry.filter(community=ctx.community.name, action="review",
                          created_at__gte=ctx.now - REVIEWABLE)
        .order_by("-created_at").limit(RECALLED)
    )  # fmt: skip
    for row in rows:
        if str(json.loads(row.detail or "{}").get("message")) == wanted:
            key = put_back(learning, row)
            if key is not None:
                return key
    return None


def put_back(learning: Learning, review: AuditEntry) -> str | None:
    """The key of `review`'s message, put back among the recent messages from what the review
    kept (unless still there); None when it kept no text (a review from before it did)."""
    detail = json.loads(review.detail or "{}")
    if "text" not in detail or not detail.get("message"):
        return None
    key = f"{detail['chat']}|{detail['message']}"
    if key not in learning.recent:
        facts = detail.get("facts")
        learning.recent[key] = Seen(
            detail["chat"], detail["sender"], detail.get("name", ""), detail["text"],
            review.created_at, facts=None if facts is None else tuple(facts),
        )  # fmt: skip
    return key
