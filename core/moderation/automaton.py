"""A word list matched by an Aho-Corasick automaton: thousands of entries, one pass.

ahocorasick-rs (Rust) rather than pyahocorasick: with thousands of Chinese entries the root
of the automaton has thousands of branches, and pyahocorasick's per-character cost grew to
tens of microseconds there, while ahocorasick-rs stays well under one.

Entries are normalised like the text. An entry of Latin letters and digits only matches a
whole word (`ass` does not fire on `class`); any other entry (Chinese, mixed) matches
anywhere, since Chinese has no spaces between words. A Latin entry of several words also
matches them written as one word (`free money` fires on `freemoney`, not on `freemoneys`).
"""

from __future__ import annotations

from collections.abc import Iterable

import ahocorasick_rs

JOINED_MIN = 6  # letters a several-word entry needs to match written as one word ("to do")


def _latin_words(entry: str) -> bool:
    return entry.isascii() and entry.replace(" ", "").isalnum()


def _is_word_char(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


class WordList:
    def __init__(self, words: Iterable[str]) -> None:
        from .normalize import normalise

        written = {n for n in (normalise(w).strip() for w in words) if n}
        joined = {w.replace(" ", "") for w in written if " " in w and _latin_words(w)}
        entries = sorted(written | {w for w in joined if len(w) >= JOINED_MIN})
        self.entries = entries
        self.whole = [e.isascii() and e.replace(" ", "").isalnum() for e in entries]
        self.automaton = ahocorasick_rs.AhoCorasick(entries) if entries else None

    def __len__(self) -> int:
        return len(self.entries)

    def find(self, text: str) -> tuple[int, int] | None:
        """(start, end) of the first entry found in normalised `text`, or None."""
        if self.automaton is None or not text:
            return None
        for index, start, end in self.automaton.find_matches_as_indexes(text, overlapping=True):
            if self.whole[index] and (
                (start > 0 and _is_word_char(text[start - 1]))
                or (end < len(text) and _is_word_char(text[end]))
            ):
                continue
            return start, end
        return None
