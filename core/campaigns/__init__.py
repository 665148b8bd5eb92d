"""Campaigns and the content calendar: importing this package registers their components,
ruleset sections and commands."""

from . import calendar, challenge, groupbuy, lifecycle, lottery, multiplier, referral, spec

__all__ = [
    "calendar",
    "challenge",
    "groupbuy",
    "lifecycle",
    "lottery",
    "multiplier",
    "referral",
    "spec",
]
