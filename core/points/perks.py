"""Perks a member's tiers and role grant, as named in the ruleset's [tiers.perks] table.

Keys are tiers (`core`, `vip`, …) or roles (`volunteer`, `admin`, `deputy`, `owner`); a
role's perks reach that role and the ones above it, so `volunteer = ["meetup"]` is every
volunteer's and every admin's. Perk names: `moderation_exempt`, `multiplier:1.5` (earned
points times 1.5), and any name a shop item asks for (`perk = "meetup"`).
"""

from __future__ import annotations

from typing import Any

from ..engine import MemberState
from ..i18n import localized
from ..roles import Role
from ..segments import T

ROLE_KEYS: dict[str, Role] = {
    role.name.lower(): role for role in Role if role > Role.MEMBER
}  # the table's keys that name roles


def perks_of(ruleset: Any, member: MemberState, role: Role = Role.MEMBER) -> frozenset[str]:
    table = ruleset.tiers.perks
    if not table:  # the common case: checked on every message, so it must cost nothing
        return frozenset()
    granted = _memo.setdefault(id(table), (table, {}))[1]  # the table is kept: ids stay valid
    key = (member.tier, member.consumption, role)
    found = granted.get(key)
    if found is None:
        names = [member.tier, member.consumption]
        names += [name for name, held in ROLE_KEYS.items() if held <= role]
        found = granted[key] = frozenset(p for name in names for p in table.get(name, ()))
    return found


# The perks groupops itself knows (and the default table's `meetup`), in the reader's words:
# `/tier` says these, not their keys
BUILT_IN_PERKS = {
    "moderation_exempt": T("exempt from automatic moderation"),
    "meetup": T("offline meetups"),
}


def perk_said(ruleset: Any, perk: str) -> Any:
    """A perk as `/tier` says it: the operator's text from [tiers.perk_names] (one text, or
    one per locale), else the built-in perk's translated name (`multiplier:1.5` as "points
    x1.5"), else its key, which is all the settings say of it."""
    own = ruleset.tiers.perk_names.get(perk)
    if own:
        return localized(own)
    name, _, factor = perk.partition(":")
    if name == "multiplier" and factor:
        return T("points x{factor}", factor=factor)
    return BUILT_IN_PERKS.get(perk, perk)


# Perks per (tier, consumption tier, role) for each perks table seen; rulesets are few and
# long-lived.
_memo: dict[int, tuple[Any, dict[tuple[str, str, Role], frozenset[str]]]] = {}


def has_perk(ruleset: Any, member: MemberState, perk: str, role: Role = Role.MEMBER) -> bool:
    return perk in perks_of(ruleset, member, role)


def multiplier(ruleset: Any, member: MemberState, role: Role = Role.MEMBER) -> float:
    """The highest point multiplier the member's tiers and role grant (1 when none)."""
    best = 1.0
    for perk in perks_of(ruleset, member, role):
        name, _, value = perk.partition(":")
        if name == "multiplier":
            best = max(best, float(value))
    return best


def moderation_exempt(ruleset: Any, member: MemberState, role: Role = Role.MEMBER) -> bool:
    return has_perk(ruleset, member, "moderation_exempt", role)
