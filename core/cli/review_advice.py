"""What `groupops check` says of spam reviews that reach nobody: a detector with a review band
(the classifier's `review` below its `threshold`) or a `review` action sends the messages it is
unsure of to the community's admin chat; a community without one gets only the audit log's
`review` entry, and nothing in any chat."""

from __future__ import annotations

from typing import Any

from ..errors import SettingsProblem
from ..settings.schema import Settings

REVIEW = "review"  # the action that asks the admins (moderation/steps.py)


def _review_sources(moderation: Any) -> list[str]:
    """The enabled detectors of a moderation section that ask the admins to review, as
    `NAME.review` or `NAME.action` (the key that makes them ask)."""
    if moderation is None or not getattr(moderation, "enabled", False):
        return []
    found = []
    for name, section in vars(moderation).items():
        if not getattr(section, "enabled", False) or not hasattr(section, "action"):
            continue
        if getattr(section, "review", 0) > 0:
            found.append(f"{name}.review")
        elif section.action == REVIEW:
            found.append(f"{name}.action")
    return found


def review_advice(settings: Settings, env: str) -> list[SettingsProblem]:
    found = []
    for name, community in settings.communities.items():
        if community.admin_chat is not None:
            continue
        ruleset = settings.rulesets[community.ruleset]
        pipeline = ruleset.pipeline
        if pipeline is not None and "moderation" not in pipeline:
            continue
        sources = _review_sources(getattr(ruleset, "moderation", None))
        if sources:
            keys = ", ".join(f"{env}.rulesets.{community.ruleset}.moderation.{s}" for s in sources)
            # a review band can be turned off in place (what `groupops init` writes); a
            # detector whose action is review needs another action instead
            off = (
                " (or review = 0: no reviews)"
                if all(s.endswith(".review") for s in sources)
                else ""
            )
            found.append(
                SettingsProblem(
                    f"{env}.communities.{name}.admin_chat",
                    f"not set, but {keys} sends messages to the admins for review: they are "
                    f"only written to the audit log; set an admin chat{off}",
                )
            )
    return found
