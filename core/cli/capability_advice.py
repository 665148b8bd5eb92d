"""What `groupops check` and `doctor` note of moderation a platform cannot carry out as
configured: a platform that cannot delete messages leaves what moderation caught in the chat,
and a ladder step it cannot take (mute, kick, ban) is replaced by the ruleset's fallback or
dropped.
Without it an operator learned this only from one INFO line per caught message at `run`. A
note, not a warning: nothing in the settings can change what the platform lacks."""

from __future__ import annotations

from ..capabilities import Capability
from ..engine.components import default_pipeline
from ..errors import SettingsProblem
from ..settings.schema import Settings
from .captcha_advice import community_adapters

STEP_CAPABILITIES = {"mute": Capability.MUTE, "kick": Capability.KICK, "ban": Capability.BAN}
INSTEAD = {"warn": "a warning in the group", "kick": "a kick", "skip": "nothing"}


def capability_advice(settings: Settings, env: str) -> list[SettingsProblem]:
    found = []
    for community_name, community in settings.communities.items():
        ruleset = settings.rulesets[community.ruleset]
        if "moderation" not in (ruleset.pipeline or default_pipeline()):
            continue
        where = f"{env}.rulesets.{community.ruleset}"
        for platform, adapter in community_adapters(settings, community):
            offered = adapter.capabilities
            if Capability.DELETE not in offered:
                found.append(
                    SettingsProblem(
                        f"{env}.communities.{community_name}.chats",
                        f"{platform} cannot delete messages: a message moderation catches "
                        f"stays in {community_name}'s {platform} chats (its sender is still "
                        "reminded, warned and removed as the ladder says)",
                    )
                )
            steps = dict.fromkeys(step.kind for step in ruleset.moderation.escalation)
            for kind in steps:
                needed = STEP_CAPABILITIES.get(kind)
                if needed is None or needed in offered:
                    continue
                choice = ruleset.fallback_for(kind) if kind != "kick" else "skip"
                found.append(
                    SettingsProblem(
                        f"{where}.moderation.escalation",
                        f"step {kind!r}: {platform} cannot {kind}, so in {community_name}'s "
                        f"{platform} chats it is {INSTEAD.get(choice, choice)} instead"
                        + (f" (fallbacks.{kind} = {choice!r})" if kind != "kick" else ""),
                    )
                )
    return found
