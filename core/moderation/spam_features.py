"""What the spam classifier reads besides the words: facts about a message and its sender,
written as tokens (`#link`, `#caps:high`, `#first_message`) so they are hashed and weighed
like n-grams, and named in a verdict's explanation."""

from __future__ import annotations

import re
import string
import unicodedata
from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timedelta

from .patterns import PHONE, URL, USERNAME

NEW_MEMBER = timedelta(days=1)
_EMOJI_CATEGORIES = frozenset(("So", "Sk"))


# A character's classes, as bits: what `text_tokens` counts of a text
LETTER, UPPER, DIGIT, EMOJI = 1, 2, 4, 8


class _CharTable(dict[str, int]):
    """Character -> its classes (the bits above), looked up once: one look-up a character
    then stands for a pass over the text per class."""

    def __missing__(self, char: str) -> int:
        classes = 0
        if char.isalpha():  # Ⅻ and Ⓐ are upper case but not letters
            classes |= (LETTER | UPPER) if char.isupper() else LETTER
        if char.isdigit():
            classes |= DIGIT
        if not char.isascii() and unicodedata.category(char) in _EMOJI_CATEGORIES:
            classes |= EMOJI  # a symbol outside ASCII
        if len(self) < 50_000:  # bounded: a flood of rare characters is just looked up again
            self[char] = classes
        return classes


_CLASSES = _CharTable()
# ASCII letters, capitals and digits are what str.isalpha, isupper and isdigit say of ASCII
_ASCII_LETTERS = string.ascii_letters.encode()
_ASCII_UPPER = string.ascii_uppercase.encode()
_ASCII_DIGITS = string.digits.encode()
_CURRENCY = re.compile(r"[$€£¥₽]")
_MONEY = re.compile(r"[$€£¥₽]|\d\s?(?:k|usd|usdt|btc|eth|元|块|万|руб|р\b|тыс)", re.I)


@dataclass(slots=True)
class Facts:
    """Facts about a message that are not its words; None where the platform does not say."""

    text: str
    links: int = 0
    forwarded: bool = False
    buttons: bool = False
    media: str | None = None
    member_messages: int | None = None
    member_joined: datetime | None = None
    time: datetime | None = None
    has_username: bool | None = None


def _share(count: int, total: int) -> str:
    share = count / total if total else 0.0
    return "high" if share > 0.3 else "some" if share > 0.1 else "low"


def _length(chars: int) -> str:
    return "short" if chars < 20 else "medium" if chars < 80 else "long" if chars < 300 else "huge"


def meta_tokens(facts: Facts) -> list[str]:
    """The facts as tokens: what the text shows, then what the platform adds."""
    tokens = text_tokens(facts.text)
    return tokens + [token for token in platform_tokens(facts) if token not in tokens]


def text_tokens(text: str) -> list[str]:
    """The facts the text itself shows: its length, capitals, emoji, digits, links, handles,
    phone numbers and sums of money."""
    tokens = [f"#len:{_length(len(text))}"]
    letters, upper, digits, symbols = char_counts(text)
    if letters >= 8:
        tokens.append(f"#caps:{_share(upper, letters)}")
    if symbols:
        tokens.append(f"#emoji:{_share(symbols, len(text))}")
    if digits:
        tokens.append(f"#digits:{_share(digits, len(text))}")
    if "." in text and URL.search(text.lower()):
        tokens.append("#link")
    if "@" in text and USERNAME.search(text.lower()):
        tokens.append("#mention")
    if digits >= 7 and PHONE.search(text):
        tokens.append("#phone")
    # a sum of money is a currency sign or a digit (re's \d is a kind of str.isdigit) first
    if (digits or _CURRENCY.search(text)) and _MONEY.search(text):
        tokens.append("#money")
    return tokens


def char_counts(text: str) -> tuple[int, int, int, int]:
    """How many of `text`'s characters are letters, upper-case letters, digits and emoji."""
    if text.isascii():
        # bytes.translate drops a class of characters in C, without a call a character
        data = text.encode()
        size = len(data)
        return (
            size - len(data.translate(None, _ASCII_LETTERS)),
            size - len(data.translate(None, _ASCII_UPPER)),
            size - len(data.translate(None, _ASCII_DIGITS)),
            0,
        )
    letters = upper = digits = symbols = 0
    for classes, count in Counter(map(_CLASSES.__getitem__, text)).items():
        letters += count if classes & LETTER else 0
        upper += count if classes & UPPER else 0
        digits += count if classes & DIGIT else 0
        symbols += count if classes & EMOJI else 0
    return letters, upper, digits, symbols


def platform_tokens(facts: Facts) -> list[str]:
    """The facts only the platform gives (a link hidden behind words, a forward, buttons, a
    caption, the sender's history). A lesson keeps these beside its text, so what an admin's
    verdict teaches of them survives a restart (the text gives the rest again)."""
    found = (
        ("#link", facts.links > 0),
        ("#forwarded", facts.forwarded),
        ("#buttons", facts.buttons),
        ("#media_caption", bool(facts.media and facts.text)),
        ("#first_message", facts.member_messages == 0),
        ("#new_member", _new_member(facts)),
        ("#no_username", facts.has_username is False),
    )
    return [token for token, present in found if present]


def _new_member(facts: Facts) -> bool:
    joined, time = facts.member_joined, facts.time
    return bool(joined and time and time - joined < NEW_MEMBER)
