"""What groupops stores about one member of one community, as a JSON-ready document: the
profile and counters, linked accounts, the points ledger, warnings, orders, coupons,
redemptions, check-ins, activity days, joins and leaves, join questions, campaign entries,
referrals, honours, paid memberships and the log's entries about them and by them. Read in a
command's `prepare` (it is I/O), rendered by the handler."""

from __future__ import annotations

import json
from datetime import datetime
from decimal import Decimal
from typing import Any

from ..engine.state import MemberState
from ..money import amount_text
from ..storage.models import (
    AccountLink,
    ActivityDay,
    AuditEntry,
    CampaignEntry,
    Checkin,
    Coupon,
    Honour,
    JoinChallenge,
    LedgerEntry,
    MembershipMove,
    MembershipPeriod,
    Order,
    PaidMembership,
    Redemption,
    Referral,
    WarningRow,
)

# table -> (model, the member's column, columns exported): every row keyed by the member in
# the community. What names someone else (who acted on them, whom they invited) is left out.
TABLES: dict[str, tuple[Any, str, tuple[str, ...]]] = {
    "points_ledger": (LedgerEntry, "member", ("delta", "reason", "ref", "created_at")),
    "warnings": (WarningRow, "member", ("rule", "created_at", "cleared_at")),
    "orders": (Order, "member",
               ("amount", "currency", "reference", "source", "plan", "created_at")),
    "coupons": (Coupon, "member",
                ("code", "title", "status", "issued_at", "expires_at", "redeemed_at")),
    "redemptions": (Redemption, "member", ("item", "cost", "status", "created_at")),
    "checkins": (Checkin, "member", ("day", "created_at")),
    "activity_days": (ActivityDay, "member", ("day", "messages", "last_at")),
    "joins_and_leaves": (MembershipMove, "member", ("chat", "kind", "at")),
    "join_questions": (JoinChallenge, "member", ("chat", "mode", "status", "created_at")),
    "campaign_entries": (CampaignEntry, "member", ("campaign", "status", "created_at")),
    "invited_by_you": (Referral, "inviter", ("joined_at", "status", "settled_at")),
    "your_invitation": (Referral, "invitee", ("joined_at", "status", "settled_at")),
    "honours": (Honour, "member", ("month", "title", "score", "created_at")),
    "paid_memberships": (PaidMembership, "member",
                         ("plan", "status", "started_at", "expires_at", "ended_at")),
    "paid_periods": (MembershipPeriod, "member", ("plan", "kind", "reference", "amount",
                     "currency", "starts_at", "ends_at", "status")),
    # the log's entries about them (moderation, captcha, payments), what they wrote as evidence
    "log_entries": (AuditEntry, "target",
                    ("action", "rule", "evidence", "outcome", "created_at", "undone_at")),
    # and what they did (a report they filed): not whom it named, nor what that one wrote
    "log_entries_by_you": (AuditEntry, "actor", ("action", "rule", "outcome", "created_at")),
}  # fmt: skip
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
    for table, (model, column, columns) in TABLES.items():
        fields = [c for c in columns if c in model._meta.fields_map]  # noqa: SLF001 - tortoise's model metadata
        mine = model.filter(community=community, **{column: key})
        rows = await mine.order_by("created_at" if model is AuditEntry else "id").values(*fields)
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
