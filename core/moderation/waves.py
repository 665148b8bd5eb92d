"""Spam waves: the same ad pasted into many groups, on several messengers, by many accounts.

Every message moderation judged spam (deleted by a rule, or taught with /spam) is remembered
in one index for all the operator's communities; a later message whose word form is nearly the
same (rapidfuzz's normalised Indel similarity at or above `similarity` percent) is spam too,
so a wave is stopped from its second message whatever the classifier has learned.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any
from weakref import WeakKeyDictionary

from pydantic import Field
from rapidfuzz import fuzz, process

from .content import words_of
from .detector import Detector, DetectorConfig, Sample, detector
from .evasion import word_form
from .normalize import compact, normalise

REMEMBERED = 5_000  # most recent spam messages compared against


class WaveIndex:
    """Recent spam, as compacted word forms, newest last."""

    def __init__(self, size: int = REMEMBERED) -> None:
        self.size = size
        self.known: OrderedDict[str, str] = OrderedDict()  # compact form -> where it was seen

    def __len__(self) -> int:
        return len(self.known)

    def add(self, words: str, where: str = "") -> None:
        key = compact(words)
        if not key:
            return
        self.known.pop(key, None)
        self.known[key] = where
        while len(self.known) > self.size:
            self.known.popitem(last=False)

    def add_text(self, text: str, where: str = "") -> None:
        self.add(word_form(normalise(text)), where)

    def remove_text(self, text: str) -> None:
        self.known.pop(compact(word_form(normalise(text))), None)

    def match(self, words: str, similarity: float, min_length: int) -> tuple[str, float] | None:
        """The remembered spam closest to `words`, if at least `similarity` percent alike."""
        key = compact(words)
        if len(key) < min_length or not self.known:
            return None
        if key in self.known:
            return key, 100.0
        found = process.extractOne(
            key, self.known.keys(), scorer=fuzz.ratio, score_cutoff=similarity
        )
        return (found[0], found[1]) if found else None


_INDEXES: WeakKeyDictionary[Any, WaveIndex] = WeakKeyDictionary()


def index_of(owner: Any) -> WaveIndex:
    """The index shared by everything `owner` (an engine, a preview) moderates."""
    index = _INDEXES.get(owner)
    if index is None:
        index = _INDEXES[owner] = WaveIndex()
    return index


class WavesConfig(DetectorConfig):
    similarity: float = Field(default=85.0, gt=50, le=100)  # percent alike
    min_length: int = Field(default=12, ge=1)  # shorter messages ("hi", "+1") are never a wave


@detector
class Waves(Detector):
    name = "waves"
    order = 75  # before the classifier: a copy of judged spam needs no guessing
    config_model = WavesConfig
    default_enabled = False

    def __init__(self, config: WavesConfig) -> None:
        super().__init__(config)
        self.index = WaveIndex()

    def attach(self, **parts: Any) -> None:
        index = parts.get("waves")
        if index is not None:
            self.index = index

    def check(self, sample: Sample) -> str | None:
        found = self.index.match(words_of(sample), self.config.similarity, self.config.min_length)
        if found is None:
            return None
        known, similarity = found
        where = self.index.known.get(known, "")
        seen = f"in {where}" if where else "before"
        return f"{similarity:.0f}% like spam seen {seen}: {known[:60]}"
