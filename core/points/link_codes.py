"""`/link` codes: long, single use, expiring, kept in the database, and guarded against
guessing.

A code is 10 characters of a 28-letter alphabet (48 bits). Only its
SHA-256 is stored, so the database does not hold a usable code. Wrong guesses are counted per
account and per community over `lockout` (and kept in the database, so a restart does not
lift a lockout); past `account_attempts` (or `community_attempts`
for everyone in the community) further codes are refused until the window has passed, right
or wrong. A presented code does not link yet: the account that asked for it must confirm.
"""

from __future__ import annotations

import hashlib
import secrets
from collections import deque
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import NamedTuple

from ..refs import Ref
from ..storage.models import LinkCode, LinkGuess
from ..storage.statements import insert, sql

# No look-alikes (0/O, 1/I/L), and no V, W or Q: "vx", "wx" and "qq" followed by letters read
# as a WeChat or QQ id to moderation, which would take `/link CODE` for an ad.
ALPHABET = "ABCDEFGHJKMNPRSTUXYZ23456789"
CODE_LENGTH = 10  # 28**10: about 2.9e14 codes (48 bits)


class CodeRow(NamedTuple):
    digest: str
    community: str
    member: str
    account: str
    claimant: str
    expires_at: datetime


class CodeClaimed(NamedTuple):
    claimant: str
    expires_at: datetime
    digest: str


class CodeGone(NamedTuple):
    digest: str


class GuessRow(NamedTuple):
    community: str
    account: str
    at: datetime


class GuessesBefore(NamedTuple):
    community: str
    at: datetime


CODE_INSERT = insert("link_codes", CodeRow, unique=("digest",))
CODE_CLAIM = sql("UPDATE link_codes SET claimant = ?, expires_at = ? WHERE digest = ?", CodeClaimed)
CODE_DELETE = sql("DELETE FROM link_codes WHERE digest = ?", CodeGone)
GUESS_INSERT = insert("link_guesses", GuessRow)
GUESS_PRUNE = sql("DELETE FROM link_guesses WHERE community = ? AND at <= ?", GuessesBefore)


def new_code() -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(CODE_LENGTH))


def digest_of(code: str) -> str:
    """The stored form of what someone typed (case and separators do not matter)."""
    cleaned = "".join(ch for ch in code.upper() if ch.isalnum())
    return hashlib.sha256(cleaned.encode()).hexdigest()


@dataclass(slots=True)
class PendingCode:
    digest: str
    member: str  # who the code links to
    account: Ref  # the account that asked for it, and confirms
    expires_at: datetime
    claimant: str = ""  # the account that presented it, waiting for confirmation


@dataclass(slots=True)
class Guesses:
    """Wrong codes over the lockout window, per account and for the whole community; bounded
    by the limits (older entries fall out of the window and are dropped)."""

    by_account: dict[str, deque[datetime]] = field(default_factory=dict)
    community: deque[datetime] = field(default_factory=deque)

    def locked_until(
        self, account: str, now: datetime, window: timedelta, per_account: int, overall: int
    ) -> datetime | None:
        """When `account` may present a code again, if it may not now."""
        for times, limit in (
            (self.by_account.get(account), per_account),
            (self.community, overall),
        ):
            if times is None:
                continue
            while times and times[0] <= now - window:
                times.popleft()
            if len(times) >= limit:
                return times[-limit] + window
        if account in self.by_account and not self.by_account[account]:
            del self.by_account[account]
        return None

    def wrong(self, account: str, now: datetime, per_account: int, overall: int) -> None:
        mine = self.by_account.setdefault(account, deque(maxlen=per_account))
        mine.append(now)
        if self.community.maxlen != overall:
            self.community = deque(self.community, maxlen=overall)
        self.community.append(now)


async def load_codes(community: str) -> dict[str, PendingCode]:
    rows = await LinkCode.filter(community=community).values_list(
        "digest", "member", "account", "expires_at", "claimant"
    )
    return {d: PendingCode(d, m, Ref(a), e, c) for d, m, a, e, c in rows}


async def load_guesses(community: str, per_account: int, overall: int) -> Guesses:
    """The community's recent wrong codes, oldest first (those past the window drop out when
    next looked at)."""
    rows = await LinkGuess.filter(community=community).order_by("-at").limit(overall)
    guesses = Guesses()
    for row in reversed(rows):
        guesses.wrong(row.account, row.at, per_account, overall)
    return guesses
