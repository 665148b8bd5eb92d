"""Built-in components; importing this package registers them and their ruleset sections."""

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
    "checkin",
    "lurkers",
    "membership",
    "moderation",
    "modlog",
    "modmembers",
    "modsettings",
    "welcome",
]
