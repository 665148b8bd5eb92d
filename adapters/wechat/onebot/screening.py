"""Which frames from the bridge are events for this account, and why one is not: a frame
that is no event (not JSON, no `type`, a group message without its group, a field of another
shape than the spec's) is logged once as a WARNING with its reason and ids; one for another
account or platform (a bridge serving several) is left to that account, said once per
account."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from loguru import logger

from groupops.core.redaction import redact

from ..text import PLATFORM

SHOWN = 80  # characters of a malformed frame shown after its reason and ids
# (type, detail_type) -> the fields an event of that kind cannot do without
REQUIRED: dict[tuple[str, str], tuple[str, ...]] = {
    ("message", "group"): ("message_id", "user_id", "group_id", "message"),
    ("message", "private"): ("message_id", "user_id", "message"),
    ("notice", "group_member_increase"): ("group_id", "user_id"),
    ("notice", "group_member_decrease"): ("group_id", "user_id"),
}


def missing(data: Mapping[str, Any]) -> str | None:
    """Why `data` is no event groupops can read (None: it is one, or a kind it ignores)."""
    kind = data.get("type")
    if not isinstance(kind, str) or not kind:
        return "no type"
    needed = REQUIRED.get((kind, str(data.get("detail_type") or "")), ())
    absent = [name for name in needed if data.get(name) in (None, "")]
    if absent:
        return f"{kind}.{data.get('detail_type')} without {', '.join(absent)}"
    return misshapen(data)


# a segment type -> the data field it cannot do without (the spec's; others are read leniently)
SEGMENT_NEEDS = {"text": "text", "mention": "user_id", "reply": "message_id"}


def misshapen(data: Mapping[str, Any]) -> str | None:
    """A field of another shape than the spec's, said as the bridge's log would show it (not
    as the Python error reading it would: "'str' object has no attribute 'get'")."""
    stamp = data.get("time")
    if stamp is not None and (isinstance(stamp, bool) or not isinstance(stamp, int | float)):
        return f"time {shown(stamp)!r} is not a number"
    if "message" not in data:
        return None
    message = data["message"]
    if not isinstance(message, list):
        return f"message is a {type(message).__name__}, not a list of segments"
    for n, segment in enumerate(message):
        body = segment.get("data") if isinstance(segment, Mapping) else None
        kind = segment.get("type") if isinstance(segment, Mapping) else None
        if not isinstance(kind, str) or not isinstance(body, Mapping):
            return f"message segment {n} has no type and data"
        if (field := SEGMENT_NEEDS.get(kind)) and body.get(field) is None:
            return f"message segment {n} ({kind}) without {field}"
    return None


def ids_of(data: Mapping[str, Any]) -> str:
    """The ids to find the frame by in the bridge's own log, first on the line."""
    ids = [f"{key}={data[key]!s:.64}" for key in ("message_id", "id") if data.get(key)]
    return " ".join(ids) or "no id"


def shown(raw: Any) -> str:
    """A short, redacted cut of a frame: never the whole payload, never a secret."""
    text = " ".join(redact(str(raw)).split())
    return text if len(text) <= SHOWN else f"{text[:SHOWN]}…"


def warn_malformed(reason: str, data: Any) -> None:
    ids = ids_of(data) if isinstance(data, Mapping) else "no id"
    logger.warning("wechat: malformed OneBot event ignored ({}): {}; {}", reason, ids,
                   shown(data))  # fmt: skip


class Accounts:
    """Whether an event's `self` is this account; another's is said once, then at debug."""

    def __init__(self) -> None:
        self.told: set[str] = set()

    def foreign(self, data: Mapping[str, Any], own: str) -> bool:
        me = data.get("self")
        if not isinstance(me, Mapping):  # meta events, and bridges that leave it out
            return False
        platform, user = str(me.get("platform") or ""), str(me.get("user_id") or "")
        if platform in ("", PLATFORM) and (not own or user in ("", own)):
            return False
        account = f"{platform}:{user}"
        log = logger.debug if account in self.told else logger.info
        self.told.add(account)
        log("wechat: OneBot events for another account ({}, not wechat:{}) ignored: {}",
            account, own or "?", ids_of(data))  # fmt: skip
        return True
