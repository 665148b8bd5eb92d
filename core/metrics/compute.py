"""One entry point for reports, alerts, the simulator and the command line."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from .history import Scope, load_history
from .kpis import KpiSet
from .periods import Period


def scope_of(settings: Any, community: str, chat: str | None = None) -> Scope:
    chats = tuple(settings.communities[community].chats)
    if chat is not None and chat not in chats:
        raise ValueError(
            f"{chat!r} is not a chat of community {community!r} "
            f"(expected one of: {', '.join(chats) or 'none configured'})"
        )
    # A paid chat's members are members of the community already, and joining it is not
    # joining the community: community-wide figures leave it out (its own report has it,
    # and the paid-membership figures count its members).
    paid = settings.rulesets[settings.communities[community].ruleset].paid.paid_chats()
    if chat is not None or not paid & set(chats):
        return Scope(community, chats, chat)
    kept = tuple(c for c in chats if c not in paid)
    return Scope(community, kept, chat, tuple(c for c in chats if c in paid))


def clock_of(settings: Any, community: str) -> Any:
    return settings.clock_of(community)


async def compute_kpis(
    settings: Any,
    community: str,
    period: Period,
    now: datetime,
    chat: str | None = None,
    *,
    live: bool = False,
) -> KpiSet:
    """The KPIs of `community` (or one of its chats) over `period`, as of `now`; `live`: for
    the running bot, whose quiet days up to today are days it recorded."""
    history = await load_history(
        scope_of(settings, community, chat), period, now, clock_of(settings, community), live=live
    )
    return KpiSet.of(history)
