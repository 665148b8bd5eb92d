"""A word list matched by an Aho-Corasick automaton: thousands of entries, one pass.

ahocorasick-rs (Rust) rather than pyahocorasick: with thousands of Chinese entries the root
of the automaton has thousands of branches, and pyahocorasick's per-character cost grew to
tens of microseconds there, while ahocorasick-rs stays well under one.

Entries are normalised like the text. An entry of Latin letters and digits only matches a
whole word (`ass` does not fire on `class`); any other entry (Chinese, mixed) matches
anywhere, since Chinese has no spaces between words. A Latin entry of several words also
matches them written as one word (`free money` fires on `freemoney`, not on `freemoneys`).

Persian and Arabic writers part or join the pieces of a word as they like: a space, a
zero-width non-joiner (dropped by the folding) or nothing (`شرط بندی`, `شرط‌بندی`,
`شرطبندی`). An entry in Arabic script therefore also matches with the spaces between its
letters taken out, and matches a text whose spaces between two Arabic-script letters are
taken out, when the match so found covers whole words of the text as written (`ربح سريع`
and `ربحسريع` fire on each other; `قمار` does not fire on the tail of one word and the head
of the next). Latin words are never joined that way.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import ahocorasick_rs

JOINED_MIN = 6  # letters a several-word entry needs to match written as one word ("to do")

# Letters of the Arabic script (Arabic, Persian, Urdu; the Arabic-Indic digits left out).
_ARABIC_LETTER = "\u0620-\u064a\u066e-\u06d3\u06d5\u06fa-\u06ff\u0750-\u077f\u08a0-\u08ff"
_ARABIC_GAP = re.compile(f"(?<=[{_ARABIC_LETTER}]) +(?=[{_ARABIC_LETTER}])")
_HAS_ARABIC = re.compile(f"[{_ARABIC_LETTER}]")


def _latin_words(entry: str) -> bool:
    return entry.isascii() and entry.replace(" ", "").isalnum()


def _is_word_char(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


class WordList:
    def __init__(self, words: Iterable[str]) -> None:
        from .normalize import normalise

        written = {n for n in (normalise(w).strip() for w in words) if n}
        joined = {
            w.replace(" ", "")
            for w in written
            if " " in w and (_latin_words(w) or _HAS_ARABIC.search(w))
        }
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
        if " " in text and _HAS_ARABIC.search(text):
            return self._find_across_gaps(text)
        return None

    def _find_across_gaps(self, text: str) -> tuple[int, int] | None:
        """An entry found in `text` with the spaces between Arabic-script letters taken out,
        where it covers whole words of `text`: (start, end) in `text`."""
        assert self.automaton is not None
        kept: list[int] = []  # index in `text` of each character of the joined text
        previous = 0
        for gap in _ARABIC_GAP.finditer(text):
            kept.extend(range(previous, gap.start()))
            previous = gap.end()
        kept.extend(range(previous, len(text)))
        joined = "".join(text[i] for i in kept)
        for index, start, end in self.automaton.find_matches_as_indexes(joined, overlapping=True):
            first, last = kept[start], kept[end - 1] + 1
            if self.whole[index] or " " not in text[first:last]:
                continue  # a Latin entry, or a match that crosses no gap: seen by `find`
            if (first > 0 and text[first - 1].isalnum()) or (
                last < len(text) and text[last].isalnum()
            ):
                continue  # a piece of a word at either end
            return first, last
        return None
