"""Chat histories as operators export them, read into one neutral shape.

- Telegram Desktop (Settings > Export chat history > JSON): `result.json`, an object with
  `name`, `type`, `id` and `messages`; a message has `id`, `type` ("message" or "service"),
  `date_unixtime`, `from`, `from_id` ("user123", "channel123"), `text` (a string, or a list of
  strings and `{"type", "text"}` entities) and `reply_to_message_id`; service messages carry
  `action` ("join_group_by_link", "join_group_by_request", "invite_members",
  "remove_members") with `actor`, `actor_id` and `members` (names). A member who leaves is
  "remove_members" with themselves as the actor; another actor removed them (a kick or a ban),
  or, on "invite_members", added them. A deleted account's message has `from` null.
- WeChat chat logs (exported by a bridge or a backup tool), CSV with a header or JSON (a list,
  or `{"messages": [...]}`) of records: `time` (ISO 8601, or Unix seconds), `sender_id`,
  `sender_name`, `type` ("message", "join" or "leave"; default "message"), `text`.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from ..engine.mend import mended
from ..errors import GroupopsError
from ..i18n.direction import defused
from ..one_line import one_line

KINDS = ("message", "join", "leave")
JOIN_ACTIONS = {"join_group_by_link", "join_group_by_request", "invite_members"}
LEAVE_ACTIONS = {"remove_members"}


class ExportError(GroupopsError):
    pass


def shown(name: str) -> str:
    """A name or title from the export as the report prints it: half an emoji mended (it
    cannot be printed or stored), one line without controls (an escape sequence in a name
    would reach the operator's terminal, a line break fake a line of the report) and
    without bidi overrides (a right-to-left override turning `gnp.exe` round), as the engine
    keeps names."""
    return defused(one_line(mended(name)))


@dataclass(frozen=True, slots=True)
class Actor:
    """Who added or removed a member, when it was someone else."""

    user: str  # an id unique within the export
    name: str


@dataclass(frozen=True, slots=True)
class Item:
    time: datetime
    kind: str  # message, join, leave
    user: str  # an id unique within the export
    name: str
    text: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "name", shown(self.name))
        object.__setattr__(self, "text", mended(self.text))

    message_id: str = ""
    reply_to: str = ""
    media: str | None = None  # one of events.MEDIA_KINDS: locks judge it
    forwarded: bool = False
    # who else added (a join) or removed (a leave: a removal, not leaving) the member
    actor: Actor | None = None


@dataclass(frozen=True, slots=True)
class History:
    title: str
    source: str  # "Telegram Desktop export", "WeChat chat log"
    items: list[Item]
    # one line per message left out as unreadable ("result.json: messages[100]: no time"): a
    # bad message is named and skipped, the rest replayed
    skipped: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "title", shown(self.title))


# Times outside these are a broken field, not history (a `date_unixtime` of "0" is 1970):
# replayed, they stretched the run over decades of empty days.
EARLIEST = datetime(2000, 1, 1, tzinfo=UTC)
LATEST_AHEAD = timedelta(days=1)


def flatten(text: Any) -> str:
    """Telegram Desktop's `text`: a string, or strings mixed with entity objects."""
    if isinstance(text, str):
        return text
    if isinstance(text, list):
        return "".join(
            p if isinstance(p, str) else str(p.get("text", "")) if isinstance(p, dict) else ""
            for p in text
        )
    return ""


def _moment(value: Any, where: str) -> datetime:
    try:
        if isinstance(value, int | float) or (
            isinstance(value, str) and value.replace(".", "", 1).isdecimal()
        ):
            moment = datetime.fromtimestamp(float(value), UTC)
        else:
            moment = datetime.fromisoformat(str(value))
    except (ValueError, OverflowError, OSError):
        raise ExportError(f"{where}: {value!r} is not a time (ISO 8601 or Unix seconds)") from None
    moment = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    if not EARLIEST <= moment <= datetime.now(UTC) + LATEST_AHEAD:
        raise ExportError(f"{where}: {value!r} is {moment:%Y-%m-%d}, not a time this chat had")
    return moment


# Telegram Desktop's `media_type` -> the kind a lock names (`/lock sticker`)
MEDIA_TYPES = {
    "sticker": "sticker", "animation": "gif", "video_file": "video", "video_message": "video",
    "voice_message": "voice", "audio_file": "audio",
}  # fmt: skip


def _media(message: dict[str, Any]) -> str | None:
    if "photo" in message:
        return "photo"
    if message.get("media_type") in MEDIA_TYPES:
        return MEDIA_TYPES[message["media_type"]]
    if "poll" in message:
        return "poll"
    if "location_information" in message:
        return "location"
    if "contact_information" in message:
        return "contact"
    return "document" if "file" in message else None


def _names(messages: list[Any]) -> dict[str, str]:
    """Each sender's name -> their id, from every message: a member invited by name before
    they first spoke is the same member (`invite_members` lists names only)."""
    found: dict[str, str] = {}
    for message in messages:
        if isinstance(message, dict) and message.get("type") == "message":
            user = str(message.get("from_id") or "")
            if user:
                found.setdefault(str(message.get("from") or user), user)
    return found


def telegram_items(data: dict[str, Any], label: str) -> tuple[list[Item], list[str]]:
    """The export's messages, joins and leaves, and a line for each message left out."""
    messages = data["messages"]
    ids_by_name = _names(messages)
    items: list[Item] = []
    skipped: list[str] = []
    local = 0  # read from `date`: the exporting computer's local time, without its zone
    for number, message in enumerate(messages):
        where = f"{label}: messages[{number}]"
        if not isinstance(message, dict):
            skipped.append(f"{where}: not a message object; skipped")
            continue
        try:
            moment = _moment(message.get("date_unixtime") or message.get("date"), where)
        except ExportError as exc:
            skipped.append(f"{exc}; skipped")
            continue
        local += not message.get("date_unixtime")
        kind, action = message.get("type"), message.get("action", "")
        if kind == "message":
            user = str(message.get("from_id") or "")
            text, media = flatten(message.get("text")), _media(message)
            # a deleted account keeps its `from_id` but loses its name (`from` null)
            if not user or message.get("from") is None or not (text.strip() or media):
                continue
            name = str(message["from"]) or user
            reply = message.get("reply_to_message_id")
            items.append(
                Item(
                    moment, "message", user, name, text, str(message.get("id", "")),
                    str(reply) if reply else "", media, bool(message.get("forwarded_from")),
                )
            )  # fmt: skip
        elif kind == "service" and action in JOIN_ACTIONS | LEAVE_ACTIONS:
            what = "join" if action in JOIN_ACTIONS else "leave"
            actor = str(message.get("actor") or "")
            actor_id = str(message.get("actor_id") or ids_by_name.get(actor, f"name:{actor}"))
            names = message.get("members") or [actor]
            if not isinstance(names, list):
                skipped.append(f"{where}: members is not a list of names; skipped")
                continue
            for name in (str(n) for n in names if n):
                user = (
                    actor_id
                    if name == actor and actor_id
                    else ids_by_name.get(name, f"name:{name}")
                )
                ids_by_name.setdefault(name, user)
                # an admin's "remove_members" is a removal, their "invite_members" an invite
                by = Actor(actor_id, actor) if actor and actor_id != user else None
                items.append(Item(moment, what, user, name, actor=by))
    if local:  # an export older than `date_unixtime`: its times may be hours off
        skipped.append(
            f"{label}: {local} message(s) without date_unixtime; their 'date', the exporting "
            "computer's local time, is read as UTC"
        )
    return items, skipped


def wechat_items(records: list[dict[str, Any]], label: str) -> tuple[list[Item], list[str]]:
    items: list[Item] = []
    skipped: list[str] = []
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
        try:
            moment = _moment(record.get("time"), where)
        except ExportError as exc:
            skipped.append(f"{exc}; skipped")
            continue
        name = str(record.get("sender_name") or user)
        items.append(Item(moment, kind, user, name, str(record.get("text") or "")))
    items.sort(key=lambda i: i.time)
    return items, skipped


def _wechat(title: str, records: list[dict[str, Any]], label: str) -> History:
    items, skipped = wechat_items(records, label)
    return History(title, "WeChat chat log", items, tuple(skipped))


def read_history(path: Path) -> History:
    try:
        raw = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise ExportError(f"{path}: cannot be read ({exc})") from None
    label = str(path)
    if path.suffix.lower() == ".csv":
        return _wechat(path.stem, list(csv.DictReader(io.StringIO(raw))), label)
    try:
        data = json.loads(raw)
    except ValueError as exc:
        raise ExportError(f"{label}: not JSON ({exc.args[0]})") from None
    except RecursionError:  # arrays nested 1,000 deep
        raise ExportError(f"{label}: not JSON (nested too deep)") from None
    if isinstance(data, dict) and isinstance(data.get("messages"), list) and "type" in data:
        items, skipped = telegram_items(data, label)
        items.sort(key=lambda i: i.time)
        title = str(data.get("name") or path.stem)
        return History(title, "Telegram Desktop export", items, tuple(skipped))
    listed = data.get("messages") if isinstance(data, dict) else data
    if not isinstance(listed, list):
        raise ExportError(
            f"{label}: expected a Telegram Desktop result.json or a WeChat log "
            '(a list of records, or {"messages": [...]})'
        )
    return _wechat(path.stem, listed, label)
