"""What the spam model reads of a message (`Document`) and what it says of one (`Score`),
apart from the model itself so that loading settings does not import scikit-learn."""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from typing import NamedTuple

from ..segments import T
from .evasion import word_form
from .evidence import Evidence
from .fold import HOMOGLYPHS
from .normalize import normalise
from .spam_features import text_tokens


@dataclass(frozen=True, slots=True)
class Document:
    """What the model reads of one message."""

    words: str  # the word form of the normalised text
    meta: tuple[str, ...]

    @classmethod
    def of_text(cls, text: str, facts: tuple[str, ...] = ()) -> Document:
        """A message known by its text (sample files) and, for a lesson, the platform's facts
        kept with it (spam_features.platform_tokens)."""
        tokens = text_tokens(text)
        return cls(word_form(normalise(text)), (*tokens, *(f for f in facts if f not in tokens)))


class Lesson(NamedTuple):
    """A message taught as spam or ham: its text and what the platform said of it then."""

    label: str  # "spam" or "ham"
    text: str
    # spam_features.platform_tokens of the message; None: not known (a line of a file)
    facts: tuple[str, ...] | None = None

    def document(self) -> Document:
        return Document.of_text(self.text, self.facts or ())


Taught = Lesson | tuple[str, str]  # a (label, text) pair is a lesson without facts


def lessons_of(taught: Iterable[Taught]) -> list[Lesson]:
    return [item if isinstance(item, Lesson) else Lesson(*item) for item in taught]


def shown(probability: float) -> str:
    """Two decimals, rounded down: 0.899 is not shown as the 0.90 it did not reach."""
    return f"{math.floor(probability * 100 + 1e-9) / 100:.2f}"  # 0.29 * 100 is 28.999…


# The Russian letters the folding writes as their Latin look-alikes, Latin -> Russian (е, not ё)
_RUSSIAN = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"
_CYRILLIC = str.maketrans(
    {latin: cyrillic for cyrillic, latin in reversed(HOMOGLYPHS.items()) if cyrillic in _RUSSIAN}
)


def in_script(drivers: tuple[tuple[str, float], ...], text: str) -> tuple[tuple[str, float], ...]:
    """The drivers of a message written mostly in Cyrillic with the letters the folding made
    Latin shown as Cyrillic again: 'дehь' reads 'день'."""
    cyrillic = sum(1 for char in text if "\u0400" <= char <= "\u04ff")
    if cyrillic <= sum(1 for char in text if char.isascii() and char.isalpha()):
        return drivers
    return tuple(
        (name if name.startswith("#") or math.isnan(weight) else name.translate(_CYRILLIC), weight)
        for name, weight in drivers
    )


@dataclass(frozen=True, slots=True)
class Score:
    probability: float  # that the message is spam
    drivers: tuple[tuple[str, float], ...]  # n-grams and facts that weighed most, toward spam
    model: float | None = None  # the model's own probability, before the sender's odds
    odds: float = 1.0  # a newcomer's odds (1: the sender is a member, or not known)

    def explain(self, limit: int = 5) -> Evidence:
        parts = [
            name if math.isnan(weight) else f"{name!r} {weight:+.2f}"
            for name, weight in self.drivers[:limit]
        ]
        signs = ", ".join(parts) or T("nothing in it leans toward spam")
        score = shown(self.probability)
        if self.odds != 1 and self.model is not None:
            odds = f"{self.odds:g}"
            return Evidence(
                T("spam {score} (a newcomer: {model} at odds x{odds}): {signs}", score=score,
                  model=shown(self.model), odds=odds, signs=signs)
            )  # fmt: skip
        return Evidence(T("spam {score}: {signs}", score=score, signs=signs))
