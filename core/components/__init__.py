"""Built-in components; importing this package registers them and their ruleset sections."""

from .. import campaigns, metrics
from ..joins import antiraid, captcha
from ..joins import simulation as join_simulation
from ..points import (
    activity,
    earning,
    honours,
    identity,
    invites,
    orders,
    roles,
    shop,
    simulation,
    tiers,
    tiers_config,
)
from ..points import commands as points_commands
from . import (
    autoreply,
    checkin,
    cleanup,
    languages,
    lurkers,
    member_reports,
    membership,
    moderation,
    modlog,
    modmembers,
    modsettings,
    notes,
    spamcmd,
    welcome,
)

__all__ = [
    "activity",
    "antiraid",
    "autoreply",
    "campaigns",
    "captcha",
    "checkin",
    "cleanup",
    "earning",
    "honours",
    "identity",
    "invites",
    "join_simulation",
    "languages",
    "lurkers",
    "member_reports",
    "membership",
    "metrics",
    "moderation",
    "modlog",
    "modmembers",
    "modsettings",
    "notes",
    "orders",
    "points_commands",
    "roles",
    "shop",
    "simulation",
    "spamcmd",
    "tiers",
    "tiers_config",
    "welcome",
]
