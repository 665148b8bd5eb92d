"""Normalised text for matching: what a message says once the disguises are taken off.

Steps, each undoing one trick: compatibility folding (fullwidth letters, ligatures, circled
and styled letters; NFKD so that accents come apart), case folding, zero-width, control (NUL)
and combining marks removed, homoglyphs folded to Latin, Traditional Chinese folded to
Simplified, the Arabic and Persian forms of a letter made one (ك/ک, ي/ی/ى) and tatweel
dropped, and letters spaced out one by one (`f r e e`, `加 微 信`, `刷.单`) joined (two
spaces part words: `f r e e  m o n e y` is `free money`), text under a right-to-left override
read as shown, and sound-alikes of 微信 folded (see evasion.py).

The blocklist and the text go through the same function, so an entry matches however it is
disguised. Very long texts are cut to `MAX_SCAN` characters so a 100,000-character message
costs no more than a long one; a message's text and the words shown beside it (a quote, a
keyboard) are cut each on its own, so padding in one hides nothing in the other.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .evasion import contact_words, unreverse
from .fold import CONTROLS, fold_table

MAX_PART = 4096  # characters examined of a message's text, and of the words shown beside it
MAX_SCAN = 2 * MAX_PART + 1  # both, joined by a line break

# Three or more single characters separated by one to three spaces or punctuation marks.
_SPACED = re.compile(r"(?<![^\W_])(?:[^\W_][\s\W_]{1,3}){2,}[^\W_](?![^\W_])")
_SEPARATORS = re.compile(r"[\s\W_]+")
# Inside a spaced-out run, two spaces or more (or a slash or bar) part two words.
_WORD_GAP = re.compile(r"\s{2,}|\s*[/|]\s*")
_DOTTED_NUMBER = re.compile(r"\d(?:\.\d)+")
# Letters parted by a mark without a space (f.r.e.e): then a lone space parts two words.
_MARKED_GAP = re.compile(r"[^\W_][^\w\s]{1,3}[^\W_]|[^\W_]_[^\W_]")
# Chinese has no spaces between words: fillers between two Han characters are dropped.
_HAN_FILLER = re.compile(r"(?<=[\u3400-\u9fff])[\s._\-*·•|/\\~^+]{1,3}(?=[\u3400-\u9fff])")
# Pictographs between two letters part them as a hyphen would (free😀money, 加🌹微🌹信): the
# spaced-letter, Han-filler and word-form steps then treat them as any separator.
_PICTOGRAPHS = re.compile(
    r"(?<=\w)[\u2190-\u21ff\u2300-\u23ff\u2460-\u27bf\u2900-\u2bff\U0001f000-\U0001faff]+(?=\w)"
)
# A dot written so that it is not a link: example[.]com, evil(dot)com, t。me (an ideographic
# full stop between Latin letters, which browsers read as a dot in an address).
_DOT_DISGUISE = re.compile(r"\s?[\[({]\s?(?:\.|dot)\s?[\])}]\s?|(?<=[a-z0-9])。(?=[a-z0-9])")


def clean(text: str) -> str:
    """`text` safe to encode: lone surrogates replaced, length capped."""
    if len(text) > MAX_SCAN:
        text = text[:MAX_SCAN]
    if not text.isascii():
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:
            text = text.encode("utf-8", "replace").decode("utf-8")
    return text


def _join(match: re.Match[str]) -> str:
    run = match.group(0)
    if _DOTTED_NUMBER.fullmatch(run):  # 1.2.3.4: an address or a version, not letters
        return run
    if "  " not in run and " " in run and _MARKED_GAP.search(run):
        # f.r.e.e m.o.n.e.y, f/r/e/e m|o|n|e|y: marks part the letters, the space parts words
        return " ".join(_SEPARATORS.sub("", word) for word in run.split())
    if "  " not in run and "/" not in run and "|" not in run:
        return _SEPARATORS.sub("", run)
    return " ".join(_SEPARATORS.sub("", word) for word in _WORD_GAP.split(run))


@lru_cache(maxsize=4096)  # chatter and spam waves repeat their texts; the steps cost microseconds
def normalise(text: str) -> str:
    """The matching form of `text` (see the module docstring)."""
    text = clean(text)
    if text.isascii():
        text = text.lower()
        if not text.isprintable():  # NUL between letters (fr\0ee) hides a word as zero-width does
            text = text.translate(CONTROLS)
    else:
        text = unicodedata.normalize("NFKD", unreverse(text)).casefold().translate(fold_table())
        text = unicodedata.normalize("NFC", text)
        text = _PICTOGRAPHS.sub("-", text)
        if "。" in text:
            text = _DOT_DISGUISE.sub(".", text)
    if "[" in text or "(" in text or "{" in text:
        text = _DOT_DISGUISE.sub(".", text)
    if " " in text or not text.isalnum():
        text = _SPACED.sub(_join, text)
        if not text.isascii():
            text = _HAN_FILLER.sub("", text)
        if "  " in text or not text.isprintable():
            text = " ".join(text.split())
    return contact_words(text)


def disguised_dots(text: str) -> str:
    """`text` with dots written so as not to be links (example[.]com, t。me) made dots."""
    if "[" in text or "(" in text or "{" in text or "。" in text:
        return _DOT_DISGUISE.sub(".", text)
    return text


def pictographs_dropped(text: str) -> str | None:
    """The matching form of `text` with the pictographs between letters deleted instead of
    parting them (fr🌹ee mo🌹ney is "free money"); None where it has none."""
    if text.isascii() or not _PICTOGRAPHS.search(text):
        return None
    return normalise(_PICTOGRAPHS.sub("", text))


def compact(text: str) -> str:
    """`text` without spaces and punctuation, for comparing messages of a raid."""
    return _SEPARATORS.sub("", text)
