"""Who may enter a giveaway: a member of the group, of the tier, with the points and joined
before the day its rules name (`min_tier`, `min_points`, `joined_before`)."""

from __future__ import annotations

from ..engine import Context, MemberState
from ..segments import TN, T
from .spec import TIERS
from .store import Campaign, outside


def entry_refusal(ctx: Context, campaign: Campaign, member: MemberState):
    """Why `member` may not enter, or None."""
    if outside(ctx, member):  # from a private chat: a banned account's entry, a stranger's
        return T("This draw is for members of the group.")
    rules = campaign.config
    if rules.get("min_tier") and (
        member.tier not in TIERS or TIERS.index(member.tier) < TIERS.index(rules["min_tier"])
    ):
        return T("This draw is for members of tier {tier} and above.", tier=rules["min_tier"])
    if member.balance < rules.get("min_points", 0):
        return TN(
            "This draw needs at least {n} point.",
            "This draw needs at least {n} points.",
            rules["min_points"],
        )
    before = rules.get("joined_before")
    if before:
        joined = member.joined_at and ctx.community.clock.day_of(member.joined_at).isoformat()
        if not joined or joined >= before:
            return T("This draw is for members who joined before {day}.", day=before)
    return None
