"""Built-in components; importing this package registers them and their ruleset sections."""

from .. import metrics
from . import autoreply, checkin, membership, welcome

__all__ = ["autoreply", "checkin", "membership", "metrics", "welcome"]
