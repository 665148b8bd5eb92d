"""The built-in features: importing this module registers their components and ruleset
sections (the composition root, core/app.py, imports it)."""

from . import campaigns, metrics
from .community import (
    admins,
    autoreply,
    cleanup,
    connections,
    disabling,
    formatting,
    goodbye,
    languages,
    lurkers,
    member_reports,
    membership,
    notes,
    pins,
    reception,
    topics,
    transfer,
    welcome,
    whois,
)

# the console's requests (they share modlog's undo) and /dashboard
from .console import chat as console_chat
from .console import requests as console_requests
from .federations import commands as federations
from .federations import fedbans
from .joins import antiraid, captcha
from .joins import simulation as join_simulation
from .moderation import moderate as moderation
from .moderation import modlog, modmembers, modsettings, spamcmd
from .paid import component as paid
from .paid import simulation as paid_simulation
from .points import (
    activity,
    appoint,
    checkin,
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
from .points import commands as points_commands
from .privacy import commands as privacy

__all__ = [
    "activity",
    "admins",
    "antiraid",
    "appoint",
    "autoreply",
    "campaigns",
    "captcha",
    "checkin",
    "cleanup",
    "connections",
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
    "privacy",
    "reception",
    "roles",
    "shop",
    "simulation",
    "spamcmd",
    "tiers",
    "tiers_config",
    "topics",
    "transfer",
    "welcome",
    "whois",
]
