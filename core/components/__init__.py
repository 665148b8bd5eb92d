"""Built-in components; importing this package registers them and their ruleset sections."""

from .. import campaigns
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
    "autoreply",
    "campaigns",
    "checkin",
    "lurkers",
    "membership",
    "moderation",
    "modlog",
    "modmembers",
    "modsettings",
    "welcome",
]
