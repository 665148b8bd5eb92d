"""Character folding tables for normalised matching: zero-width and control characters dropped,
look-alike letters (Cyrillic, Greek, fullwidth, digits used as letters are left alone) mapped to
Latin, Traditional Chinese characters mapped to Simplified, and the Arabic and Persian forms
of one Arabic-script letter made one (ك/ک, ي/ی/ى) with the tatweel (قـــمار) dropped.

Built once per process; `str.translate` applies them in one pass.
"""

from __future__ import annotations

import unicodedata
from functools import cache

from loguru import logger

from ..confusables import HOMOGLYPHS, ZERO_WIDTH

__all__ = ["ARABIC_SCRIPT_VARIANTS", "CONTROLS", "HOMOGLYPHS", "ZERO_WIDTH", "fold_table"]

# Control characters (NUL and the rest of C0 and C1) draw nothing either; the ones that lay out
# text (tab, line breaks) part words as spaces do and stay.
CONTROLS: dict[int, None] = {
    cp: None for cp in (*range(0x20), *range(0x7F, 0xA0)) if chr(cp) not in "\t\n\v\f\r"
}

# Negative circled (🅐), negative squared (🅰) and regional-indicator (🇦) letters: no
# compatibility decomposition, so NFKD leaves them; spammers spell words with them.
ENCLOSED_LETTER_RUNS = (0x1F150, 0x1F170, 0x1F1E6)

# One letter of the Arabic script written in its Arabic or its Persian (Urdu) form: keyboards
# differ, so a word typed on one does not match the same word listed from the other. NFKD has
# already made alef with hamza or madda a bare alef and yeh with hamza a yeh.
ARABIC_SCRIPT_VARIANTS: dict[str, str | None] = {
    "\u06a9": "\u0643",  # ک keheh (Persian kaf) -> ك kaf
    "\u06cc": "\u064a",  # ی Farsi yeh -> ي yeh
    "\u0649": "\u064a",  # ى alef maksura (a final yeh without dots) -> ي yeh
    "\u06c1": "\u0647",  # ہ heh goal -> ه heh
    "\u06d5": "\u0647",  # ە ae (ۀ once its hamza is dropped) -> ه heh
    "\u0671": "\u0627",  # ٱ alef wasla -> ا alef
    "\u0640": None,  # ـ tatweel: stretches a word (قـــمار) and reads as nothing
}

CJK_RANGES = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0x20000, 0x2A6DF))


# Where non-spacing and enclosing marks and invisible format characters live (the rest of
# Unicode has none worth folding); the tag characters (U+E0000-E007F) are there too.
MARK_RANGES = ((0x00A0, 0x1FFFF), (0xE0000, 0xE01EF))
# Non-spacing and enclosing marks (accents, Zalgo stacks, variation selectors) and format
# characters (Cf: zero-width, bidi controls, tags, invisible operators): nothing a reader sees.
DROPPED_CATEGORIES = frozenset(("Mn", "Me", "Cf"))


def _invisible() -> dict[int, None]:
    return {
        cp: None
        for low, high in MARK_RANGES
        for cp in range(low, high + 1)
        if unicodedata.category(chr(cp)) in DROPPED_CATEGORIES
    }


def _traditional_to_simplified() -> dict[int, str]:
    """One-character Traditional -> Simplified pairs from OpenCC's character table.

    Characters are converted in one call, one per line, so phrase rules cannot merge them;
    a line that does not come back as one character is left out.
    """
    try:
        import opencc
    except ImportError:  # pragma: no cover - a declared dependency
        logger.warning("opencc is not installed: Traditional Chinese is not folded")
        return {}
    chars = [chr(cp) for low, high in CJK_RANGES for cp in range(low, high + 1)]
    converted = opencc.OpenCC("t2s").convert("\n".join(chars)).split("\n")
    if len(converted) != len(chars):
        return {}
    return {ord(a): b for a, b in zip(chars, converted, strict=True) if a != b and len(b) == 1}


@cache
def fold_table() -> dict[int, str | None]:
    table: dict[int, str | None] = dict(_invisible())
    table.update({ord(c): None for c in ZERO_WIDTH})
    table.update(CONTROLS)
    table.update(_traditional_to_simplified())
    table.update({ord(k): v for k, v in HOMOGLYPHS.items()})
    table.update({ord(k): v for k, v in ARABIC_SCRIPT_VARIANTS.items()})
    for first in ENCLOSED_LETTER_RUNS:
        table.update({first + n: chr(ord("a") + n) for n in range(26)})
    return table
