"""How well the classifier separates spam from ham: recall and false-positive rate out of the
box (starter samples only) and after learning one half of the given sets (measured on the other
half), beside a plain naive Bayes (scikit-learn's CountVectorizer of character n-grams on the
raw text, MultinomialNB) trained on the same messages and measured on the same halves."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from sklearn.feature_extraction.text import CountVectorizer
from sklearn.naive_bayes import MultinomialNB

from .classifier import ClassifierConfig, with_odds
from .spam_model import Document, SpamModel
from .spam_models import sample_files, shared_model
from .spam_samples import read_messages

FP_BOUND = 0.02  # the false-positive rate recall is also compared at


@dataclass(frozen=True, slots=True)
class Rates:
    recall: float
    false_positives: float
    spam: int
    ham: int
    recall_at_bound: float  # recall at the best threshold keeping false positives <= FP_BOUND
    threshold_at_bound: float | None = None  # that threshold (None: any keeps the bound)

    def __str__(self) -> str:
        bound = self.threshold_at_bound
        cut = "" if bound is None else f" (threshold {bound})"
        return (
            f"recall {self.recall:6.1%}  false positives {self.false_positives:5.1%}  "
            f"recall at <={FP_BOUND:.0%} FP {self.recall_at_bound:6.1%}{cut}  "
            f"({self.spam} spam, {self.ham} ham)"
        )


def threshold_above(score: float, spam_scores: Sequence[float]) -> float:
    """The shortest decimal above `score` (4 places, more near 1, or where spam lies just
    above it): a threshold an operator can write in a ruleset that lets `score` and every ham
    below it pass and catches all the spam above it."""
    for places in range(4, 18):
        threshold = math.floor(score * 10**places + 1) / 10**places
        if score < threshold < 1 and not any(score < p < threshold for p in spam_scores):
            return threshold
    return math.nextafter(score, 1.0)


def rates(spam_scores: Sequence[float], ham_scores: Sequence[float], threshold: float) -> Rates:
    caught = sum(1 for p in spam_scores if p >= threshold)
    wrong = sum(1 for p in ham_scores if p >= threshold)
    allowed = int(FP_BOUND * len(ham_scores))  # ham messages that may score above the cut
    ranked = sorted(ham_scores, reverse=True)
    bound = threshold_above(ranked[allowed], spam_scores) if allowed < len(ranked) else None
    bounded = sum(1 for p in spam_scores if bound is None or p >= bound)
    return Rates(
        caught / max(1, len(spam_scores)), wrong / max(1, len(ham_scores)),
        len(spam_scores), len(ham_scores), bounded / max(1, len(spam_scores)), bound,
    )  # fmt: skip


def starter(config: ClassifierConfig | None = None) -> tuple[list[str], list[str]]:
    """The texts a classifier of `config` (default: a default ruleset's) starts from: the
    starter samples where it keeps them, then the ruleset's own files."""
    starter, own = sample_files(config or ClassifierConfig())
    texts = {label: [m for p in [*starter[label], *own[label]] for m in read_messages(p)]
             for label in own}  # fmt: skip
    return texts["spam"], texts["ham"]


def ours(
    learned_spam: Sequence[str] = (),
    learned_ham: Sequence[str] = (),
    config: ClassifierConfig | None = None,
) -> SpamModel:
    """The model a ruleset's classifier uses (default: a default ruleset's), with these
    messages taught as `groupops spam learn` teaches them (the same function builds both)."""
    lessons = [("spam", t) for t in learned_spam] + [("ham", t) for t in learned_ham]
    return shared_model(config or ClassifierConfig(), lessons)


def score_ours(model: SpamModel, texts: Sequence[str], odds: float = 1.0) -> list[float]:
    """P(spam) of each text; at `odds` above 1, as if a newcomer had sent it."""
    said = model.probabilities([Document.of_text(t) for t in texts]) if texts else []
    return [with_odds(p, odds) for p in said]


def baseline(spam: Sequence[str], ham: Sequence[str]):
    vectorizer = CountVectorizer(analyzer="char_wb", ngram_range=(2, 4))
    matrix = vectorizer.fit_transform([*spam, *ham])
    bayes = MultinomialNB().fit(matrix, [1] * len(spam) + [0] * len(ham))
    return lambda texts: (
        list(bayes.predict_proba(vectorizer.transform(texts))[:, 1]) if texts else []
    )


@dataclass(frozen=True, slots=True)
class Evaluation:
    out_of_box: Rates
    baseline_out_of_box: Rates
    learned: Rates  # the first half of each set learned, the second measured
    baseline_learned: Rates
    # each half learned in turn and the other measured, the two pooled: every message measured
    # once, so one message or one split moves the figure half as much
    pooled: Rates
    baseline_pooled: Rates


Scores = tuple[list[float], list[float]]  # P(spam) of the spam, of the ham


def _learning(
    taught: tuple[list[str], list[str]],
    measured: tuple[list[str], list[str]],
    base: tuple[list[str], list[str]],
    odds: float,
    config: ClassifierConfig | None,
) -> tuple[Scores, Scores]:
    """Our scores and the plain baseline's on `measured`, each having learned `taught`."""
    model = ours(*taught, config=config)
    plain = baseline([*base[0], *taught[0]], [*base[1], *taught[1]])
    return (
        (score_ours(model, measured[0], odds), score_ours(model, measured[1], odds)),
        (plain(measured[0]), plain(measured[1])),
    )


def evaluate(
    spam: Sequence[str],
    ham: Sequence[str],
    threshold: float,
    odds: float = 1.0,
    config: ClassifierConfig | None = None,
) -> Evaluation:
    """Our model at `threshold`, every message judged as a newcomer's at `odds` (the plain
    baseline knows no senders); with `config`, a ruleset's model, the baseline trained on
    the same files."""
    base = starter(config)
    model = ours(config=config)
    plain = baseline(*base)
    first = (list(spam[0::2]), list(ham[0::2]))
    second = (list(spam[1::2]), list(ham[1::2]))
    ours_second, plain_second = _learning(first, second, base, odds, config)
    ours_first, plain_first = _learning(second, first, base, odds, config)

    def pooled(a: Scores, b: Scores, cut: float) -> Rates:
        return rates(a[0] + b[0], a[1] + b[1], cut)

    return Evaluation(
        out_of_box=rates(score_ours(model, spam, odds), score_ours(model, ham, odds), threshold),
        baseline_out_of_box=rates(plain(list(spam)), plain(list(ham)), 0.5),
        learned=rates(*ours_second, threshold),
        baseline_learned=rates(*plain_second, 0.5),
        pooled=pooled(ours_second, ours_first, threshold),
        baseline_pooled=pooled(plain_second, plain_first, 0.5),
    )
