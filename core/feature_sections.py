"""The built-in features' ruleset sections, and what they are built from (the moderation
detectors' tables, the campaign kinds' specs), without the features' components.

Importing this module registers every built-in section; none of these modules imports the
engine or the storage models, so validating settings (`groupops check`, `app.load_sections`)
does not pay for them. `core/features.py` imports it with the components.
"""

from .campaigns import calendar_config, spec
from .community import sections as community
from .joins import config as joins
from .metrics import config as metrics
from .moderation import config as moderation
from .paid import config as paid
from .points import config as points
from .points import sections as points_sections
from .points import shop_config, tiers_config

__all__ = [
    "calendar_config",
    "community",
    "joins",
    "metrics",
    "moderation",
    "paid",
    "points",
    "points_sections",
    "shop_config",
    "spec",
    "tiers_config",
]
