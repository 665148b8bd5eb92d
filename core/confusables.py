"""Characters that look alike or look like nothing: what a screen cannot tell apart.

Moderation folds text with them (moderation/fold.py); a command aimed at `@name` compares
names by how they look (`screen_form`), so that `Wendy`, `Wendy` with a zero-width space and
`Wеndy` with a Cyrillic е are one name shared by three members, not three names.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

# Invisible characters spammers put between letters to dodge word lists.
ZERO_WIDTH = (
    "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b\u200c\u200d\u200e\u200f"
    "\u202a\u202b\u202c\u202d\u202e\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069"
    "\u3164\ufe0e\ufe0f\ufeff\uffa0"
)

# Letters that look like Latin letters (after NFKD and case folding).
HOMOGLYPHS = {
    # Cyrillic
    "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p",
    "с": "c", "т": "t", "у": "y", "х": "x", "ѕ": "s", "і": "i", "ї": "i", "ј": "j", "ԁ": "d",
    "һ": "h", "ԛ": "q", "ԝ": "w", "ү": "y", "ɡ": "g",
    # Greek
    "α": "a", "β": "b", "ε": "e", "η": "n", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p",
    "τ": "t", "υ": "u", "χ": "x", "ω": "w", "ϲ": "c",
    # Latin look-alikes
    "ı": "i", "ȷ": "j", "ł": "l", "ø": "o", "đ": "d", "ß": "ss", "ſ": "s", "ɑ": "a", "ɩ": "i",
    "ʀ": "r", "ᴀ": "a", "ʙ": "b", "ᴄ": "c", "ᴅ": "d", "ᴇ": "e", "ɢ": "g", "ʜ": "h", "ɪ": "i",
    "ᴊ": "j", "ᴋ": "k", "ʟ": "l", "ᴍ": "m", "ɴ": "n", "ᴏ": "o", "ᴘ": "p", "ꞯ": "q", "ᴛ": "t",
    "ᴜ": "u", "ᴠ": "v", "ᴡ": "w", "ʏ": "y", "ᴢ": "z",
    # Armenian
    "օ": "o", "ս": "u", "ո": "n", "հ": "h", "զ": "q", "ց": "g",
}  # fmt: skip
# Every other small capital (ꜰ, ꜱ, …) by its Unicode name, so none is missed: the blocks
# where Unicode keeps them (IPA, phonetic extensions, Latin extended-D).
_SMALL_CAPITAL = re.compile(r"LATIN LETTER SMALL CAPITAL ([A-Z])")
for _low, _high in ((0x0250, 0x02AF), (0x1D00, 0x1D7F), (0xA720, 0xA7FF)):
    for _cp in range(_low, _high + 1):
        _named = _SMALL_CAPITAL.fullmatch(unicodedata.name(chr(_cp), ""))
        if _named:
            HOMOGLYPHS.setdefault(chr(_cp), _named.group(1).lower())


@cache
def _unseen_and_alike() -> dict[int, str | None]:
    table: dict[int, str | None] = {
        cp: None
        for cp in range(0xAD, 0xE0080)
        if unicodedata.category(chr(cp)) == "Cf"  # where format characters live
    }
    table.update({ord(c): None for c in ZERO_WIDTH})
    table.update({ord(k): v for k, v in HOMOGLYPHS.items()})
    return table


def screen_form(name: str) -> str:
    """`name` as a reader tells it apart from others: compatibility forms, case, invisible
    characters and look-alike letters folded; accents and scripts without look-alikes kept."""
    folded = unicodedata.normalize("NFKC", name).casefold().translate(_unseen_and_alike())
    return " ".join(folded.split())
