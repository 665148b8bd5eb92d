"""Linked accounts as per-community state: which account counts as which member, the link
codes waiting for a claim or a confirmation, and the wrong guesses that lock an account out.
Each change is made together with its row."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import NamedTuple

from ..engine import Slice, Writes
from ..storage.models import AccountLink
from ..storage.statements import insert, sql
from .link_codes import (
    CODE_CLAIM,
    CODE_DELETE,
    CODE_INSERT,
    GUESS_INSERT,
    GUESS_PRUNE,
    CodeClaimed,
    CodeGone,
    CodeRow,
    Guesses,
    GuessesBefore,
    GuessRow,
    PendingCode,
    load_codes,
    load_guesses,
)

GUESSES_LOADED = 1000  # wrong codes read back at load: above any sensible lockout limit


class LinkRow(NamedTuple):
    community: str
    account: str
    member: str
    created_at: datetime


class LinkGone(NamedTuple):
    community: str
    account: str


LINK_INSERT = insert("account_links", LinkRow, unique=("community", "account"))
LINK_DELETE = sql("DELETE FROM account_links WHERE community = ? AND account = ?", LinkGone)


@dataclass(slots=True)
class Links:
    """Linked accounts, codes waiting, wrong guesses; each change is made with its row."""

    community: str
    accounts: dict[str, str] = field(default_factory=dict)  # account -> member key
    codes: dict[str, PendingCode] = field(default_factory=dict)  # by digest
    guesses: Guesses = field(default_factory=Guesses)
    settings_merged: bool = False  # the settings' links merged since this state was loaded

    def issue(self, writes: Writes, pending: PendingCode) -> None:
        self.codes[pending.digest] = pending
        row = CodeRow(
            pending.digest, self.community, pending.member, pending.account, "",
            pending.expires_at,
        )  # fmt: skip
        writes.write(CODE_INSERT, row)

    def claim(self, writes: Writes, pending: PendingCode, account: str, until: datetime) -> None:
        pending.claimant, pending.expires_at = account, until
        writes.write(CODE_CLAIM, CodeClaimed(account, until, pending.digest))

    def forget(self, writes: Writes, which: Callable[[PendingCode], bool]) -> None:
        for code in [c for c in self.codes.values() if which(c)]:
            del self.codes[code.digest]
            writes.write(CODE_DELETE, CodeGone(code.digest))

    def wrong(
        self,
        writes: Writes,
        account: str,
        at: datetime,
        lockout: timedelta,
        limits: tuple[int, int],
    ) -> None:
        """A wrong code from `account`: counted (limits: per account, in the community), and
        guesses older than the lockout pruned."""
        self.guesses.wrong(account, at, *limits)
        writes.write(GUESS_PRUNE, GuessesBefore(self.community, at - lockout))
        writes.write(GUESS_INSERT, GuessRow(self.community, account, at))

    def link(self, writes: Writes, account: str, member: str, at: datetime) -> None:
        self.accounts[account] = member
        writes.write(LINK_INSERT, LinkRow(self.community, account, member, at))

    def unlink(self, writes: Writes, account: str) -> str | None:
        """The member `account` was linked to, None if it was not."""
        member = self.accounts.pop(account, None)
        if member is not None:
            writes.write(LINK_DELETE, LinkGone(self.community, account))
        return member


class LinkState(Slice[Links]):
    name = "identity"

    @classmethod
    async def load(cls, community: str, database) -> Links:
        rows = await AccountLink.filter(community=community).values_list("account", "member")
        return Links(
            community,
            accounts=dict(rows),
            codes=await load_codes(community),
            guesses=await load_guesses(community, GUESSES_LOADED, GUESSES_LOADED),
        )
