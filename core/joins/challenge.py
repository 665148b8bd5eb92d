"""A captcha challenge: what a newcomer is asked, the buttons offered and what counts as
solved. Made from the event's key, so a redelivered join asks the same thing."""

from __future__ import annotations

import json
import random
import string
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from ..i18n import localized
from ..segments import Segment, T, Text
from .config import CaptchaConfig

BUTTON_OK = "ok"
CODE_LETTERS = "ACDEFHJKLMNPRTUVWXY347"  # no look-alikes (0/O, 1/I, 5/S)


def normalise(answer: str) -> str:
    """An answer as compared: compatibility-folded, case-folded, without spaces."""
    folded = unicodedata.normalize("NFKC", answer).casefold()
    return "".join(ch for ch in folded if not ch.isspace() and ch not in string.punctuation)


@dataclass(slots=True)
class Challenge:
    chat: str
    member: str
    mode: str
    accepted: tuple[str, ...]  # normalised answers that solve it
    choices: tuple[str, ...] = ()  # button values offered (data), in order
    prompt: dict[str, Any] = field(default_factory=dict)  # what to render the question from
    attempts_left: int = 1
    via: str = "group"  # "private": asked before approving a join request
    status: str = "pending"
    message: str = ""  # outbox ids of the question, then of wrong-answer hints
    created_at: datetime | None = None
    due_at: datetime | None = None

    def solves(self, answer: str) -> bool:
        return normalise(answer) in self.accepted

    def encoded(self) -> tuple[str, str]:
        """The `answer` and `choices` columns."""
        return json.dumps(self.accepted, ensure_ascii=False), json.dumps(
            {"choices": self.choices, "prompt": self.prompt}, ensure_ascii=False
        )


def _button(rng: random.Random, config: CaptchaConfig) -> tuple[tuple[str, ...], tuple, dict]:
    return (BUTTON_OK,), (BUTTON_OK,), {}


def _math(rng: random.Random, config: CaptchaConfig) -> tuple[tuple[str, ...], tuple, dict]:
    a, b = rng.randint(2, 9), rng.randint(2, 9)
    right = a + b
    wrong = rng.sample([n for n in range(4, 19) if n != right], 3)
    choices = [str(n) for n in (right, *wrong)]
    rng.shuffle(choices)
    return (str(right),), tuple(choices), {"a": a, "b": b}


def _text(rng: random.Random, config: CaptchaConfig) -> tuple[tuple[str, ...], tuple, dict]:
    codes: list[str] = []
    while len(codes) < 4:  # the code and three look-alike decoys to press among
        code = "".join(rng.choice(CODE_LETTERS) for _ in range(5))
        if code not in codes:
            codes.append(code)
    right = codes[0]
    rng.shuffle(codes)
    return (normalise(right),), tuple(codes), {"code": right}


def _question(rng: random.Random, config: CaptchaConfig) -> tuple[tuple[str, ...], tuple, dict]:
    if not config.questions:  # no question of the community's own: ask a sum, typed
        accepted, _, prompt = _math(rng, config)
        return accepted, (), prompt
    index = rng.randrange(len(config.questions))
    accepted = tuple(normalise(a) for a in config.questions[index].accepted())
    return accepted, (), {"question": index}


MAKERS: dict[str, Callable[[random.Random, CaptchaConfig], tuple[tuple[str, ...], tuple, dict]]] = {
    "button": _button,
    "math": _math,
    "text": _text,
    "question": _question,
}


def make(seed: str, mode: str, config: CaptchaConfig, **fields: Any) -> Challenge:
    rng = random.Random(seed)
    accepted, choices, prompt = MAKERS[mode](rng, config)
    return Challenge(mode=mode, accepted=accepted, choices=choices, prompt=prompt, **fields)


def prompt_of(challenge: Challenge, config: CaptchaConfig, wait: Any) -> list[Segment]:
    """The question as the newcomer reads it (after their name), in their language."""
    p = challenge.prompt
    if challenge.mode == "button":
        return [
            T(
                "welcome! Press the button below within {wait} to show you are human, or you "
                "will be removed.",
                wait=wait,
            )
        ]
    if "a" in p:
        if challenge.choices:
            return [
                T(
                    "to be let in, press the answer within {wait}: what is {a} + {b}?",
                    **p,
                    wait=wait,
                )
            ]
        return [
            T("to be let in, type the answer within {wait}: what is {a} + {b}?", **p, wait=wait)
        ]
    if "code" in p:
        return [
            T(
                "to be let in, press the button showing {code} within {wait}.",
                code=p["code"],
                wait=wait,
            )
        ]
    question = config.questions[int(p.get("question", 0)) % max(1, len(config.questions))]
    return [
        T("to be let in, answer within {wait}:", wait=wait),
        Text("\n"),
        localized(question.question),
    ]
