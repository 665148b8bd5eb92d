"""A word list matched by an Aho-Corasick automaton: thousands of entries, one pass.

Entries are normalised like the text. An entry of Latin letters and digits only matches a
whole word (`ass` does not fire on `class`); any other entry (Chinese, mixed) matches
anywhere, since Chinese has no spaces between words.
"""

from __future__ import annotations

from collections.abc import Iterable

import ahocorasick

from .normalize import normalise


def _is_word_char(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


class WordList:
    def __init__(self, words: Iterable[str]) -> None:
        self.automaton = ahocorasick.Automaton()
        self.size = 0
        for word in words:
            norm = normalise(word).strip()
            if not norm:
                continue
            whole = norm.isascii() and norm.replace(" ", "").isalnum()
            self.automaton.add_word(norm, (len(norm), whole))
            self.size += 1
        if self.size:
            self.automaton.make_automaton()

    def __len__(self) -> int:
        return self.size

    def find(self, text: str) -> tuple[int, int] | None:
        """(start, end) of the first entry found in normalised `text`, or None."""
        if not self.size or not text:
            return None
        for end, (length, whole) in self.automaton.iter(text):
            start = end - length + 1
            if whole and (
                (start > 0 and _is_word_char(text[start - 1]))
                or (end + 1 < len(text) and _is_word_char(text[end + 1]))
            ):
                continue
            return start, end + 1
        return None
