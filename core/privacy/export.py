"""What groupops stores about one member of one community, as a JSON-ready document: the
profile and counters, linked accounts, the points ledger, warnings, orders, coupons and
redemptions. Read in a command's `prepare` (it is I/O), rendered by the handler."""

from __future__ import annotations

import json
from datetime import datetime
from decimal import Decimal
from typing import Any

from ..engine.state import MemberState
from ..money import amount_text
from ..storage.models import AccountLink, Coupon, LedgerEntry, Order, Redemption, WarningRow

# table -> (model, columns exported), each row filtered by community and member key
TABLES: dict[str, tuple[Any, tuple[str, ...]]] = {
    "points_ledger": (LedgerEntry, ("delta", "reason", "ref", "created_at")),
    "warnings": (WarningRow, ("rule", "created_at", "cleared_at")),
    "orders": (Order, ("amount", "currency", "reference", "source", "plan", "created_at")),
    "coupons": (Coupon, ("code", "title", "status", "issued_at", "expires_at", "redeemed_at")),
    "redemptions": (Redemption, ("item", "cost", "status", "created_at")),
}
PROFILE = ("name", "locale", "status", "joined_at", "left_at", "last_message_at",
           "last_active_at", "messages", "balance", "tier", "consumption", "handle",
           "hint", "group")  # fmt: skip


async def export_of(
    community: str, key: str, accounts: list[str], member: MemberState | None, now: datetime
) -> dict[str, Any]:
    links = await AccountLink.filter(community=community, member=key).values_list("account")
    document: dict[str, Any] = {
        "community": community,
        "exported_at": now,
        "member": key,
        "accounts": sorted({*accounts, *(account for (account,) in links)}),
        "profile": {name: getattr(member, name) for name in PROFILE} if member else None,
    }
    for table, (model, columns) in TABLES.items():
        fields = [c for c in columns if c in model._meta.fields_map]  # noqa: SLF001 - tortoise's model metadata
        rows = await model.filter(community=community, member=key).order_by("id").values(*fields)
        for row in rows:  # Stars whole (750, not the decimal column's 750.00)
            if "amount" in row and "currency" in row:
                row["amount"] = amount_text(row["amount"], row["currency"])
        document[table] = rows
    return document


def _plain(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return str(value)


def as_json(document: dict[str, Any]) -> str:
    return json.dumps(document, ensure_ascii=False, indent=1, default=_plain)
