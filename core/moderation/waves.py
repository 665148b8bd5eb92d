"""Spam waves: the same ad pasted into many groups, on several messengers, by many accounts.

Every message moderation judged spam (deleted by a rule, or taught with /spam) is remembered
in one index for all the operator's communities; a later message whose word form is nearly the
same (rapidfuzz's normalised Indel similarity at or above `similarity` percent) is spam too,
so a wave is stopped from its second message whatever the classifier has learned.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any
from weakref import WeakKeyDictionary

from pydantic import Field
from rapidfuzz import fuzz, process

from ..segments import T
from .classifier import document_of
from .content import words_of
from .detector import Detector, DetectorConfig, Sample, detector
from .evasion import word_form
from .evidence import Evidence
from .normalize import compact, normalise
from .spam_document import Score

if TYPE_CHECKING:
    from .spam_model import SpamModel

REMEMBERED = 5_000  # most recent spam messages compared against
READS_AS_SPAM = 0.5  # a deleted message's words are remembered from this spam probability
JUDGE_THE_WORDS = frozenset({"classifier"})  # rules whose verdict is that the words are spam
SHINGLE = 4  # characters per shingle
SKETCH = 8  # smallest shingle hashes kept per message


def sketch(key: str) -> frozenset[int]:
    """A bottom-k MinHash sketch of `key`'s shingles: near-duplicates share most of theirs,
    so only remembered spam sharing one with a message is compared with rapidfuzz."""
    return frozenset(bottom(key))


def bottom(key: str) -> list[int]:
    """The sketch's hashes, as a list (a message that is only looked up needs no set)."""
    if len(key) <= SHINGLE:
        return [hash(key)]
    shingles = {hash(key[i : i + SHINGLE]) for i in range(len(key) - SHINGLE + 1)}
    return sorted(shingles)[:SKETCH]  # sorted in C beats heapq's Python loop here


class WaveIndex:
    """Recent spam, as compacted word forms, newest last."""

    def __init__(self, size: int = REMEMBERED) -> None:
        self.size = size
        self.known: OrderedDict[str, str] = OrderedDict()  # compact form -> where it was seen
        self.sketches: dict[str, frozenset[int]] = {}
        self.buckets: dict[int, set[str]] = {}  # sketch hash -> remembered spam holding it

    def __len__(self) -> int:
        return len(self.known)

    def add(self, words: str, where: str = "") -> None:
        key = compact(words)
        if not key:
            return
        self._drop(key)
        self.known[key] = where
        self.sketches[key] = sketched = sketch(key)
        for h in sketched:
            self.buckets.setdefault(h, set()).add(key)
        while len(self.known) > self.size:
            self._drop(next(iter(self.known)))

    def _drop(self, key: str) -> None:
        if self.known.pop(key, None) is None:
            return
        for h in self.sketches.pop(key, ()):
            bucket = self.buckets.get(h)
            if bucket is not None:
                bucket.discard(key)
                if not bucket:
                    del self.buckets[h]

    def add_text(self, text: str, where: str = "") -> None:
        self.add(word_form(normalise(text)), where)

    def remove_text(self, text: str, similarity: float | None = None) -> None:
        """Forget `text`; with `similarity`, also the remembered spam it was taken for (a
        message judged not spam after waves caught it: what it was like goes too)."""
        words = word_form(normalise(text))
        self._drop(compact(words))
        if similarity is not None:
            found = self.match(words, similarity, 1)
            if found is not None:
                self._drop(found[0])

    def match(self, words: str, similarity: float, min_length: int) -> tuple[str, float] | None:
        """The remembered spam closest to `words`, if at least `similarity` percent alike."""
        key = compact(words)
        if len(key) < min_length or not self.known:
            return None
        if key in self.known:
            return key, 100.0
        buckets = self.buckets
        sharing = [buckets[h] for h in bottom(key) if h in buckets]
        if not sharing:  # most messages: nothing remembered is like them
            return None
        # each remembered message once, however many sketch hashes it shares
        candidates = set().union(*sharing)
        found = process.extractOne(key, candidates, scorer=fuzz.ratio, score_cutoff=similarity)
        return (found[0], found[1]) if found else None


def worth_remembering(
    acting_rules: Iterable[str], sample: Sample, model: Callable[[], SpamModel]
) -> bool:
    """Whether a deleted message joins the index.

    Not when waves alone caught it: its wave's first message stands for it, and each copy
    remembered in turn would let the index drift, 15 % a step, from the spam toward ordinary
    chat. When the classifier judged its words spam, yes. When another rule deleted it for a
    part of it (a blocked word, a link, a locked sticker's caption) or for how it was sent
    (flood, a newcomer's link), only if its words read as spam on their own (`model`'s
    probability, before any newcomer odds, at least `READS_AS_SPAM`): a greeting posted once
    with a blocked word would otherwise make every member's same greeting a wave."""
    rules = set(acting_rules) - {Waves.name}
    if not rules:
        return False
    if rules & JUDGE_THE_WORDS:
        return True
    return words_spam_probability(sample, model) >= READS_AS_SPAM


def words_spam_probability(sample: Sample, model: Callable[[], SpamModel]) -> float:
    """The spam model's probability for the message's words and facts, without the sender's
    odds: the classifier's, where it ran on this message; else asked of `model`."""
    score = sample.found.get("spam_score")
    if isinstance(score, Score):
        return score.probability if score.model is None else score.model
    return model().probability(document_of(sample))


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
    reason = T("a copy of a spam message")
    order = 75  # before the classifier: a copy of judged spam needs no guessing
    config_model = WavesConfig
    default_enabled = False
    guesses = True  # a regular quoting the scam to warn the group is alike too

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
        similarity, text = round(similarity), known if len(known) <= 60 else f"{known[:59]}…"
        return Evidence(
            T("{similarity}% like spam seen in {chat}: {text}", similarity=similarity,
              chat=where, text=text)
            if where and where != sample.chat  # another group: the wave crossed over
            else T("{similarity}% like spam seen before: {text}", similarity=similarity, text=text)
        )  # fmt: skip
