"""The bot's own standing in a room: a power-levels change that takes rights from it, or its
removal (kicked or banned), as BotRightsLost, so the admins learn that spam will stay up.

Only a change is reported: levels that leave the bot what it could do, or its own leaving,
are not. The event keeps the state event's id in its key, so a replayed sync reports once.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from groupops.core.events import BOT_RIGHTS, BotRightsLost

from . import powers
from .rooms import Room
from .text import PLATFORM, room_ref, user_ref

JSON = Mapping[str, Any]


def _lost(event: JSON, room: Room, bot: str, removed: bool, lost: tuple[str, ...]) -> BotRightsLost:
    sender = str(event.get("sender") or "")
    stamp = event.get("origin_server_ts")
    return BotRightsLost(
        # ".bot": the same state event may also be a MemberLeft under its plain key
        key=f"{PLATFORM}:{event['event_id']}.bot",
        chat=room_ref(room.room_id),
        time=datetime.fromtimestamp(stamp / 1000, UTC) if stamp else datetime.now(UTC),
        removed=removed,
        lost=lost,
        actor=user_ref(sender) if sender and sender != bot else None,
        raw=event,
    )


def levels_lowered(room: Room, event: JSON, bot: str) -> list[BotRightsLost]:
    """An `m.room.power_levels` event (before `room` takes it in) that leaves the bot fewer
    rights than the levels before it."""
    before = (event.get("unsigned") or {}).get("prev_content") or room.levels
    if event.get("state_key") != "" or not before:
        return []
    after = event.get("content") or {}
    gone = powers.rights_of(before, bot, room.creators) - powers.rights_of(
        after, bot, room.creators
    )
    if not gone:
        return []
    return [_lost(event, room, bot, False, tuple(r for r in BOT_RIGHTS if r in gone))]


def removed(room: Room, event: JSON, bot: str) -> list[BotRightsLost]:
    """The bot's own `m.room.member` event: kicked or banned from a room it was in (leaving by
    itself is no loss to report)."""
    content = event.get("content") or {}
    previous = (event.get("unsigned") or {}).get("prev_content") or {}
    was = room.membership.get(bot) or str(previous.get("membership", ""))
    if (
        event.get("type") != "m.room.member"
        or event.get("state_key") != bot
        or event.get("sender") == bot
        or content.get("membership") not in ("leave", "ban")
        or was != "join"
    ):
        return []
    return [_lost(event, room, bot, True, ())]
