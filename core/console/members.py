"""What the members pages read: a search by name or id across the communities one may see
(platform accounts and linked identities alike), and one member's record: points, tier,
warnings, ledger, orders and check-in streak."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from tortoise.expressions import Q

from ..days import streak_ending
from ..i18n.direction import HIDDEN, defused
from ..segments import T
from ..storage.models import AccountLink, Checkin, LedgerEntry, Member, Order, WarningRow

LEDGER_SHOWN = 50
STATUS_NAMES = {
    "member": T("in the group"),
    "left": T("left the group"),
    "banned": T("banned from the group"),
    "unbanned": T("left the group"),  # a ban lifted: out of the group until they come back
    # a linked account's own record: its name only; the member is kept under the first account
    "linked": T("linked to another account"),
}


async def search(
    query: str, communities: list[str], offset: int = 0, limit: int = 25
) -> tuple[list[Member], int]:
    """One page of the members whose name or key holds `query`, or who own an account linked
    to one that does (a WeChat id finds the member kept under their Telegram account), the
    most recently active first; and how many there are in all."""
    query = query.strip()
    rows = Member.filter(community__in=communities)
    if query:
        linked = await AccountLink.filter(
            community__in=communities, account__icontains=query
        ).values_list("member", flat=True)
        found = Q(key__icontains=query)
        # SQLite's LIKE folds only ASCII letters: MÜLLER finds Müller through its other cases
        for variant in dict.fromkeys((query, query.lower(), query.upper(), query.title())):
            found |= Q(name__icontains=variant)
        if linked:
            found |= Q(key__in=sorted({str(key) for key in linked}))
        for community, key in await _found_as_shown(query, communities):
            found |= Q(community=community, key=key)
        rows = rows.filter(found)
    total = await rows.count()
    shown = await rows.order_by("-last_active_at", "community", "key").offset(offset).limit(limit)
    return list(shown), total


async def _found_as_shown(query: str, communities: list[str]) -> list[tuple[str, str]]:
    """(community, key) of the members whose name holds `query` as the console shows it:
    `Eve\u202egnp.exe` is shown, and found, as `Evegnp.exe`. Only names holding a character
    the page drops are read (few), so the database still does the common search."""
    hiding = Q()
    for mark in HIDDEN:
        hiding |= Q(name__contains=mark)
    wanted = defused(query).casefold()
    named = await Member.filter(hiding, community__in=communities).values_list(
        "community", "key", "name"
    )
    return [(c, k) for c, k, name in named if wanted in defused(name or "").casefold()]


@dataclass(slots=True)
class MemberRecord:
    member: Member
    accounts: list[str] = field(default_factory=list)
    warnings: list[WarningRow] = field(default_factory=list)
    ledger: list[LedgerEntry] = field(default_factory=list)
    orders: list[Order] = field(default_factory=list)
    streak: int = 0
    checkins: int = 0
    ledger_total: int = 0


async def record(
    settings: Any, community: str, key: str, now: datetime, ledger_offset: int = 0,
    ledger_limit: int = LEDGER_SHOWN,
) -> MemberRecord | None:  # fmt: skip
    """The member's record with one page of their ledger, newest first."""
    member = await Member.get_or_none(community=community, key=key)
    if member is None:
        return None
    found = MemberRecord(member)
    links = await AccountLink.filter(community=community, member=key).values_list(
        "account", flat=True
    )
    configured = [
        account
        for group in settings.communities[community].linked_accounts
        if key in group
        for account in group
    ]
    found.accounts = sorted({key, *(str(link) for link in links), *configured})
    found.warnings = await WarningRow.filter(
        community=community, member=key, cleared_at=None
    ).order_by("-created_at")
    ledger = LedgerEntry.filter(community=community, member=key)
    found.ledger_total = await ledger.count()
    found.ledger = (
        await ledger.order_by("-created_at", "-id").offset(ledger_offset).limit(ledger_limit)
    )
    found.orders = await Order.filter(community=community, member=key).order_by("-created_at")
    rows: list[Any] = await Checkin.filter(community=community, member=key).values_list(
        "day", flat=True
    )
    days: set[date] = set(rows)
    found.checkins = len(days)
    if days:
        found.streak = streak_ending(days, max(days))  # the run up to the latest check-in
    return found


async def names_of(keys: Iterable[tuple[str, str]]) -> dict[tuple[str, str], str]:
    """The names the console knows for (community, member key) pairs (the audit log's members
    and actors); a key it does not know, or a member without a name, is left out."""
    wanted = {(community, key) for community, key in keys if ":" in key}
    found: dict[tuple[str, str], str] = {}
    for community in {community for community, _ in wanted}:
        keys_here = [key for c, key in wanted if c == community]
        rows = await Member.filter(community=community, key__in=keys_here).values_list(
            "key", "name"
        )
        found.update({(community, key): name for key, name in rows if name})
    return found
