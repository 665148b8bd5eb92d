"""Every ledger reason: how it reads to members, and whether it is points earned.

One table: the leaderboard counts the earning reasons (and the corrections of earned points);
spends, their refunds, admin takes and points moved between linked accounts rank nobody.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..segments import I18nText, T


@dataclass(frozen=True, slots=True)
class Reason:
    label: I18nText
    ranks: bool  # counted on /top: earned points, or a correction of earned points


REASONS: dict[str, Reason] = {
    "checkin": Reason(T("daily check-in"), ranks=True),
    "answer": Reason(T("helpful answer"), ranks=True),
    "share": Reason(T("valuable share"), ranks=True),
    "invite": Reason(T("invited a member"), ranks=True),
    "organize": Reason(T("organised an event"), ranks=True),
    "speak": Reason(T("took part in the conversation"), ranks=True),
    "order": Reason(T("placed an order"), ranks=True),
    "give": Reason(T("given by an admin"), ranks=True),
    "bonus": Reason(T("campaign bonus"), ranks=True),
    "challenge": Reason(T("challenge reward"), ranks=True),
    # an order's points taken back when the order is refunded, a message's when moderation
    # deletes it: the earning undone
    "revoke": Reason(T("revoked award"), ranks=True),
    "take": Reason(T("taken by an admin"), ranks=False),
    "redeem": Reason(T("shop redemption"), ranks=False),
    "refund": Reason(T("refunded redemption"), ranks=False),
    "link": Reason(T("merged from a linked account"), ranks=False),
}

RANKED_REASONS = tuple(name for name, reason in REASONS.items() if reason.ranks)


def reason_label(reason: str) -> I18nText | str:
    known = REASONS.get(reason)
    return known.label if known is not None else reason
