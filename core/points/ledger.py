"""The points ledger: append-only entries, each with an idempotency key naming its cause.

`award` writes an entry and moves the balance in the event's transaction. Spending goes
through `spend`, which checks the balance the engine holds and asks the database to refuse the
commit if the balance it holds is short (another worker spent it first); corrections are new
entries that reverse old ones, never edits.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import NamedTuple

from ..engine import Context, MemberState
from ..storage.models import LedgerEntry
from ..storage.statements import insert, sql


class LedgerRow(NamedTuple):
    community: str
    member: str
    delta: int
    reason: str
    key: str
    ref: str
    created_at: datetime


class BalanceMove(NamedTuple):
    """`delta` moves the balance unless it would end below `floor`; `added` is `delta` again
    (the statement adds what it compared)."""

    delta: int
    floor: int
    added: int
    community: str
    member: str
    key: str


LEDGER_INSERT = insert("ledger", LedgerRow, unique=("key",))
# Moves a balance by a ledger entry's delta, in the entry's transaction, unless the entry's key
# is already in the ledger. When the result would fall below the floor (a spend larger than
# the balance the database holds) the CASE yields NULL and the NOT NULL column rejects the
# whole transaction: the engine then reloads the community and decides again.
BALANCE_MOVE = sql(
    "UPDATE members SET balance = CASE WHEN balance + ? >= ? THEN balance + ? END"
    " WHERE community = ? AND key = ? AND NOT EXISTS (SELECT 1 FROM ledger WHERE key = ?)",
    BalanceMove,
)
NO_FLOOR = -(2**62)


def award(
    ctx: Context,
    member: MemberState,
    delta: int,
    reason: str,
    key: str,
    ref: str = "",
    *,
    floor: int | None = None,
) -> None:
    """Add a ledger entry and move the balance with it, in the event's transaction.

    `key` names the cause (`checkin:{community}:{member}:{day}`): an entry whose key is
    already in the ledger moves nothing. With `floor`, the database refuses the commit if
    the balance it holds would end below it (see `spend`).
    """
    member.balance += delta
    ctx.touch(member)
    community = ctx.community.name
    low = NO_FLOOR if floor is None else floor
    ctx.write(BALANCE_MOVE, BalanceMove(delta, low, delta, community, member.key, key))
    ctx.write(LEDGER_INSERT, LedgerRow(community, member.key, delta, reason, key, ref, ctx.now))


def ref_of(**parts: object) -> str:
    """A reference naming what an entry is about: `msg=local:main/12;by=local:user:ann`."""
    return ";".join(f"{k}={v}" for k, v in parts.items() if v not in (None, ""))[:255]


def parse_ref(ref: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for part in ref.split(";"):
        name, sep, value = part.partition("=")
        if sep:
            out[name] = value
    return out


def spend(
    ctx: Context, member: MemberState, cost: int, reason: str, key: str, ref: str = ""
) -> bool:
    """Take `cost` points only if the member has them; False (and nothing written) if not."""
    if cost <= 0 or member.balance < cost:
        return False
    award(ctx, member, -cost, reason, key, ref, floor=0)
    return True


def reverse(
    ctx: Context, member: MemberState, delta: int, key: str, reason: str, ref: str = ""
) -> None:
    """Undo the entry with `key` (of `delta` points) by a reversing entry, at most once."""
    award(ctx, member, -delta, reason, f"reverse:{key}", ref or ref_of(reverses=key))


async def history(community: str, member: str, limit: int = 10) -> list[LedgerEntry]:
    return (
        await LedgerEntry.filter(community=community, member=member)
        .order_by("-created_at", "-id")
        .limit(limit)
    )


async def totals_by_reason(community: str) -> Mapping[str, int]:
    rows = await LedgerEntry.filter(community=community).values_list("reason", "delta")
    out: dict[str, int] = {}
    for reason, delta in rows:
        out[reason] = out.get(reason, 0) + int(delta)
    return out
