"""Built-in components; importing this package registers them and their ruleset sections."""

from .. import campaigns, metrics
from ..points import activity, earning, honours, invites, shop, tiers_config
from ..points import commands as points_commands
from . import (
    autoreply,
    checkin,
    lurkers,
    membership,
    moderation,
    modlog,
    modmembers,
    modsettings,
    welcome,
)

__all__ = [
    "activity",
    "autoreply",
    "campaigns",
    "checkin",
    "earning",
    "honours",
    "invites",
    "lurkers",
    "membership",
    "metrics",
    "moderation",
    "modlog",
    "modmembers",
    "modsettings",
    "points_commands",
    "shop",
    "tiers_config",
    "welcome",
]
