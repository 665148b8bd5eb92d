"""Who a member is across communities and platforms.

A federation spans communities, so an identity is every account linked to the one that spoke:
every community's `linked_accounts` in the settings, this community's account table and the
`/link`s made in any community (two hops: an account linked here and another linked elsewhere
meet).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tortoise.expressions import Q

from ..refs import Ref
from ..storage.models import AccountLink, Member

if TYPE_CHECKING:
    from ..engine import Context

HOPS = 2


async def identity_of(ctx: Context, account: str) -> frozenset[str]:
    """The account and every account linked to it, as reference strings."""
    accounts = {str(account)}
    for community in ctx.settings.communities.values():  # links named in settings
        for group in community.linked_accounts:
            if account in group:
                accounts.update(str(a) for a in group)
    key = ctx.community.member_key(account)
    accounts.add(key)
    accounts.update(a for a, k in ctx.community.accounts.items() if k == key)
    for _ in range(HOPS):
        rows = await AccountLink.filter(
            Q(account__in=list(accounts)) | Q(member__in=list(accounts))
        ).values_list("account", "member")
        grown = accounts | {a for a, _ in rows} | {m for _, m in rows}
        if grown == accounts:
            break
        accounts = grown
    return frozenset(accounts)


def ordered(accounts: frozenset[str], first: str) -> list[Ref]:
    """The accounts with the named one first, then by platform: a stable order for ids."""
    rest = sorted(a for a in accounts if a != first)
    return [Ref(first), *(Ref(a) for a in rest)]


async def names_of(ctx: Context, accounts: list[str]) -> dict[str, str]:
    """Display names for accounts of any community: this one's memory first (it is
    authoritative here), then what the other communities recorded."""
    names: dict[str, str] = {}
    for account in accounts:
        member = ctx.peek_member(account)
        if member is not None and member.name:
            names[account] = member.name
    missing = [a for a in accounts if a not in names]
    if missing:
        rows = await Member.filter(key__in=missing).exclude(name="").values_list("key", "name")
        for key, name in rows:
            names.setdefault(key, name)
    return names
