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
    """The facts as tokens: what the text shows, then what the platform adds."""
    tokens = text_tokens(facts.text)
    return tokens + [token for token in platform_tokens(facts) if token not in tokens]


def text_tokens(text: str) -> list[str]:
    """The facts the text itself shows: its length, capitals, emoji, digits, links, handles,
    phone numbers and sums of money."""
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
    if "." in text and URL.search(text.lower()):
        tokens.append("#link")
    if "@" in text and USERNAME.search(text.lower()):
        tokens.append("#mention")
    if digits >= 7 and PHONE.search(text):
        tokens.append("#phone")
    if _MONEY.search(text):
        tokens.append("#money")
    return tokens


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
