"""Moderation: normalised matching, detectors, the escalation ladder and their settings.

What other features use of moderation is exported here (docs/architecture.md, "Seams"): the
per-community command settings, the moderation state, text normalisation and the operator's
patterns, and how a moderation command names its target."""

from .commanding import name_of
from .config import ModerationConfig
from .detector import DETECTORS, Detector, Sample
from .moderator import Changes, Hit, Moderator
from .normalize import clean, normalise
from .operator_regex import compile_pattern
from .overrides import CommandSettings, Overrides
from .state import Moderation, ModerationState
from .steps import Step

__all__ = [
    "DETECTORS",
    "Changes",
    "CommandSettings",
    "Detector",
    "Hit",
    "Moderation",
    "ModerationConfig",
    "ModerationState",
    "Moderator",
    "Overrides",
    "Sample",
    "Step",
    "clean",
    "compile_pattern",
    "name_of",
    "normalise",
]
