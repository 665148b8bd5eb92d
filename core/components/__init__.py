"""Built-in components; importing this package registers them and their ruleset sections."""

from .. import campaigns, metrics

# the console's requests (they share modlog's undo) and /dashboard
from ..console import chat as console_chat
from ..console import requests as console_requests
from ..joins import antiraid, captcha
from ..joins import simulation as join_simulation
from ..paid import component as paid
from ..paid import simulation as paid_simulation
from ..points import (
    activity,
    appoint,
    coupon_commands,
    earning,
    honours,
    identity,
    invites,
    order_points,
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
    disabling,
    fedbans,
    federations,
    formatting,
    goodbye,
    languages,
    lurkers,
    member_reports,
    membership,
    moderation,
    modlog,
    modmembers,
    modsettings,
    notes,
    pins,
    spamcmd,
    welcome,
    whois,
)

__all__ = [
    "activity",
    "antiraid",
    "appoint",
    "autoreply",
    "campaigns",
    "captcha",
    "checkin",
    "cleanup",
    "console_chat",
    "console_requests",
    "coupon_commands",
    "disabling",
    "earning",
    "fedbans",
    "federations",
    "formatting",
    "goodbye",
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
    "order_points",
    "orders",
    "paid",
    "paid_simulation",
    "pins",
    "points_commands",
    "roles",
    "shop",
    "simulation",
    "spamcmd",
    "tiers",
    "tiers_config",
    "welcome",
    "whois",
]
