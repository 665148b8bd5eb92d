"""Balances and ledger entries read back for an operator (`groupops points`).

Read only. A member is named by an account reference (`telegram:user:42`, a linked account
too), by `@handle` or by display name; a balance is checked against the sum of its ledger
entries, which is what it must always equal (every award and spend writes both in one
transaction): a difference is a fault to report, not to correct here.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass
from datetime import datetime

from tortoise.functions import Sum

from ..errors import GroupopsError
from ..storage.models import AccountLink, LedgerEntry, Member


class UnknownMember(GroupopsError):
    """The name given matches no member, or several."""


@dataclass(frozen=True, slots=True)
class Standing:
    rank: int
    member: str  # the member's key: their first account's reference
    name: str
    handle: str
    status: str
    balance: int


@dataclass(frozen=True, slots=True)
class Entry:
    created_at: datetime
    delta: int
    reason: str
    key: str
    ref: str


def as_json(row: Standing | Entry) -> dict[str, object]:
    """A row for `--json`: its fields, times in ISO 8601."""
    return {k: v.isoformat() if isinstance(v, datetime) else v for k, v in asdict(row).items()}


async def communities() -> list[str]:
    """Every community the database holds members or ledger entries of."""
    names = set(await Member.all().distinct().values_list("community", flat=True))
    names |= set(await LedgerEntry.all().distinct().values_list("community", flat=True))
    return sorted(str(name) for name in names)


async def standings(community: str, top: int) -> list[Standing]:
    """The `top` highest balances, ties by name; members with nothing are left out."""
    rows = (
        await Member.filter(community=community, balance__gt=0)
        .exclude(status="linked")
        .order_by("-balance", "name", "key")
        .limit(top)
    )
    return [
        Standing(rank, m.key, m.name, m.handle, m.status, int(m.balance))
        for rank, m in enumerate(rows, 1)
    ]


async def find_member(community: str, given: str, linked: Mapping[str, str]) -> Member:
    """The member `given` names: a reference (a linked account's too), `@handle` or name.
    `linked`: the settings' `linked_accounts`, account -> its member's key."""
    text = given.strip()
    if ":" in text:
        links = await _links(community, [text], linked)
        key = links.get(text, text)
        found = await Member.get_or_none(community=community, key=key)
        if found is None:
            raise UnknownMember(f"{given!r}: no member of {community} has that account")
        return found
    handle = text.removeprefix("@")
    matches = await Member.filter(community=community, handle__iexact=handle).order_by("key")
    if not matches and not text.startswith("@"):
        matches = await Member.filter(community=community, name__iexact=text).order_by("key")
    matches = await _people(community, matches, linked)
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise UnknownMember(f"{given!r}: no member of {community} has that name or @handle")
    keys = ", ".join(m.key for m in matches[:5])
    raise UnknownMember(f"{given!r}: {len(matches)} members have that name ({keys}): give one")


async def _links(community: str, accounts: list[str], linked: Mapping[str, str]) -> dict:
    """account -> member for those of `accounts` linked by `/link` or in the settings."""
    found = await AccountLink.filter(community=community, account__in=accounts).values_list(
        "account", "member"
    )
    return {**dict(found), **{a: linked[a] for a in accounts if a in linked}}


async def _people(community: str, matches: list[Member], linked: Mapping[str, str]) -> list[Member]:
    """Each match as its person: a linked account's own record (status `linked`, holding only
    its name) stands for the member it is linked to."""
    links = await _links(community, [m.key for m in matches if m.status == "linked"], linked)
    keys = list(dict.fromkeys(links.get(m.key, m.key) for m in matches))
    found = {m.key: m for m in await Member.filter(community=community, key__in=keys)}
    return [found[key] for key in keys if key in found]


async def entries(community: str, member: str, limit: int) -> list[Entry]:
    """The member's latest `limit` ledger entries, newest first."""
    rows = (
        await LedgerEntry.filter(community=community, member=member)
        .order_by("-created_at", "-id")
        .limit(limit)
    )
    return [Entry(r.created_at, int(r.delta), r.reason, r.key, r.ref) for r in rows]


async def disagreements(community: str, member: str | None = None) -> dict[str, tuple[int, int]]:
    """Members (or the one `member`) whose balance is not their ledger's sum: key ->
    (balance, sum)."""
    only = {"member": member} if member is not None else {}
    sums = {
        str(row["member"]): int(row["total"] or 0)
        for row in await LedgerEntry.filter(community=community, **only)
        .annotate(total=Sum("delta"))
        .group_by("member")
        .values("member", "total")
    }
    keys = {"key": member} if member is not None else {}
    balances = {
        str(key): int(balance)
        for key, balance in await Member.filter(community=community, **keys).values_list(
            "key", "balance"
        )
    }
    return {
        key: (balances.get(key, 0), sums.get(key, 0))
        for key in sorted(set(sums) | set(balances))
        if balances.get(key, 0) != sums.get(key, 0)
    }
