"""The `captcha` and `antiraid` sections of a ruleset."""

from __future__ import annotations

from datetime import timedelta
from typing import Literal

from pydantic import Field, field_validator

from ..settings import SectionModel, ruleset_section
from ..settings.types import Duration, LocalizedText

Mode = Literal["button", "math", "text", "question"]
MODES: tuple[str, ...] = ("button", "math", "text", "question")
CHOICE_MODES = ("math", "text")  # the answer is one of several buttons


class CaptchaQuestion(SectionModel):
    """A community's own question: one text or one per locale, and the accepted answers
    (one list, or one list per locale; an answer from any of them is accepted)."""

    question: LocalizedText
    answers: tuple[str, ...] | dict[str, tuple[str, ...]]

    @field_validator("answers")
    @classmethod
    def _some_answer(cls, value):
        flat = value if isinstance(value, tuple) else [a for v in value.values() for a in v]
        if not any(answer.strip() for answer in flat):
            raise ValueError("give at least one accepted answer")
        return value

    def accepted(self) -> tuple[str, ...]:
        answers = self.answers
        return (
            answers if isinstance(answers, tuple) else tuple(a for v in answers.values() for a in v)
        )


@ruleset_section("captcha")
class CaptchaConfig(SectionModel):
    enabled: bool = False
    mode: Mode = "button"
    questions: tuple[CaptchaQuestion, ...] = ()  # for mode = "question"
    timeout: Duration = timedelta(minutes=5)
    on_timeout: Literal["kick", "ban"] = "kick"  # what happens to one who never solves it
    ban_for: Duration | None = None  # with on_timeout = "ban": None bans for good
    attempts: int = Field(default=3, ge=1)  # wrong typed answers before removal
    # Wrong presses before removal where the answer is one button among several (math,
    # text): a bot pressing in turn passes 3 times in 4 with four buttons and 3 tries, 1 in 4
    # with 1.
    press_attempts: int = Field(default=1, ge=1)
    # Chats that take join requests: ask in private before approving ("private"), or let
    # the request wait for an admin ("off").
    join_requests: Literal["private", "off"] = "private"
    # Passing in one community lets the member into every community of this deployment.
    passed_anywhere: bool = False
    exempt_tiers: tuple[str, ...] = ()  # members of these activity tiers coming back
    exempt_linked: bool = True  # an account linked to a member the community knows
    # Platforms that cannot restrict a newcomer (WeChat): ask in the group and remove on
    # failure ("question"), or ask nothing ("off").
    where_no_mute: Literal["question", "off"] = "question"


@ruleset_section("antiraid")
class AntiraidConfig(SectionModel):
    # Switch on by itself when this many accounts join within `window` (0: only by command).
    joins: int = Field(default=0, ge=0)
    window: Duration = timedelta(minutes=1)
    duration: Duration = timedelta(hours=1)  # how long raid mode lasts
    action: Literal["mute", "kick", "ban"] = "mute"  # what happens to each newcomer meanwhile
