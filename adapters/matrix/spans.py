"""The messages of a stretch of a room, for `/purge`: Matrix event ids are not numbered, so the
command names the first message (the one it answers) and the last (itself), and the events in
between are read back from the homeserver, newest first, from the last to the first.

State events (joins, the power levels, the name) are not messages and stay; events already
redacted are not redacted again. At most `limit` events, as a Telegram purge is bounded."""

from __future__ import annotations

from urllib.parse import quote

from mautrix.api import Method

from .client import MatrixClient

PAGE = 100  # events per /messages page
SPAN_LIMIT = 1000  # events one purge redacts at most, as on Telegram (`core/community/cleanup.py`)


def _message(event: dict) -> bool:
    redacted = (event.get("unsigned") or {}).get("redacted_because")
    return "state_key" not in event and event.get("type") != "m.room.redaction" and not redacted


async def events_between(
    client: MatrixClient, room: str, first: str, last: str, limit: int
) -> list[str]:
    """The ids from `last` back to `first` (both included; `room` is quoted already)."""
    around = f"/_matrix/client/v3/rooms/{room}/context/{quote(last)}"
    token = str((await client.raw("context", Method.GET, around, limit="0")).get("start") or "")
    found = [last]
    path = f"/_matrix/client/v3/rooms/{room}/messages"
    while token and len(found) < limit:
        page = await client.raw(
            "messages", Method.GET, path, dir="b", limit=str(PAGE), **{"from": token}
        )
        for event in page.get("chunk") or ():
            if event.get("event_id") == first:
                return [*found, first][:limit]
            if _message(event):
                found.append(str(event.get("event_id")))
        token = str(page.get("end") or "") if page.get("chunk") else ""
    return found[:limit]
