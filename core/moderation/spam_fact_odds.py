"""What lessons say about the facts only a platform knows of a message (forwarded from a
channel, buttons, a caption on media, a sender without a username): the odds each adds,
learned from the lessons whose facts are known (an admin's verdict in a chat, a JSON line
that gives them), never from the starter samples.

The starter samples are text, so they cannot say whether spam and ham carry a fact, and the
word model, where a fact weighs as one n-gram at the text's temperature, barely moves with
them (docs/moderation.md). Here each fact
is a Bernoulli feature of the lessons (scikit-learn's BernoulliNB, one count a lesson,
Laplace smoothing), and a fact a message carries adds its log-odds untempered: a few facts,
nearly independent of the words, unlike overlapping n-grams. Only present facts count: that a
message was not forwarded says nothing, or every /spam on a forwarded post would make every
ordinary message look like ham. With no lessons every fact weighs 0, and so does a fact no
lesson carried; with spam lessons alone a
fact at most doubles the odds, and ham lessons without it make it weigh more.

A sender's first messages are left to the newcomers' odds the ruleset sets.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np
from sklearn.naive_bayes import BernoulliNB

FACTS = ("#forwarded", "#buttons", "#media_caption", "#no_username")
_INDEX = {fact: i for i, fact in enumerate(FACTS)}
SPAM, HAM = 1, 0


class FactOdds:
    def __init__(self) -> None:
        self.bayes = BernoulliNB(alpha=1.0, fit_prior=False)
        self.weights = np.zeros(len(FACTS))  # log-odds a present fact adds
        self.lessons = 0

    def learn(self, lessons: Iterable[tuple[str, Sequence[str]]]) -> None:
        """Count (label, facts) lessons whose facts the platform gave."""
        rows, labels = [], []
        for label, facts in lessons:
            rows.append([fact in facts for fact in FACTS])
            labels.append(SPAM if label == "spam" else HAM)
        if not rows:
            return
        self.bayes.partial_fit(np.array(rows, dtype=float), np.array(labels), [HAM, SPAM])
        self.lessons += len(rows)
        log = self.bayes.feature_log_prob_
        # a fact no verdict carried says nothing (smoothing alone would lean it toward the
        # class with fewer verdicts)
        carried = self.bayes.feature_count_.sum(axis=0) > 0
        self.weights = np.where(carried, log[SPAM] - log[HAM], 0.0)

    def present(self, meta: Iterable[str]) -> list[tuple[str, float]]:
        """The learned facts among `meta` with the log-odds each adds (those that add some)."""
        if not self.lessons:
            return []
        found = ((token, float(self.weights[_INDEX[token]])) for token in meta if token in _INDEX)
        return [(token, weight) for token, weight in found if weight]

    def margin(self, meta: Iterable[str]) -> float:
        return sum(weight for _, weight in self.present(meta))
