"""What names one update for deduplication: its `update_id` with what Telegram never reuses.

An update id is no lasting name: ids start again low for a new bot, after a local Bot API
server starts afresh, and at a random number after a week without updates. An event keyed by
the id alone (`telegram:{bot}:{update_id}`) was then taken for one processed long ago and
dropped without a word. So the id is kept with the update's own identity: a message's chat and
message id (and edit date for an edit), a button press's or checkout's query id, a membership
change's chat, member, date and new status. The same update sent again (a redelivery after a
crash, a lost getUpdates answer, a webhook retry) has the same id and content, so one name; a
new update under a reused id has another. Nothing is persisted, so both drivers, polling and
webhook name an update alike, however their library dumps it."""

from __future__ import annotations

from collections import deque
from collections.abc import Mapping
from typing import Any

from loguru import logger

SEEN_UPDATES = 10_000  # webhook retries come back within minutes; remember the latest updates
MESSAGES = ("message", "edited_message", "channel_post", "edited_channel_post")


def _id(value: Any) -> str:
    return str(value.get("id", "")) if isinstance(value, Mapping) else ""


def _chat_message(body: Mapping[str, Any]) -> str:
    chat = _id(body.get("chat"))
    edited = body.get("edit_date")
    return f"{chat}/{body.get('message_id', '')}" + (f"/{edited}" if edited else "")


def content_of(update: Mapping[str, Any]) -> str:
    """What in `update` Telegram never sends twice for two different updates ("" for a kind
    that carries nothing such: the id alone names it)."""
    for kind in MESSAGES:
        body = update.get(kind)
        if isinstance(body, Mapping):
            return f"m{_chat_message(body)}"
    for kind in ("callback_query", "pre_checkout_query"):
        body = update.get(kind)
        if isinstance(body, Mapping):
            return f"q{body.get('id', '')}"
    for kind in ("chat_member", "my_chat_member"):
        body = update.get(kind)
        if isinstance(body, Mapping):
            new = body.get("new_chat_member") or {}
            who = _id(new.get("user") if isinstance(new, Mapping) else None)
            status = new.get("status", "") if isinstance(new, Mapping) else ""
            return f"c{_id(body.get('chat'))}/{who}/{body.get('date', '')}/{status}"
    body = update.get("chat_join_request")
    if isinstance(body, Mapping):
        return f"j{_id(body.get('chat'))}/{_id(body.get('from'))}/{body.get('date', '')}"
    body = update.get("message_reaction")
    if isinstance(body, Mapping):
        who = _id(body.get("user")) or _id(body.get("actor_chat"))
        return f"r{_chat_message(body)}/{who}/{body.get('date', '')}"
    return ""


def identity(update: Mapping[str, Any]) -> str:
    """`update_id:content`: one name for an update and its redeliveries, another for a new
    update that came under a reused id."""
    content = content_of(update)
    update_id = update.get("update_id")
    return f"{update_id}:{content}" if content else str(update_id)


class RecentUpdates:
    """The updates taken lately, by identity: one taken again is a redelivery. An update id
    taken lately that comes with other content means the ids came round again: said once
    (one WARNING line), then the ids before are forgotten until the next time."""

    def __init__(self, size: int = SEEN_UPDATES) -> None:
        self.size = size
        self._seen: set[str] = set()
        self._order: deque[tuple[str, Any]] = deque()  # (identity, update id), oldest first
        self._taken: dict[Any, str] = {}  # update id -> the identity taken under it

    def __contains__(self, name: str) -> bool:
        return name in self._seen

    def first_time(self, name: str, update_id: Any) -> bool:
        """Whether `name` is new (and now remembered)."""
        if name in self._seen:
            return False
        self._seen.add(name)
        self._order.append((name, update_id))
        if len(self._order) > self.size:
            gone, gone_id = self._order.popleft()
            self._seen.discard(gone)
            if self._taken.get(gone_id) == gone:
                del self._taken[gone_id]
        self._came_round(update_id, name)
        return True

    def discard(self, name: str) -> None:
        """Not committed: the update is taken afresh when sent again."""
        self._seen.discard(name)

    def _came_round(self, update_id: Any, name: str) -> None:
        before = self._taken.get(update_id)
        if before is not None and before != name:
            highest = max((i for i in self._taken if isinstance(i, int)), default=update_id)
            logger.warning(
                "telegram: update ids went back from {} to {} (the Bot API server started "
                "afresh, or Telegram chose new ids after a week without updates); updates under "
                "ids seen before are told apart by their content and processed",
                highest, update_id,
            )  # fmt: skip
            self._taken.clear()
        self._taken[update_id] = name
