"""Campaigns and the content calendar: importing this package registers their components,
ruleset sections, commands and the simulator's report."""

from . import (
    calendar,
    challenge,
    groupbuy,
    lifecycle,
    lottery,
    multiplier,
    referral,
    simulated,
    spec,
)

__all__ = [
    "calendar",
    "challenge",
    "groupbuy",
    "lifecycle",
    "lottery",
    "multiplier",
    "referral",
    "simulated",
    "spec",
]
