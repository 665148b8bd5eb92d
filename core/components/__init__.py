"""Built-in components; importing this package registers them and their ruleset sections."""

from .. import campaigns
from . import autoreply, checkin, membership, welcome

__all__ = ["autoreply", "campaigns", "checkin", "membership", "welcome"]
