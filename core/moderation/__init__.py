"""Moderation: normalised matching, detectors, the escalation ladder and their settings."""

from . import simulation  # noqa: F401 - registers the simulation summary section
from .config import ModerationConfig
from .detector import DETECTORS, Detector, Sample
from .moderator import Changes, Hit, Moderator
from .normalize import clean, normalise
from .steps import Step

__all__ = [
    "DETECTORS",
    "Changes",
    "Detector",
    "Hit",
    "ModerationConfig",
    "Moderator",
    "Sample",
    "Step",
    "clean",
    "normalise",
]
