"""OneBot 12 meta events: what the bridge says about itself and the WeChat account.

`connect` names the implementation and its version; `heartbeat` comes every `interval` ms
while the bridge lives; `status_update` (and the `get_status` action) say whether the bridge
is healthy (`good`) and whether each bot account is `online`. The adapter opens for actions
only while the account is online: when it is logged out, actions wait in the outbox instead
of failing, and a bridge that stops beating is treated as gone.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from ..text import PLATFORM

MISSED_BEATS = 3  # heartbeats missed in a row before the bridge is considered gone


@dataclass(slots=True)
class BridgeStatus:
    """The bridge as it last described itself (see `OneBotAdapter.status`)."""

    impl: str = ""
    version: str = ""
    onebot_version: str = ""
    good: bool = True
    bots: list[Mapping[str, Any]] = field(default_factory=list)  # status.bots, as sent
    told: bool = False  # a status_update or get_status answer has arrived
    heartbeat_interval: float | None = None  # seconds
    last_heartbeat: float | None = None  # time.monotonic() of the last beat

    def online(self, self_id: str) -> bool:
        """Whether the account is logged in; a bridge that never said is taken at its word
        that it is connected."""
        if not self.told:
            return True
        mine = [b for b in self.bots if _is(b, self_id)]
        return self.good and any(bool(b.get("online")) for b in mine)

    def beat_missed(self, now: float | None = None) -> bool:
        if self.heartbeat_interval is None or self.last_heartbeat is None:
            return False
        now = time.monotonic() if now is None else now
        return now - self.last_heartbeat > MISSED_BEATS * self.heartbeat_interval

    def take_status(self, status: Mapping[str, Any]) -> None:
        self.good = bool(status.get("good", True))
        self.bots = list(status.get("bots") or [])
        self.told = True


def _is(bot: Mapping[str, Any], self_id: str) -> bool:
    who = bot.get("self") or {}
    if who.get("platform", PLATFORM) != PLATFORM:
        return False
    return not self_id or str(who.get("user_id", "")) == self_id


def _connect(status: BridgeStatus, data: Mapping[str, Any]) -> None:
    version = data.get("version") or {}
    status.impl = str(version.get("impl", ""))
    status.version = str(version.get("version", ""))
    status.onebot_version = str(version.get("onebot_version", ""))


def _heartbeat(status: BridgeStatus, data: Mapping[str, Any]) -> None:
    interval = data.get("interval")
    if isinstance(interval, int | float) and interval > 0:
        status.heartbeat_interval = interval / 1000
    status.last_heartbeat = time.monotonic()


def _status_update(status: BridgeStatus, data: Mapping[str, Any]) -> None:
    status.take_status(data.get("status") or {})


META: dict[str, Callable[[BridgeStatus, Mapping[str, Any]], None]] = {
    "connect": _connect,
    "heartbeat": _heartbeat,
    "status_update": _status_update,
}


def apply_meta(status: BridgeStatus, data: Mapping[str, Any]) -> bool:
    """Take a meta event into `status`; False for a meta event of an unknown kind."""
    handler = META.get(str(data.get("detail_type", "")))
    if handler is None:
        return False
    handler(status, data)
    return True
