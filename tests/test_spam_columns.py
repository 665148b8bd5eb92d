"""The classifier's fast paths give what scikit-learn and the plain code give: a message's
n-gram columns (built from per-word cached columns) are HashingVectorizer's own, explanations
name the same n-grams with the same weights as scikit-learn's analyzer would, and the facts
are the ones a character-by-character count finds."""

from __future__ import annotations

import random
import unicodedata

from groupops.core.bench.moderation_messages import Chatter, spam
from groupops.core.moderation import ModerationConfig, normalise
from groupops.core.moderation.evasion import word_form
from groupops.core.moderation.spam_columns import TEXT_FEATURES, column, column_array
from groupops.core.moderation.spam_document import Document
from groupops.core.moderation.spam_features import Facts, meta_tokens
from groupops.core.moderation.spam_model import META_WEIGHT, SpamModel, temperature
from groupops.core.moderation.spam_models import shared_model

EDGES = [
    "",
    " ",
    "a",
    "ab",
    "abc",
    "a b  c",
    "tab\tand\nnewline  two\u3000ideographic",
    "😀😀 ok 👍",
    "x" * 40,
    "Ⅻ Ⓐ ABCDEFGHIJ lowercase",
    "刷单 加微信 vx123456",
    "ＦＲＥＥ m\u200bоney",
]


def varied_texts(count: int = 300) -> list[str]:
    rng = random.Random(5)
    chatter = Chatter(rng)
    texts = [chatter.message() if rng.random() < 0.8 else spam(rng) for _ in range(count)]
    return EDGES + texts


def test_message_columns_are_scikit_learns_hashing_vectorizer_output():
    vectorizer = SpamModel.text_vectorizer
    for text in varied_texts():
        for words in (text, word_form(normalise(text))):
            # what the model sums: each column once, sorted
            expected = sorted(set(vectorizer.transform([words]).indices.tolist()))
            assert column_array(words).tolist() == expected, words
            assert column_array(words).tolist() == expected, words  # from the word cache


def reference_drivers(model: SpamModel, document, limit: int = 8):
    """The explanation as scikit-learn's analyzer and a per-gram loop give it, at the
    document's temperature."""
    analyzer = SpamModel.text_vectorizer.build_analyzer()
    scale = temperature(document.words)
    weights: dict[str, float] = {}
    for gram in sorted(set(analyzer(document.words))):
        if len(gram.strip()) > 1:
            weight = float(model.weights[column(gram, TEXT_FEATURES)]) * scale
            weights[gram.strip()] = weights.get(gram.strip(), 0.0) + weight
    for token in document.meta:
        weight = float(model.weights[TEXT_FEATURES + column(token, 2**8)]) * META_WEIGHT
        weights[token] = weight * scale
    ranked = sorted(weights.items(), key=lambda item: -item[1])
    return tuple((name, weight) for name, weight in ranked[:limit] if weight > 0)


def test_explanations_name_the_same_ngrams_as_scikit_learns_analyzer():
    config = ModerationConfig.model_validate({"classifier": {"enabled": True}}).classifier
    model = shared_model(config)
    for text in varied_texts(150):
        document = Document.of_text(text)
        assert model.drivers(document) == reference_drivers(model, document), text


def reference_counts(text: str) -> tuple[int, int, int, int]:
    letters = [c for c in text if c.isalpha()]
    emoji = sum(1 for c in text if not c.isascii() and unicodedata.category(c) in ("So", "Sk"))
    return len(letters), sum(1 for c in letters if c.isupper()), emoji, sum(map(str.isdigit, text))


def test_facts_match_a_character_by_character_count():
    def share(count: int, total: int) -> str:
        value = count / total if total else 0.0
        return "high" if value > 0.3 else "some" if value > 0.1 else "low"

    for text in varied_texts(200):
        tokens = meta_tokens(Facts(text=text))
        letters, upper, emoji, digits = reference_counts(text)
        expected_caps = [f"#caps:{share(upper, letters)}"] if letters >= 8 else []
        assert [t for t in tokens if t.startswith("#caps")] == expected_caps, text
        expected_emoji = [f"#emoji:{share(emoji, len(text))}"] if emoji else []
        assert [t for t in tokens if t.startswith("#emoji")] == expected_emoji, text
        expected_digits = [f"#digits:{share(digits, len(text))}"] if digits else []
        assert [t for t in tokens if t.startswith("#digits")] == expected_digits, text
