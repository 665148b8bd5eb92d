"""What the spam classifier reads besides the words: facts about a message and its sender,
written as tokens (`#link`, `#caps:high`, `#first_message`) so they are hashed and weighed
like n-grams, and named in a verdict's explanation."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta

from .patterns import PHONE, URL, USERNAME

NEW_MEMBER = timedelta(days=1)
_EMOJI_CATEGORIES = frozenset(("So", "Sk"))


# A character's classes, as bits: what `text_tokens` counts of a text
LETTER, UPPER, DIGIT, EMOJI = 1, 2, 4, 8


def _classes(char: str) -> int:
    classes = 0
    if char.isalpha():  # Ⅻ and Ⓐ are upper case but not letters
        classes |= (LETTER | UPPER) if char.isupper() else LETTER
    if char.isdigit():
        classes |= DIGIT
    if not char.isascii() and unicodedata.category(char) in _EMOJI_CATEGORIES:
        classes |= EMOJI  # a symbol outside ASCII
    return classes


class _ClassTable(dict[str, int]):
    """Character -> its classes, looked up once."""

    def __missing__(self, char: str) -> int:
        classes = _classes(char)
        if len(self) < 50_000:  # bounded: a flood of rare characters is just looked up again
            self[char] = classes
        return classes


_CLASSES = _ClassTable()
# ASCII text's classes come from one bytes.translate; a table byte -> its classes
_ASCII_CLASSES = bytes(_classes(chr(byte)) if byte < 128 else 0 for byte in range(256))
# per class, the class bytes without it: what bytes.translate deletes to count the class
_LACKING = {bit: bytes(code for code in range(256) if not code & bit) for bit in (1, 2, 4, 8)}
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
    """How many of `text`'s characters are letters, upper-case letters, digits and emoji:
    each character's classes as a byte, counted per class by bytes.translate, all in C, where
    a map() pass a class called a method a character."""
    if text.isascii():
        codes = text.encode().translate(_ASCII_CLASSES)
    else:
        codes = bytes(map(_CLASSES.__getitem__, text))
    return (
        len(codes.translate(None, _LACKING[LETTER])),
        len(codes.translate(None, _LACKING[UPPER])),
        len(codes.translate(None, _LACKING[DIGIT])),
        len(codes.translate(None, _LACKING[EMOJI])),
    )


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
