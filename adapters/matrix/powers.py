"""Power levels: who is an admin, and mute as a level below what sending a message needs.

A mute with an end is written into the power levels themselves (`MUTED_UNTIL`, user id ->
milliseconds), so it survives restarts and any instance lifts it once due (`due_unmutes`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

MUTED_UNTIL = "org.groupops.muted_until"
ADMIN_LEVEL = 50  # Matrix clients call 50 "moderator" and 100 "admin"
OWNER_LEVEL = 100
CREATOR_VERSIONS = frozenset({"12"})  # room versions whose creators outrank every level

JSON = Mapping[str, Any]


def _int(value: Any) -> int:
    return int(value) if isinstance(value, int | float | str) else 0


def level_of(levels: JSON, user: str) -> int:
    users = levels.get("users") or {}
    return _int(users.get(user, levels.get("users_default", 0)))


# what the bot needs a level for -> (the power-levels key, the spec's default, what it powers)
NEEDS = (
    ("redact", 50, "deleting spam"),
    ("kick", 50, "removing members"),
    ("ban", 50, "bans"),
)


def lacking(levels: JSON, user: str) -> list[str]:
    """The NEEDS keys `user`'s level falls short of in a room with these power levels."""
    level = level_of(levels, user)
    return [key for key, default, _ in NEEDS if level < _int(levels.get(key, default))]


def send_level(levels: JSON) -> int:
    """What posting a message needs (`m.room.message` or else `events_default`)."""
    events = levels.get("events") or {}
    return _int(events.get("m.room.message", levels.get("events_default", 0)))


def creators_of(create: JSON) -> frozenset[str]:
    """The creators an `m.room.create` event names, where the room version gives them
    unlimited power outside the power levels (none in older versions)."""
    content = create.get("content") or {}
    if str(content.get("room_version", "1")) not in CREATOR_VERSIONS:
        return frozenset()
    extra = content.get("additional_creators") or []
    return frozenset([str(create.get("sender")), *map(str, extra)])


def status_of(levels: JSON, user: str, membership: str, creators: frozenset[str]) -> str:
    if membership == "ban":
        return "banned"
    if membership != "join":
        return "left"
    level = level_of(levels, user)
    if user in creators or level >= OWNER_LEVEL:
        return "owner"
    if level >= ADMIN_LEVEL:
        return "admin"
    return "restricted" if level < send_level(levels) else "member"


def muted(levels: JSON, user: str, until_ms: int | None) -> dict[str, Any]:
    """The levels with `user` one below the send level (and the end noted, if any)."""
    out = dict(levels)
    out["users"] = {**(levels.get("users") or {}), user: send_level(levels) - 1}
    ends = {k: v for k, v in (levels.get(MUTED_UNTIL) or {}).items() if k != user}
    if until_ms is not None:
        ends[user] = until_ms
    out[MUTED_UNTIL] = ends
    return out


def unmuted(levels: JSON, user: str) -> dict[str, Any]:
    """The levels with `user` back at the room's default (an unmuted member)."""
    out = dict(levels)
    out["users"] = {k: v for k, v in (levels.get("users") or {}).items() if k != user}
    out[MUTED_UNTIL] = {k: v for k, v in (levels.get(MUTED_UNTIL) or {}).items() if k != user}
    return out


def mute_ends_at(levels: JSON, user: str, end_ms: int) -> bool:
    """Whether `user`'s mute is the timed one ending at `end_ms` (not lifted, not replaced).
    Compared to the second: an end read back through a datetime may lose its last digits."""
    end = (levels.get(MUTED_UNTIL) or {}).get(user)
    return isinstance(end, int | float) and abs(end - end_ms) < 1000


def due_unmutes(levels: JSON, now_ms: int) -> list[str]:
    return [user for user, end in (levels.get(MUTED_UNTIL) or {}).items() if end <= now_ms]


# The bot's rights (core/events.py BOT_RIGHTS) and the power-level keys each needs: deleting
# is a redaction; muting changes the power levels (a mute is a power level); banning and
# removing are the ban and kick actions. Each is its own level, so each is its own right: a bot
# that may ban but not change the power levels has lost muting only.
RIGHT_NEEDS: dict[str, tuple[str, ...]] = {
    "delete": ("redact",),
    "mute": ("m.room.power_levels",),
    "ban": ("ban",),
    "remove": ("kick",),
}
ACTION_DEFAULT = 50  # the spec's default for redact, kick, ban and state events


def needed_level(levels: JSON, key: str) -> int:
    """The level `key` needs: an action (redact, kick, ban) or a state event type."""
    if key.startswith("m."):
        events = levels.get("events") or {}
        return _int(events.get(key, levels.get("state_default", ACTION_DEFAULT)))
    return _int(levels.get(key, ACTION_DEFAULT))


def rights_of(levels: JSON, user: str, creators: frozenset[str] = frozenset()) -> set[str]:
    """The rights of RIGHT_NEEDS that `user` holds under `levels` (a creator of a version 12
    room holds every one)."""
    if user in creators:
        return set(RIGHT_NEEDS)
    level = level_of(levels, user)
    return {
        right
        for right, keys in RIGHT_NEEDS.items()
        if all(level >= needed_level(levels, key) for key in keys)
    }
