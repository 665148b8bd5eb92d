"""Deciding tiers: activity tiers by percentile bands, consumption bands from orders.

Pure functions over plain numbers, so the rules read (and test) apart from the engine."""

from __future__ import annotations

import math
from collections.abc import Mapping
from datetime import datetime

from ..engine import MemberState
from .tiers_config import TiersConfig

RANK = {"lurker": 0, "normal": 1, "active": 2, "core": 3}


def band_sizes(config: TiersConfig, present: int) -> tuple[int, int]:
    """How many members may be core and active in a community of `present` members."""

    def share(fraction: float) -> int:
        return math.floor(fraction * present + 0.5)

    return share(config.core_share), share(config.active_share)


def activity_tiers(
    config: TiersConfig,
    members: list[MemberState],
    messages: Mapping[str, int],
    now: datetime,
) -> dict[str, str]:
    """member key -> core | active | normal | lurker for the present members."""
    out: dict[str, str] = {}
    speakers = []
    for member in members:
        since = member.last_message_at or member.joined_at
        if since is not None and now - since >= config.lurker_after:
            out[member.key] = "lurker"
        elif messages.get(member.key, 0) > 0:
            speakers.append(member)
        else:
            out[member.key] = "normal"
    speakers.sort(key=lambda m: (-messages[m.key], m.last_message_at or now, m.key))
    core, active = band_sizes(config, len(members))
    for place, member in enumerate(speakers):
        out[member.key] = (
            "core" if place < core else "active" if place < core + active else "normal"
        )
    return out


def consumption_band(
    config: TiersConfig, member: MemberState, orders: int, invites: int, now: datetime
) -> str:
    if orders >= config.vip_orders and invites >= config.vip_invites:
        return "vip"
    if orders >= config.regular_orders:
        return "regular"
    seen = member.last_active_at or member.joined_at
    if seen is not None and now - seen >= config.dormant_after:
        return "dormant"
    return "occasional"


def settle_tier(
    config: TiersConfig, current: str, computed: str, below_since: datetime | None, now: datetime
) -> tuple[str, datetime | None]:
    """The tier to keep and the new demotion mark: a lower tier sticks only after the grace."""
    if not current or RANK[computed] >= RANK.get(current, 0):
        return computed, None
    if below_since is None:
        return current, now
    if now - below_since >= config.demotion_grace:
        return computed, None
    return current, below_since
