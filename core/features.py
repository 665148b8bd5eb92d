"""The built-in features: importing this module registers their components and ruleset
sections (the composition root, core/app.py, imports it)."""

from . import feature_sections  # noqa: F401 - the sections, declared apart from the components

# First, in this order, as the packages once imported them: simulation reports are listed in
# the order they register.
from .campaigns import (
    calendar,
    challenge,
    groupbuy,
    lifecycle,
    lottery,
    multiplier,
    referral,
    spec,
)
from .campaigns import simulated as campaigns_simulated
from .metrics import health, recorder, reports
from .metrics import simulated as metrics_simulated
from .moderation import simulation as moderation_simulation

# isort: split
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
    start,
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
from .joins import antiraid, captcha, muted_rejoin
from .joins import simulation as join_simulation
from .moderation import (
    arrivals,
    bot_rights,
    modlog,
    modmembers,
    modsettings,
    mute_overdue,
    spamcmd,
)
from .moderation import moderate as moderation
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
    "arrivals",
    "autoreply",
    "bot_rights",
    "calendar",
    "campaigns_simulated",
    "captcha",
    "challenge",
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
    "groupbuy",
    "health",
    "honours",
    "identity",
    "invites",
    "join_simulation",
    "languages",
    "lifecycle",
    "lottery",
    "lurkers",
    "member_reports",
    "membership",
    "metrics_simulated",
    "moderation",
    "moderation_simulation",
    "modlog",
    "modmembers",
    "modsettings",
    "multiplier",
    "mute_overdue",
    "muted_rejoin",
    "notes",
    "order_points",
    "orders",
    "paid",
    "paid_simulation",
    "pins",
    "points_commands",
    "privacy",
    "reception",
    "recorder",
    "referral",
    "reports",
    "roles",
    "shop",
    "simulation",
    "spamcmd",
    "spec",
    "start",
    "tiers",
    "tiers_config",
    "topics",
    "transfer",
    "welcome",
    "whois",
]
