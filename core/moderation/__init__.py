"""Moderation: normalised matching, detectors, the escalation ladder and their settings."""

from .config import ModerationConfig
from .detector import DETECTORS, Detector, Sample
from .moderator import Hit, Moderator, Overrides
from .normalize import clean, normalise
from .steps import Step

__all__ = [
    "DETECTORS",
    "Detector",
    "Hit",
    "ModerationConfig",
    "Moderator",
    "Overrides",
    "Sample",
    "Step",
    "clean",
    "normalise",
]
