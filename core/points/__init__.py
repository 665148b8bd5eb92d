"""Points: the ledger, earning rules, the shop, leaderboards and honours, tiers, orders and
linked identities, check-ins. `core/features.py` imports the modules that register components
and ruleset sections.

What other features use of points is exported here (docs/architecture.md, "Seams")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lazy_exports import exports

if TYPE_CHECKING:
    from .checkin import CheckinDays
    from .coupons import issue
    from .deleted import take_back
    from .invites import open_invite
    from .ledger import award
    from .names import display_name, platform_names
    from .orders import ORDER_INSERT, OrderInput
    from .perks import moderation_exempt
    from .reasons import RANKED_REASONS
    from .roles import ROLE_TITLES
    from .tiers import TIER_LABELS

# each name is imported from its module when first read (lazy_exports.py)
__getattr__ = exports(
    __name__,
    {
        ".checkin": ("CheckinDays",),
        ".coupons": ("issue",),
        ".deleted": ("take_back",),
        ".invites": ("open_invite",),
        ".ledger": ("award",),
        ".names": ("display_name", "platform_names"),
        ".orders": ("ORDER_INSERT", "OrderInput"),
        ".perks": ("moderation_exempt",),
        ".reasons": ("RANKED_REASONS",),
        ".roles": ("ROLE_TITLES",),
        ".tiers": ("TIER_LABELS",),
    },
)

__all__ = [
    "ORDER_INSERT",
    "RANKED_REASONS",
    "ROLE_TITLES",
    "TIER_LABELS",
    "CheckinDays",
    "OrderInput",
    "award",
    "display_name",
    "issue",
    "moderation_exempt",
    "open_invite",
    "platform_names",
    "take_back",
]
