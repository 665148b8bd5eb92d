"""Perks a member's tiers grant, as named in the ruleset's [tiers.perks] table.

Perk names: `moderation_exempt`, `multiplier:1.5` (earned points times 1.5), and any name
a shop item asks for (`perk = "meetup"`).
"""

from __future__ import annotations

from typing import Any

from ..engine import MemberState


def perks_of(ruleset: Any, member: MemberState) -> frozenset[str]:
    table = ruleset.tiers.perks
    if not table:  # the common case: checked on every message, so it must cost nothing
        return frozenset()
    granted = _memo.setdefault(id(table), (table, {}))[1]  # the table is kept: ids stay valid
    pair = (member.tier, member.consumption)
    found = granted.get(pair)
    if found is None:
        found = granted[pair] = frozenset(p for name in pair for p in table.get(name, ()))
    return found


# Perks per (tier, consumption tier) for each perks table seen; rulesets are few and long-lived.
_memo: dict[int, tuple[Any, dict[tuple[str, str], frozenset[str]]]] = {}


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
