"""Text a platform hands over that cannot be stored or sent: a lone surrogate (half of an
emoji pair, as a cut at a UTF-16 length leaves it) is not UTF-8, so an outbox payload or a
row naming a member called that was refused, and the engine stopped on it; the platform then
delivered the same update again after the restart. Each event's text is mended as it is
submitted: the lone halves become `?`, as moderation's `clean` makes them."""

from __future__ import annotations

import dataclasses
from typing import Any

from ..events import Event
from ..segments import Link, Mention, Text

_FIELDS: dict[type, tuple[str, ...]] = {}
_TEXTUAL = frozenset({"str", "str | None", "Message"})  # the fields' annotations, as written


def _broken(text: str) -> bool:
    if text.isascii():
        return False
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _mended_text(text: str) -> str:
    return text.encode("utf-8", "replace").decode("utf-8")


def mended(text: str) -> str:
    """`text` with any lone surrogate replaced (the same text when there is none)."""
    return _mended_text(text) if _broken(text) else text


def _segment_broken(segment: Any) -> bool:
    if type(segment) is Text:
        return _broken(segment.text)
    if type(segment) is Mention:
        return _broken(segment.name)
    if type(segment) is Link:
        return _broken(segment.url) or _broken(segment.label)
    return False


def _mended_segment(segment: Any) -> Any:
    if isinstance(segment, Text) and _broken(segment.text):
        return dataclasses.replace(segment, text=_mended_text(segment.text))
    if isinstance(segment, Mention) and _broken(segment.name):
        return dataclasses.replace(segment, name=_mended_text(segment.name))
    if isinstance(segment, Link) and (_broken(segment.url) or _broken(segment.label)):
        return Link(_mended_text(segment.url), _mended_text(segment.label))
    return segment


def mend(event: Event) -> Event:
    """`event` with every text field (and its segments' text) encodable; the same object,
    changed in place where it had to be."""
    names = _FIELDS.get(type(event))
    if names is None:  # the text fields: ids, times and flags cannot hold a broken half
        names = _FIELDS[type(event)] = tuple(
            f.name for f in dataclasses.fields(event) if f.type in _TEXTUAL
        )
    for name in names:
        value = getattr(event, name)
        if type(value) is str:
            if _broken(value):
                setattr(event, name, _mended_text(value))
        elif type(value) is tuple and any(map(_segment_broken, value)):
            setattr(event, name, tuple(map(_mended_segment, value)))
    return event
