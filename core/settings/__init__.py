"""Settings and rulesets: dynaconf loads, pydantic validates, errors name their key path."""

from .ruleset import RulesetBase, ruleset_model
from .schema import CommunitySettings, Settings
from .sections import SectionModel, ruleset_section
from .validate import load_settings, validate_settings

__all__ = [
    "CommunitySettings",
    "RulesetBase",
    "SectionModel",
    "Settings",
    "load_settings",
    "ruleset_model",
    "ruleset_section",
    "validate_settings",
]
