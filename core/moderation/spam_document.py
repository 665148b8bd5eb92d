"""What the spam model reads of a message (`Document`) and what it says of one (`Score`),
apart from the model itself so that loading settings does not import scikit-learn."""

from __future__ import annotations

from dataclasses import dataclass

from .evasion import word_form
from .normalize import normalise
from .spam_features import Facts, meta_tokens


@dataclass(frozen=True, slots=True)
class Document:
    """What the model reads of one message."""

    words: str  # the word form of the normalised text
    meta: tuple[str, ...]

    @classmethod
    def of_text(cls, text: str) -> Document:
        """A message known only by its text (sample files, learned verdicts)."""
        return cls(word_form(normalise(text)), tuple(meta_tokens(Facts(text=text))))


@dataclass(frozen=True, slots=True)
class Score:
    probability: float  # that the message is spam
    drivers: tuple[tuple[str, float], ...]  # n-grams and facts that weighed most, toward spam

    def explain(self, limit: int = 5) -> str:
        parts = [f"{name!r} {weight:+.1f}" for name, weight in self.drivers[:limit]]
        return f"spam {self.probability:.2f}: " + ", ".join(parts)
