"""Transaction ids for the requests that post or redact: the homeserver answers a repeated id
with the event of the first request instead of posting again (client-server API, "Transaction
identifiers"), so an id derived from the outbox row makes a try after a crash or a lost
answer harmless. Outside the outbox a fresh id is drawn."""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import quote

from groupops.core.delivery_key import delivery_key


def transaction_id(fresh: Callable[[], str], part: int = 0) -> str:
    """The id of the `part`-th request of the action being carried out (a redaction action
    removes several events, each its own request)."""
    key = delivery_key()
    if not key:
        return fresh()
    return quote(f"groupops.{key}.{part}", safe="")
