"""Built-in components; importing this package registers them and their ruleset sections."""

from . import autoreply, checkin, membership, moderation, modmembers, welcome

__all__ = ["autoreply", "checkin", "membership", "moderation", "modmembers", "welcome"]
