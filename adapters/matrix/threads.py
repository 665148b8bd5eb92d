"""Matrix threads (`m.thread`, spec v1.4) as the core's `thread_id`, as Telegram's forum
topics are: a message in a thread carries its root's event id, and what answers it (a reply,
a notice about it) goes back into the thread rather than the main timeline."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

THREAD = "m.thread"


def thread_of(relates: Mapping[str, Any]) -> str | None:
    """The thread root a message's `m.relates_to` names, if it is in a thread."""
    root = relates.get("event_id") if relates.get("rel_type") == THREAD else None
    return str(root) if root else None


def relation(thread_id: str | None, reply_to: str | None = None) -> dict[str, Any]:
    """`m.relates_to` for a message of ours: a reply names the answered event; in a thread it
    also names the root, and a message that answers no one falls back to the root for clients
    without threads (`is_falling_back`), as the spec asks."""
    answered = {"m.in_reply_to": {"event_id": reply_to or thread_id}}
    if not thread_id:
        return answered
    return {"rel_type": THREAD, "event_id": thread_id, "is_falling_back": not reply_to, **answered}
