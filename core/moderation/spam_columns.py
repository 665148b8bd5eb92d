"""The hashed columns of a message's character n-grams, as scikit-learn's HashingVectorizer
(`analyzer="char_wb"`, n-grams 2 to 4, unsigned) gives them, without calling it per message.

char_wb takes its n-grams inside each whitespace-separated word padded with one space, so a
message's set of columns is the union of its words' sets. Words repeat across messages far
more than messages do (Zipf), so each word's columns are kept in a bounded LRU cache and a
message costs a cache look-up per word instead of hashing every n-gram again. Tests check the
columns against scikit-learn's own transform on varied texts.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

import numpy as np
from sklearn.utils import murmurhash3_32

TEXT_FEATURES = 2**18
META_FEATURES = 2**8
NGRAMS = (2, 4)
# about 25 MB at most: the bench's 41,000 words take 9 MB packed (75 MB as tuples of ints)
WORDS_CACHED = 100_000

# token -> hashed column, per table size; the same for every model
_INDEXES: dict[int, dict[str, int]] = {TEXT_FEATURES: {}, META_FEATURES: {}}
_MAX_INDEXES = 200_000


def column(token: str, features: int) -> int:
    """The column FeatureHasher gives `token` (signed MurmurHash3 of its UTF-8, seed 0;
    tests check it against scikit-learn's own transform)."""
    known = _INDEXES[features]
    index = known.get(token)
    if index is None:
        h = murmurhash3_32(token, seed=0)
        index = (2147483647 - (features - 1)) % features if h == -(2**31) else abs(h) % features
        if len(known) >= _MAX_INDEXES:
            known.clear()
        known[token] = index
    return index


def word_grams(word: str) -> list[str]:
    """char_wb's n-grams of one word, as a set would hold them (scikit-learn's
    `_char_wb_ngrams`: the padded word's windows of each length; a padded word no longer than
    a length gives itself, which the window of its own length already is)."""
    padded = f" {word} "
    size = len(padded)
    low, high = NGRAMS
    if size <= low:
        return [padded]
    grams: list[str] = []
    for n in range(low, min(high, size) + 1):
        grams += [padded[i : i + n] for i in range(size - n + 1)]  # faster than a generator
    return grams


def text_columns_of(grams: Iterable[str]) -> list[int]:
    """column(gram, TEXT_FEATURES) of each n-gram, without its token cache (the word cache
    stands in front), inline: a Python call a n-gram was a fifth of a new word's cost.
    abs(-2**31) % TEXT_FEATURES is the 0 FeatureHasher gives, as it divides 2**31."""
    return [abs(murmurhash3_32(gram, 0)) % TEXT_FEATURES for gram in grams]


@lru_cache(maxsize=WORDS_CACHED)
def word_columns(word: str) -> bytes:
    """The columns of one word's n-grams, packed as unsigned 32-bit integers: a message joins
    its words' with one call, and bytes are neither scanned by the cyclic collector nor a
    Python int a column (a tuple of ints took several times the memory)."""
    found = set(text_columns_of(word_grams(word)))
    return np.fromiter(found, dtype=np.uint32, count=len(found)).tobytes()


def column_array(words: str) -> np.ndarray:
    """The columns of `words`' n-grams, sorted, each once: what HashingVectorizer marks for
    the text. Sorting the words' columns and keeping the first of each run takes a few numpy
    calls, where a set of Python ints took one insertion a column."""
    columns = np.sort(np.frombuffer(b"".join(map(word_columns, words.split())), np.uint32))
    if columns.size < 2:
        return columns
    first = np.empty(columns.size, dtype=bool)
    first[0] = True
    np.not_equal(columns[1:], columns[:-1], out=first[1:])
    return columns[first]


def text_grams(words: str) -> set[str]:
    """The n-grams of `words` (a set of what scikit-learn's char_wb analyzer lists)."""
    return set().union(*map(word_grams, set(words.split())))
