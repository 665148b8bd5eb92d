"""What every pushed event must look like, whatever the platform."""

from __future__ import annotations

from groupops.core.events import PLATFORM_EVENTS, Event

from .target import ConformanceTarget


def normalised(event: Event, target: ConformanceTarget) -> None:
    platform = target.adapter.platform
    assert type(event) in PLATFORM_EVENTS, f"{type(event).__name__} is not a platform event"
    assert event.key.startswith(f"{platform}:"), f"key {event.key!r} is not '{platform}:…'"
    assert event.chat == target.chat, f"chat {event.chat!r} is not {target.chat!r}"
    assert event.time.tzinfo is not None, f"{event.kind} time {event.time} has no time zone"
