"""A declared campaign whose settings were edited after it started.

A campaign runs with what it was launched with: members were told its goal, gift and end, a
giveaway committed to its prize and winners, and entries were counted by those rules. An edit
of `settings.toml` therefore changes nothing for a campaign already started, and a finished
one is not started again. So that the edit is not silently ignored, the differences are said
once per start, in the log and in the community's admin chat.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from loguru import logger

from ..days import CommunityClock
from ..engine import Context
from ..segments import T
from .spec import SpecBase
from .store import Campaign


def _shown(value: Any) -> str:
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _moment(value: datetime | None, clock: CommunityClock) -> str:
    return "-" if value is None else clock.local(value).strftime("%Y-%m-%d %H:%M")


def differences(spec: SpecBase, campaign: Campaign, clock: CommunityClock) -> list[str]:
    """'goal: 3 → 2' for each setting the file now gives otherwise than the campaign runs
    with (a setting the campaign has no value for, added by a later release, is left out)."""
    found: list[str] = []
    title = spec.title or campaign.name
    if title != campaign.title:
        found.append(f"title: {campaign.title} → {title}")
    starts, ends = spec.window(campaign.starts_at, clock)
    for key, was, now in (("starts", campaign.starts_at, starts), ("ends", campaign.ends_at, ends)):
        if was != now:
            found.append(f"{key}: {_moment(was, clock)} → {_moment(now, clock)}")
    declared = spec.settings()
    for key, was in campaign.config.items():
        if key in declared and declared[key] != was:
            found.append(f"{key}: {_shown(was)} → {_shown(declared[key])}")
    return found


def tell_drift(ctx: Context, spec: SpecBase, campaign: Campaign) -> None:
    """Say that `campaign` keeps what it started with though the settings file now differs."""
    changes = differences(spec, campaign, ctx.community.clock)
    if not changes:
        return
    listed = "; ".join(changes)
    logger.warning(
        "campaign {} of {}: settings.toml differs from what it runs with ({}); not applied",
        campaign.name, ctx.community.name, listed,
    )  # fmt: skip
    if campaign.finished:
        text = T(
            "Campaign {name} has ended; the settings file now differs from what it ran with "
            "({changes}), which does not start it again. Declare the new campaign under a new "
            "name.",
            name=campaign.name,
            changes=listed,
        )
    else:
        text = T(
            "Campaign {name} keeps running with the settings it started with; the settings "
            "file now differs ({changes}) and is not applied to it. To run the new settings, "
            "end it (/campaign end {name}, or /campaign close {name}) and declare them under a "
            "new name.",
            name=campaign.name,
            changes=listed,
        )
    admin_chat = ctx.community.settings.admin_chat
    if admin_chat is not None:
        ctx.send(text, chat=admin_chat)
