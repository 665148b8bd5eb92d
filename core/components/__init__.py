"""Built-in components; importing this package registers them and their ruleset sections."""

from ..points import commands as points_commands
from ..points import shop
from . import autoreply, checkin, membership, welcome

__all__ = ["autoreply", "checkin", "membership", "points_commands", "shop", "welcome"]
