"""What `groupops check` warns about: settings that are valid but do nothing — calendar posts
whose component is not in the pipeline, exemptions naming tiers nothing assigns. Paths are
given as written in the file (`default.rulesets.NAME…`)."""

from __future__ import annotations

from ..errors import SettingsProblem
from ..points.tiers_config import ACTIVITY_TIERS, CONSUMPTION_TIERS
from ..settings.schema import Settings

KNOWN_TIERS = (*ACTIVITY_TIERS, *CONSUMPTION_TIERS)  # what the tiers component assigns
EXEMPTIONS = ("lurkers", "moderation")  # sections with exempt_tiers


def advice(settings: Settings, env: str = "default") -> list[SettingsProblem]:
    found: list[SettingsProblem] = []
    for name, ruleset in settings.rulesets.items():
        where = f"{env}.rulesets.{name}"
        posts = len(ruleset.calendar.posts)
        if posts and ruleset.pipeline is not None and "calendar" not in ruleset.pipeline:
            found.append(
                SettingsProblem(
                    f"{where}.calendar.posts",
                    f"{posts} post(s) are never sent: 'calendar' is not in {where}.pipeline",
                )
            )
        for section in EXEMPTIONS:
            unknown = [t for t in getattr(ruleset, section).exempt_tiers if t not in KNOWN_TIERS]
            if unknown:
                found.append(
                    SettingsProblem(
                        f"{where}.{section}.exempt_tiers",
                        f"{', '.join(map(repr, unknown))}: no tier of that name is ever "
                        f"assigned (tiers: {', '.join(KNOWN_TIERS)}); give such members a role "
                        "in the community instead",
                    )
                )
    return found
