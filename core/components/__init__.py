"""Built-in components; importing this package registers them and their ruleset sections."""

from ..points import activity, earning, honours, invites, orders, shop, tiers, tiers_config
from ..points import commands as points_commands
from . import autoreply, checkin, membership, welcome

__all__ = [
    "activity",
    "autoreply",
    "checkin",
    "earning",
    "honours",
    "invites",
    "membership",
    "orders",
    "points_commands",
    "shop",
    "tiers",
    "tiers_config",
    "welcome",
]
