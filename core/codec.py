"""JSON codec for actions and segments, so the outbox can persist them and read them back.

Dataclasses (actions, segments, buttons), datetimes and durations are tagged so they come back
as what they were; orjson does the rest in C, which matters: every outgoing action is encoded once.
"""

from __future__ import annotations

import base64
import dataclasses
import re
from datetime import date, datetime, timedelta
from operator import attrgetter
from typing import Any

import orjson

from .actions import ACTION_TYPES, Action, Button, Priority
from .days import Month
from .refs import Ref
from .segments import SEGMENT_TYPES, Text

_REF_FIELDS = frozenset({"chat", "user", "fallback_chat", "reply_to_sender"})
TEXT_FIELDS = ("segments", "caption", "buttons")  # where an action's texts are
_NAMED_SECRET = re.compile(r'"secret":"[^"]')  # an action (or a follow-up) marked as one
_OPTIONS = orjson.OPT_PASSTHROUGH_DATACLASS | orjson.OPT_PASSTHROUGH_DATETIME
_FIELD_NAMES: dict[type, tuple[str, ...]] = {}
_GETTERS: dict[type, tuple[tuple[str, ...], Any]] = {}


def field_names(cls: type) -> tuple[str, ...]:
    names = _FIELD_NAMES.get(cls)
    if names is None:
        names = _FIELD_NAMES[cls] = tuple(f.name for f in dataclasses.fields(cls))
    return names


def _fields_of(value: Any) -> dict[str, Any]:
    """A dataclass's fields as a dict, through one attrgetter per class (the hot path)."""
    cls = type(value)
    found = _GETTERS.get(cls)
    if found is None:
        names = field_names(cls)
        getter = attrgetter(*names) if len(names) > 1 else (lambda v, n=names[0]: (getattr(v, n),))
        found = _GETTERS[cls] = (names, getter)
    names, getter = found
    return dict(zip(names, getter(value), strict=True))


_SEGMENT_CLASSES = frozenset(SEGMENT_TYPES.values())


def _tagged(value: Any) -> Any:
    """orjson calls this for what it does not encode itself."""
    if isinstance(value, Button):
        return {"$button": [value.label, value.data, value.url, value.same_row]}
    if isinstance(value, Action):
        body = _fields_of(value)
        body["kind"] = value.kind
        return body
    if type(value) in _SEGMENT_CLASSES:
        body = _fields_of(value)
        body["$seg"] = value.kind
        return body
    if isinstance(value, datetime):
        return {"$dt": value.isoformat()}
    if isinstance(value, Month):  # a month in a message ("Honours for October 2026")
        return {"$month": value.isoformat()}
    if isinstance(value, date):  # a day in a message
        return {"$d": value.isoformat()}
    if isinstance(value, timedelta):  # a duration in a message ("within 5 minutes")
        return {"$td": value.total_seconds()}
    if isinstance(value, bytes):
        return {"$b64": base64.b64encode(value).decode()}
    raise TypeError(f"cannot store a {type(value).__name__} in the outbox")


def _decode(value: Any, field_name: str = "") -> Any:
    if isinstance(value, list):
        return tuple(_decode(item) for item in value)
    if isinstance(value, str):
        return Ref(value) if field_name in _REF_FIELDS else value
    if not isinstance(value, dict):
        return value
    if "$dt" in value:
        return datetime.fromisoformat(value["$dt"])
    if "$month" in value:
        return Month.fromisoformat(value["$month"])
    if "$d" in value:
        return date.fromisoformat(value["$d"])
    if "$td" in value:
        return timedelta(seconds=value["$td"])
    if "$b64" in value:
        return base64.b64decode(value["$b64"])
    if "$button" in value:
        label, data, url, *same_row = value["$button"]  # rows written before rows of buttons
        return Button(_decode(label), data, url, bool(same_row and same_row[0]))
    if "$seg" in value:
        cls = SEGMENT_TYPES[value["$seg"]]
        fields = {k: _decode(v, k) for k, v in value.items() if k != "$seg"}
        if "params" in fields:
            fields["params"] = {k: _decode(v) for k, v in value["params"].items()}
        return cls(**fields)
    return {key: _decode(item) for key, item in value.items()}


def encode_action(action: Action) -> str:
    return orjson.dumps(action, default=_tagged, option=_OPTIONS).decode()


def without_secret(action: Action) -> str:
    """An action carrying a one-time secret (`Action.secret`) as its outbox row keeps it once
    delivered or given up on: its texts replaced by a placeholder naming the secret."""
    placeholder = (Text(f"[{action.secret}: not kept]"),)
    texts = {name: () if name == "buttons" else placeholder for name in TEXT_FIELDS}
    kept: dict[str, Any] = {name: v for name, v in texts.items() if hasattr(action, name)}
    return encode_action(dataclasses.replace(action, **kept))


def secret_of(payload: str) -> str:
    """The one-time secret a stored action carried, named ("" for none)."""
    if _NAMED_SECRET.search(payload) is None:  # most rows: no need to decode them
        return ""
    return str(getattr(decode_action(payload), "secret", ""))


def decode_action(payload: str) -> Action:
    return _action(orjson.loads(payload))


def _action(body: dict[str, Any]) -> Action:
    cls = ACTION_TYPES[body.pop("kind")]
    follow_ups = body.pop("then", ())
    fields = {name: _decode(value, name) for name, value in body.items()}
    if fields.get("priority") is not None:
        fields["priority"] = Priority(fields["priority"])
    if follow_ups:
        fields["then"] = tuple(_action(item) for item in follow_ups)
    return cls(**fields)


def dumps(value: Any) -> bytes:
    """Any mix of plain values, dataclasses and datetimes, tagged so `loads_value` restores it."""
    return orjson.dumps(value, default=_tagged, option=_OPTIONS)


def restore(value: Any, field_name: str = "") -> Any:
    """One decoded JSON value back to what `dumps` was given."""
    return _decode(value, field_name)
