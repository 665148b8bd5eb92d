"""Events to and from stream entries. `raw` (the platform's object) is never carried."""

from __future__ import annotations

from dataclasses import fields
from typing import Any

import orjson

from ..codec import dumps, restore
from ..events import EVENT_TYPES, Event, LeaveReason
from ..refs import Ref

_SKIP = frozenset({"raw", "_text"})
_REFS = frozenset(
    {"chat", "sender", "member", "inviter", "actor", "reply_to_sender", "sender_chat"}
)
_NAMES: dict[type, tuple[str, ...]] = {}


def _names(cls: type) -> tuple[str, ...]:
    names = _NAMES.get(cls)
    if names is None:
        names = _NAMES[cls] = tuple(f.name for f in fields(cls) if f.name not in _SKIP)
    return names


def encode_event(event: Event) -> bytes:
    body: dict[str, Any] = {name: getattr(event, name) for name in _names(type(event))}
    body["kind"] = event.kind
    return dumps(body)


def decode_event(data: bytes | str) -> Event:
    body = orjson.loads(data)
    cls = EVENT_TYPES[body.pop("kind")]
    values: dict[str, Any] = {}
    for name, value in body.items():
        value = restore(value, name)
        if name in _REFS and isinstance(value, str):
            value = Ref(value)
        values[name] = value
    if "reason" in values:
        values["reason"] = LeaveReason(values["reason"])
    return cls(**values)
