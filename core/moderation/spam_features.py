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


class _EmojiTable(dict[str, bool]):
    """Character -> whether it counts as an emoji (a symbol outside ASCII), looked up once."""

    def __missing__(self, char: str) -> bool:
        found = not char.isascii() and unicodedata.category(char) in _EMOJI_CATEGORIES
        if len(self) < 50_000:  # bounded: a flood of rare characters is just looked up again
            self[char] = found
        return found


_EMOJI = _EmojiTable()
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
    """The facts as tokens."""
    text = facts.text
    tokens = [f"#len:{_length(len(text))}"]
    ascii_only = text.isascii()
    letters = sum(map(str.isalpha, text))
    if letters >= 8:
        upper = sum(map(str.isupper, text))
        if upper and not ascii_only:  # Ⅻ and Ⓐ are upper case but not letters
            upper = sum(map(str.isalpha, filter(str.isupper, text)))
        tokens.append(f"#caps:{_share(upper, letters)}")
    if not ascii_only:
        symbols = sum(map(_EMOJI.__getitem__, text))
        if symbols:
            tokens.append(f"#emoji:{_share(symbols, len(text))}")
    digits = sum(map(str.isdigit, text))
    if digits:
        tokens.append(f"#digits:{_share(digits, len(text))}")
    if facts.links or ("." in text and URL.search(text.lower())):
        tokens.append("#link")
    if "@" in text and USERNAME.search(text.lower()):
        tokens.append("#mention")
    if digits >= 7 and PHONE.search(text):
        tokens.append("#phone")
    if _MONEY.search(text):
        tokens.append("#money")
    if facts.forwarded:
        tokens.append("#forwarded")
    if facts.buttons:
        tokens.append("#buttons")
    if facts.media and text:
        tokens.append("#media_caption")
    if facts.member_messages == 0:
        tokens.append("#first_message")
    if facts.member_joined and facts.time and facts.time - facts.member_joined < NEW_MEMBER:
        tokens.append("#new_member")
    if facts.has_username is False:
        tokens.append("#no_username")
    return tokens
