"""How a ledger entry's reason reads to members."""

from __future__ import annotations

from ..segments import I18nText, T

REASONS: dict[str, I18nText] = {
    "checkin": T("daily check-in"),
    "answer": T("helpful answer"),
    "share": T("valuable share"),
    "invite": T("invited a member"),
    "organize": T("organised an event"),
    "speak": T("took part in the conversation"),
    "order": T("placed an order"),
    "give": T("given by an admin"),
    "take": T("taken by an admin"),
    "redeem": T("shop redemption"),
    "refund": T("refunded redemption"),
    "revoke": T("revoked award"),
    "link": T("merged from a linked account"),
}


def reason_label(reason: str) -> I18nText | str:
    return REASONS.get(reason, reason)
