"""The spam classifier's model: hashed character n-grams of a message's word form plus its
facts (spam_features), weighed by multinomial naive Bayes (scikit-learn).

Naive Bayes learns by adding counts (`partial_fit`), so a community's model is the ruleset's
shared model with the community's own verdicts added, and one `/spam` changes the next verdict
at once. Hashing keeps memory fixed however much is learned; an explanation re-hashes the
message's own n-grams to name the ones that weighed most.

Each n-gram counts once a message, unscaled, so a long ad piles up evidence as it does to a
reader; naive Bayes is then far too sure of itself, so its log-odds are multiplied by a
temperature before they become a probability. Chinese is written without spaces, so its
n-grams repeat less across messages and each weighs less: it gets a warmer temperature
(docs/moderation.md has the figures these were chosen on).
"""

from __future__ import annotations

import copy
import math
import re
from collections.abc import Sequence
from operator import itemgetter

import numpy as np
from scipy.sparse import hstack
from sklearn.feature_extraction.text import HashingVectorizer
from sklearn.naive_bayes import MultinomialNB

from .spam_columns import (
    META_FEATURES,
    NGRAMS,
    TEXT_FEATURES,
    column,
    column_array,
    text_columns_of,
    text_grams,
)
from .spam_document import Document, Lesson, Taught, lessons_of
from .spam_fact_odds import FactOdds

# A model is about 10 MB (counts, log probabilities, weights) at TEXT_FEATURES columns.
META_WEIGHT = 0.3  # a fact weighs about a third of an n-gram seen as often
# Smoothing: an n-gram seen in a few samples of one class only moves the odds a little
# (with 0.05, rare n-grams of the starter samples decided too much on unseen spam; 1 against
# 3 and 5 caught more of the held-out folds of the starter samples at the same false
# positives, docs/moderation.md)
ALPHA = 1.0
# log-odds multipliers by script: text without Han characters, text of Han characters only;
# mixed text lies between, by its share of Han characters among its letters
TEMPERATURE = (0.15, 0.3)
SPAM, HAM = 1, 0
_HAN = re.compile("[\u3400-\u9fff]")
LABELS = {"spam": SPAM, "ham": HAM}


def _tokens(meta: Sequence[str]) -> Sequence[str]:
    return meta


def han_share(words: str) -> float:
    """Han characters among the letters of `words` (0 where it has no letters)."""
    if words.isascii():
        return 0.0
    han = len(_HAN.findall(words))  # in C: a comparison a character in Python took longer
    if not han:
        return 0.0
    return han / max(han, sum(map(str.isalpha, words)))


def temperature(words: str) -> float:
    plain, han = TEMPERATURE
    return plain + (han - plain) * han_share(words)


