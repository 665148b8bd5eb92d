"""Moderation: normalised matching, detectors, the escalation ladder and their settings.

What other features use of moderation is exported here (docs/architecture.md, "Seams"): the
per-community command settings, the moderation state, text normalisation and the operator's
patterns, how a moderation command names its target, whether a member was removed moments
ago and what is said when a removal is refused, who is muted now (the audit log's mutes),
deciding an admin-chat alert once (a review, a member's report), the languages the spam
classifier's starter samples are in, and the scope of a community's classifier lessons (an
erasure drops those taught from a member's ordinary messages)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lazy_exports import exports

if TYPE_CHECKING:
    from .commanding import name_of
    from .config import ModerationConfig
    from .detector import DETECTORS, Detector, Sample
    from .learning import community_scope
    from .moderator import Changes, Hit, Moderator
    from .mutes import FOREVER, muted
    from .normalize import clean, normalise
    from .operator_regex import compile_pattern
    from .overrides import CommandSettings, Overrides
    from .removal import removal_refused, removed_just_now, tell_if_refused
    from .reviews import first_decision, named, recall_decision
    from .spam_samples import STARTER_LANGUAGES
    from .state import Moderation, ModerationState
    from .steps import Step

# each name is imported from its module when first read (lazy_exports.py)
__getattr__ = exports(
    __name__,
    {
        ".commanding": ("name_of",),
        ".config": ("ModerationConfig",),
        ".detector": ("DETECTORS", "Detector", "Sample"),
        ".learning": ("community_scope",),
        ".moderator": ("Changes", "Hit", "Moderator"),
        ".mutes": ("FOREVER", "muted"),
        ".normalize": ("clean", "normalise"),
        ".operator_regex": ("compile_pattern",),
        ".overrides": ("CommandSettings", "Overrides"),
        ".removal": ("removal_refused", "removed_just_now", "tell_if_refused"),
        ".reviews": ("first_decision", "named", "recall_decision"),
        ".spam_samples": ("STARTER_LANGUAGES",),
        ".state": ("Moderation", "ModerationState"),
        ".steps": ("Step",),
    },
)

__all__ = [
    "DETECTORS",
    "FOREVER",
    "STARTER_LANGUAGES",
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
    "community_scope",
    "compile_pattern",
    "first_decision",
    "muted",
    "name_of",
    "named",
    "normalise",
    "recall_decision",
    "removal_refused",
    "removed_just_now",
    "tell_if_refused",
]
