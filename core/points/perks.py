"""Perks a member's tiers grant, as named in the ruleset's [tiers.perks] table.

Perk names: `moderation_exempt`, `multiplier:1.5` (earned points times 1.5), and any name
a shop item asks for (`perk = "meetup"`).
"""

from __future__ import annotations

from typing import Any

from ..engine import MemberState


def perks_of(ruleset: Any, member: MemberState) -> set[str]:
    table = ruleset.tiers.perks
    return {perk for tier in (member.tier, member.consumption) for perk in table.get(tier, ())}


def has_perk(ruleset: Any, member: MemberState, perk: str) -> bool:
    return perk in perks_of(ruleset, member)


def multiplier(ruleset: Any, member: MemberState) -> float:
    """The highest point multiplier the member's tiers grant (1 when none)."""
    best = 1.0
    for perk in perks_of(ruleset, member):
        name, _, value = perk.partition(":")
        if name == "multiplier":
            best = max(best, float(value))
    return best


def moderation_exempt(ruleset: Any, member: MemberState) -> bool:
    return has_perk(ruleset, member, "moderation_exempt")