class SpamModel:
    """A naive Bayes spam model over hashed n-grams and message facts."""

    text_vectorizer = HashingVectorizer(
        analyzer="char_wb",
        ngram_range=NGRAMS,
        n_features=TEXT_FEATURES,
        alternate_sign=False,
        binary=True,
        norm=None,
        lowercase=False,
    )
    meta_vectorizer = HashingVectorizer(
        analyzer=_tokens, n_features=META_FEATURES, alternate_sign=False, norm=None
    )

    def __init__(self, alpha: float = ALPHA) -> None:
        # Uniform prior: how many spam and ham samples were written or taught says nothing
        # about how much of a group's chat is spam (a learned prior drifted toward ham as
        # admins taught ham, and recall fell).
        self.bayes = MultinomialNB(alpha=alpha, fit_prior=False)
        self.counts = {"spam": 0, "ham": 0}
        # Per feature, log P(feature | spam) - log P(feature | ham), kept contiguous after each
        # lesson: scoring one message is then a sum of a few columns (predict_proba copies the
        # whole transposed table on every call, milliseconds at a million features).
        self.weights = np.zeros(TEXT_FEATURES + META_FEATURES)
        # the facts' columns of `weights` at META_WEIGHT, as floats: a fact then costs a list
        # look-up where a numpy scalar's arithmetic cost a microsecond a message
        self.meta_weights: list[float] = [0.0] * META_FEATURES
        self.prior = 0.0
        # Each class's total count as the starter samples left it (see `hold`); None: as learned
        self.held: np.ndarray | None = None
        # A lesson's own text (its word form) -> the label it was last taught: that text gets
        # its verdict whatever the counts say (a long warning quoting a scam, taught once as
        # ham, still scored 0.997 on counts alone)
        self.pinned: dict[str, str] = {}
        # the platform's facts, as admins' verdicts in the chats weighed them
        self.facts = FactOdds()

    @property
    def trained(self) -> bool:
        return self.counts["spam"] > 0 and self.counts["ham"] > 0

    def matrix(self, documents: Sequence[Document]):
        words = self.text_vectorizer.transform([d.words for d in documents])
        meta = self.meta_vectorizer.transform([d.meta for d in documents]) * META_WEIGHT
        return hstack([words, meta], format="csr")

    def learn(self, documents: Sequence[Document], label: str, weight: float = 1.0) -> None:
        if not documents:
            return
        target = np.full(len(documents), LABELS[label])
        weights = np.full(len(documents), weight)
        self.bayes.partial_fit(self.matrix(documents), target, [HAM, SPAM], weights)
        self.counts[label] += len(documents)
        self._weigh()
        self.prior = float(self.bayes.class_log_prior_[SPAM] - self.bayes.class_log_prior_[HAM])

    def hold(self) -> None:
        """Keep each class's total count where it is now: later lessons change what a class
        holds, not how much. With smoothing, a heavier class pulls every n-gram the two share
        its way, so 514 SMS taught as ham beside 91 as spam cut recall from 74 % to 57 %; held,
        90 %. Held per class, one lesson of one class never undoes lessons of the other."""
        if self.trained:
            self.held = self.bayes.feature_count_.sum(axis=1, keepdims=True)
            self._weigh()

    def _weigh(self) -> None:
        # naive Bayes' smoothed log probabilities (MultinomialNB's own feature_log_prob_ when
        # nothing is held), from counts scaled to the held class totals
        counts = self.bayes.feature_count_
        if self.held is not None:
            counts = counts * (self.held / counts.sum(axis=1, keepdims=True))
        smoothed = counts + self.bayes.alpha
        log = np.log(smoothed) - np.log(smoothed.sum(axis=1, keepdims=True))
        self.weights = np.ascontiguousarray(log[SPAM] - log[HAM])
        self.meta_weights = (self.weights[TEXT_FEATURES:] * META_WEIGHT).tolist()

    def learn_samples(
        self, records: Sequence[tuple[str, tuple[str, ...] | None]], label: str
    ) -> None:
        """Learn a sample file's (text, facts) records, each counting one sample; the facts
        where its lines give them (spam_samples.read_records)."""
        self._learn([Lesson(label, text, facts) for text, facts in records], 1.0)

    def learn_lessons(self, taught: Sequence[Taught], weight: float) -> None:
        """Teach lessons, each counting `weight` samples, and pin each text to its label in
        the order taught (the last wins)."""
        for lesson, document in self._learn(lessons_of(taught), weight):
            if document.words.strip():
                self.pinned[document.words] = lesson.label

    def _learn(self, lessons: list[Lesson], weight: float) -> list[tuple[Lesson, Document]]:
        """Count the lessons' words and facts; returns each lesson that had text, in order,
        with what the model read of it."""
        read = [(lesson, lesson.document()) for lesson in lessons if lesson.text.strip()]
        for label in LABELS:
            self.learn(
                [document for lesson, document in read if lesson.label == label], label, weight
            )
        self.facts.learn(
            (lesson.label, lesson.facts) for lesson, _ in read if lesson.facts is not None
        )
        return read

    def _pinned(self, document: Document) -> float | None:
        label = self.pinned.get(document.words) if self.pinned else None
        return None if label is None else float(LABELS[label])

    def copy(self) -> SpamModel:
        return copy.deepcopy(self)

    def probability(self, document: Document) -> float:
        """P(spam) of one message: the same sums as `probabilities`, without building a
        sparse matrix (scikit-learn's per-call checks cost milliseconds a message)."""
        if not self.trained:
            return 0.0
        pinned = self._pinned(document)
        if pinned is not None:
            return pinned
        columns = column_array(document.words)
        # ndarray.sum's own reduction, without its Python wrapper
        margin = self.prior + float(np.add.reduce(self.weights.take(columns)))
        meta = self.meta_weights
        for token in document.meta:
            margin += meta[column(token, META_FEATURES)]
        margin *= temperature(document.words)
        margin += self.facts.margin(document.meta)
        return 1.0 / (1.0 + math.exp(-min(50.0, max(-50.0, margin))))

    def probabilities(self, documents: Sequence[Document]) -> list[float]:
        """P(spam) per document: naive Bayes' posterior from the fitted log probabilities."""
        if not self.trained:
            return [0.0] * len(documents)
        temperatures = np.fromiter(
            (temperature(d.words) for d in documents), dtype=float, count=len(documents)
        )
        margin = (self.matrix(documents) @ self.weights + self.prior) * temperatures
        if self.facts.lessons:
            margin += np.fromiter((self.facts.margin(d.meta) for d in documents), dtype=float)
        said = 1.0 / (1.0 + np.exp(-np.clip(margin, -50, 50)))
        return [
            p if (pinned := self._pinned(d)) is None else pinned
            for d, p in zip(documents, said.tolist(), strict=True)
        ]

    def drivers(self, document: Document, limit: int = 8) -> tuple[tuple[str, float], ...]:
        """The document's n-grams and facts by how much they pushed toward spam (in log-odds,
        at the document's temperature); an n-gram at a word's edge counts with the same letters
        inside a word."""
        if not self.trained:
            return ()
        if document.words in self.pinned:  # a weight of NaN: shown as the reason alone
            return ((f"taught as {self.pinned[document.words]}", math.nan),)
        grams = sorted(text_grams(document.words))
        scale = temperature(document.words)
        scaled = (self.weights.take(text_columns_of(grams)) * scale).tolist()
        weights: dict[str, float] = {}
        for name, weight in zip(map(str.strip, grams), scaled, strict=True):
            if len(name) > 1:  # single letters explain nothing
                # "兼职", " 兼职" and "兼职 " are shown as one name, with what they added together
                weights[name] = weights.get(name, 0.0) + weight
        for token in document.meta:
            weights[token] = self.meta_weights[column(token, META_FEATURES)] * scale
        for token, weight in self.facts.present(document.meta):
            weights[token] += weight
        # those toward spam, heaviest first; a stable sort, so ties keep the n-grams' order
        toward = [item for item in weights.items() if item[1] > 0]
        return tuple(sorted(toward, key=itemgetter(1), reverse=True)[:limit])
