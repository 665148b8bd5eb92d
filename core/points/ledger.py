"""The points ledger: append-only entries, each with an idempotency key naming its cause.

`ctx.award` writes an entry and moves the balance in the event's transaction. Spending goes
through `spend`, which checks the balance the engine holds and asks the database to refuse the
commit if the balance it holds is short (another worker spent it first); corrections are new
entries that reverse old ones, never edits.
"""

from __future__ import annotations

from collections.abc import Mapping

from ..engine import Context, MemberState
from ..storage.models import LedgerEntry


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
    ctx.award(member, -cost, reason, key, ref, floor=0)
    return True


def reverse(
    ctx: Context, member: MemberState, delta: int, key: str, reason: str, ref: str = ""
) -> None:
    """Undo the entry with `key` (of `delta` points) by a reversing entry, at most once."""
    ctx.award(member, -delta, reason, f"reverse:{key}", ref or ref_of(reverses=key))


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
