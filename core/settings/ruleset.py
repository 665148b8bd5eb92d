"""The ruleset schema: shared clock and locale settings plus every registered section."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ConfigDict, Field, create_model, field_validator

from ..days import CommunityClock
from ..registry import require_sections
from .sections import SECTIONS
from .types import ClockTime, LocaleName, TimeZoneName

# How a step a platform cannot take is replaced, per action kind. The first value is the default.
FALLBACK_CHOICES: dict[str, tuple[str, ...]] = {
    "mute": ("warn", "kick", "skip"),
    "ban": ("kick", "warn", "skip"),
    "delete": ("skip",),
    "reply": ("send",),
    "send_private": ("mention", "skip"),
    "send_image": ("skip",),
    "pin": ("skip",),
    "approve_join": ("skip",),
    "decline_join": ("skip",),
    "invite_link": ("code",),
}
DEFAULT_FALLBACKS = {kind: choices[0] for kind, choices in FALLBACK_CHOICES.items()}


class RulesetBase(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    locale: LocaleName | None = None  # None: the platform's hint, then i18n.default_locale
    timezone: TimeZoneName = "UTC"
    day_starts_at: ClockTime = Field(default_factory=lambda: CommunityClock().day_starts_at)
    pipeline: tuple[str, ...] | None = None  # component names in order; None = the default order
    fallbacks: dict[str, str] = Field(default_factory=dict)

    if TYPE_CHECKING:
        # Sections are added from the section table at start (`ruleset_model`), so the
        # checker cannot know them: it sees them as Any.
        def __getattr__(self, name: str) -> Any: ...

    @field_validator("fallbacks")
    @classmethod
    def _check_fallbacks(cls, value: dict[str, str]) -> dict[str, str]:
        for kind, choice in value.items():
            if kind not in FALLBACK_CHOICES:
                raise ValueError(
                    f"{kind!r} has no fallback (expected one of: {', '.join(FALLBACK_CHOICES)})"
                )
            if choice not in FALLBACK_CHOICES[kind]:
                raise ValueError(
                    f"{choice!r} is not a fallback for {kind!r} "
                    f"(expected one of: {', '.join(FALLBACK_CHOICES[kind])})"
                )
        return {**DEFAULT_FALLBACKS, **value}

    @property
    def clock(self) -> CommunityClock:
        return CommunityClock(self.timezone, self.day_starts_at)

    def fallback_for(self, kind: str) -> str:
        return self.fallbacks.get(kind) or DEFAULT_FALLBACKS.get(kind, "skip")


@cache
def ruleset_model() -> type[RulesetBase]:
    """The full ruleset model; built once every section has been registered."""
    require_sections("the ruleset schema")
    fields: dict[str, Any] = {
        name: (model, Field(default_factory=model)) for name, model in sorted(SECTIONS.items())
    }
    return create_model("Ruleset", __base__=RulesetBase, **fields)
