"""Ladder steps: what moderation can do to a member, written as operators write them.

`"remind"`, `"warn_private"`, `"delete"`, `"mute 1h"`, `"kick"`, `"ban"`, `"ban 3d"`, `"log"`.
A detector's `action` is one of these or `"escalate"`: count a warning and take the ladder's
step for that count.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Annotated, Any

from pydantic import BeforeValidator, PlainSerializer

from ..durations import format_duration, parse_duration
from ..segments import I18nText, T
from ..words import word_of

# step name -> whether it takes a duration ("mute" without one is until unmuted).
STEP_KINDS: dict[str, bool] = {
    "log": False,  # record only
    "delete": False,  # remove the message, say nothing
    "remind": False,  # a reminder in the group (the playbook's first step)
    "warn_private": False,  # a private warning (the playbook's second step)
    "mute": True,
    "kick": False,  # removal; they may come back (the playbook's third step)
    "ban": True,
}
ESCALATE = "escalate"


@dataclass(frozen=True, slots=True)
class Step:
    kind: str
    duration: timedelta | None = None

    def __str__(self) -> str:
        return f"{self.kind} {format_duration(self.duration)}" if self.duration else self.kind

    @property
    def said(self) -> I18nText | str:
        """The step as members and admins read it: "ban for 3 days", "бан на 3 дня"."""
        word = word_of("action", self.kind)
        if self.duration is None:
            return word
        return T("{step} for {duration}", step=word, duration=self.duration)

    @classmethod
    def parse(cls, value: Any) -> Step:
        if isinstance(value, Step):
            return value
        if isinstance(value, dict):
            value = f"{value.get('step', '')} {value.get('duration', '')}"
        if not isinstance(value, str):
            raise ValueError(f"{value!r} is not a step (expected e.g. 'remind' or 'mute 1h')")
        kind, _, rest = value.strip().partition(" ")
        if kind not in STEP_KINDS:
            raise ValueError(f"{kind!r} is not a step (expected one of: {', '.join(STEP_KINDS)})")
        rest = rest.strip()
        if rest and not STEP_KINDS[kind]:
            raise ValueError(f"{kind!r} takes no duration (got {rest!r})")
        return cls(kind, parse_duration(rest) if rest else None)


REVIEW = "review"  # not a step: the admins decide (Ban / Not spam)


def _action(value: Any) -> str:
    if value in (ESCALATE, REVIEW):
        return value
    return str(Step.parse(value))


StepSpec = Annotated[Step, BeforeValidator(Step.parse), PlainSerializer(str)]
ActionSpec = Annotated[str, BeforeValidator(_action)]  # "escalate", "review" or a step


def action_step(action: str) -> Step | None:
    """The fixed step an action names; None for "escalate" and "review"."""
    return None if action in (ESCALATE, REVIEW) else Step.parse(action)
