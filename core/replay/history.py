"""Chat histories as operators export them, read into one neutral shape.

- Telegram Desktop (Settings > Export chat history > JSON): `result.json`, an object with
  `name`, `type`, `id` and `messages`; a message has `id`, `type` ("message" or "service"),
  `date_unixtime`, `from`, `from_id` ("user123", "channel123"), `text` (a string, or a list of
  strings and `{"type", "text"}` entities) and `reply_to_message_id`; service messages carry
  `action` ("join_group_by_link", "join_group_by_request", "invite_members",
  "remove_members") with `actor`, `actor_id` and `members` (names).
- WeChat chat logs (exported by a bridge or a backup tool), CSV with a header or JSON (a list,
  or `{"messages": [...]}`) of records: `time` (ISO 8601, or Unix seconds), `sender_id`,
  `sender_name`, `type` ("message", "join" or "leave"; default "message"), `text`.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ..errors import GroupopsError

KINDS = ("message", "join", "leave")
JOIN_ACTIONS = {"join_group_by_link", "join_group_by_request", "invite_members"}
LEAVE_ACTIONS = {"remove_members"}


class ExportError(GroupopsError):
    pass


@dataclass(frozen=True, slots=True)
class Item:
    time: datetime
    kind: str  # message, join, leave
    user: str  # an id unique within the export
    name: str
    text: str = ""
    message_id: str = ""
    reply_to: str = ""


@dataclass(frozen=True, slots=True)
class History:
    title: str
    source: str  # "Telegram Desktop export", "WeChat chat log"
    items: list[Item]


def flatten(text: Any) -> str:
    """Telegram Desktop's `text`: a string, or strings mixed with entity objects."""
    if isinstance(text, str):
        return text
    if isinstance(text, list):
        return "".join(p if isinstance(p, str) else str(p.get("text", "")) for p in text)
    return ""


def _moment(value: Any, where: str) -> datetime:
    try:
        if isinstance(value, int | float) or (isinstance(value, str) and value.isdigit()):
            return datetime.fromtimestamp(int(value), UTC)
        moment = datetime.fromisoformat(str(value))
    except (ValueError, OverflowError):
        raise ExportError(f"{where}: {value!r} is not a time (ISO 8601 or Unix seconds)") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def telegram_items(data: dict[str, Any], label: str) -> list[Item]:
    ids_by_name: dict[str, str] = {}
    items: list[Item] = []
    for number, message in enumerate(data.get("messages", []), 1):
        where = f"{label}: messages[{number - 1}]"
        moment = _moment(message.get("date_unixtime") or message.get("date"), where)
        kind, action = message.get("type"), message.get("action", "")
        if kind == "message":
            user = str(message.get("from_id") or "")
            name = str(message.get("from") or user)
            ids_by_name.setdefault(name, user)
            reply = message.get("reply_to_message_id")
            items.append(
                Item(
                    moment,
                    "message",
                    user,
                    name,
                    flatten(message.get("text")),
                    str(message.get("id", "")),
                    str(reply) if reply else "",
                )
            )
        elif kind == "service" and action in JOIN_ACTIONS | LEAVE_ACTIONS:
            what = "join" if action in JOIN_ACTIONS else "leave"
            actor = str(message.get("actor") or "")
            names = message.get("members") or [actor]
            for name in names:
                name = str(name)
                user = (
                    str(message.get("actor_id"))
                    if name == actor and message.get("actor_id")
                    else ids_by_name.get(name, f"name:{name}")
                )
                ids_by_name.setdefault(name, user)
                items.append(Item(moment, what, user, name))
    return items


def wechat_items(records: list[dict[str, Any]], label: str) -> list[Item]:
    items = []
    for number, record in enumerate(records, 1):
        where = f"{label}: record {number}"
        if not isinstance(record, dict):
            raise ExportError(
                f"{where}: expected an object with time, sender_id, sender_name, type and text"
            )
        kind = (record.get("type") or "message").strip()
        if kind not in KINDS:
            raise ExportError(f"{where}: type {kind!r} is not one of {', '.join(KINDS)}")
        user = str(record.get("sender_id") or "").strip()
        if not user:
            raise ExportError(f"{where}: sender_id is empty")
        items.append(
            Item(
                _moment(record.get("time"), where),
                kind,
                user,
                str(record.get("sender_name") or user),
                str(record.get("text") or ""),
            )
        )
    return items


def read_history(path: Path) -> History:
    try:
        raw = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise ExportError(f"{path}: cannot be read ({exc})") from None
    label = str(path)
    if path.suffix.lower() == ".csv":
        records = list(csv.DictReader(io.StringIO(raw)))
        return History(
            path.stem, "WeChat chat log", sorted(wechat_items(records, label), key=lambda i: i.time)
        )
    try:
        data = json.loads(raw)
    except ValueError as exc:
        raise ExportError(f"{label}: not JSON ({exc.args[0]})") from None
    except RecursionError:  # arrays nested 1,000 deep
        raise ExportError(f"{label}: not JSON (nested too deep)") from None
    if isinstance(data, dict) and isinstance(data.get("messages"), list) and "type" in data:
        items = sorted(telegram_items(data, label), key=lambda i: i.time)
        return History(str(data.get("name") or path.stem), "Telegram Desktop export", items)
    listed = data.get("messages") if isinstance(data, dict) else data
    if not isinstance(listed, list):
        raise ExportError(
            f"{label}: expected a Telegram Desktop result.json or a WeChat log "
            '(a list of records, or {"messages": [...]})'
        )
    return History(
        path.stem, "WeChat chat log", sorted(wechat_items(listed, label), key=lambda i: i.time)
    )
