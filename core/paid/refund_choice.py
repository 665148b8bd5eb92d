"""Which Stars payment `/refundstars @member [PLAN]` gives back: the member's last one, once.
Asked again after it was given back (an admin unsure the first went through, or retrying a
refusal that did go through later), it gives back nothing more: it says that payment was
refunded already and lists the member's earlier charges still standing, for the admin to name
the one meant (`/refundstars CHARGE`)."""

from __future__ import annotations

from ..engine import Context
from ..money import amount_text
from ..segments import I18nText, T, Text
from .store import Memberships, StarsPaid


def last_paid(state: Memberships, member: str, plan: str | None) -> StarsPaid | None:
    """The member's last Stars payment (of `plan`, if named), whatever became of it."""
    mine = [p for p in state.stars.get(member, ()) if plan is None or p.plan == plan]
    return mine[-1] if mine else None


def refunded_already(
    ctx: Context, state: Memberships, name: str, member: str, last: StarsPaid, plan: str | None
) -> tuple[I18nText | Text, ...]:
    """The answer when the last payment was given back: which, and the charges left to name."""
    said: tuple[I18nText | Text, ...] = (
        T(
            "{name}'s last Stars payment, {charge} ({amount} {currency}), was refunded already.",
            name=name,
            charge=last.charge,
            amount=amount_text(last.amount, last.currency),
            currency=last.currency,
        ),
    )
    standing = [
        p
        for p in reversed(state.stars.get(member, ()))
        if (plan is None or p.plan == plan) and _refundable(state, p.charge)
    ]
    if not standing:
        return said
    charges = ", ".join(
        f"/refundstars {p.charge} ({amount_text(p.amount, p.currency)} {p.currency})"
        for p in standing
    )
    return (*said, Text(" "), T("To give back an earlier one, name its charge: {charges}.",
                                charges=charges))  # fmt: skip


def _refundable(state: Memberships, charge: str) -> bool:
    paid = state.payments.get(charge)
    return charge in state.held or (paid is not None and paid.source == "stars")


def refund_refused(state: Memberships, charge: str, reason: str) -> I18nText:
    """The answer when the platform refused a refund: which payment, and the platform's words."""
    paid = state.payments.get(charge) or state.held.get(charge)
    if paid is None:  # given back meanwhile, or unknown here: the platform's words alone
        return T("The refund of {charge} failed: {reason}", charge=charge, reason=reason)
    return T(
        "The refund of {amount} {currency} ({charge}) failed: {reason}",
        amount=amount_text(paid.amount, paid.currency),
        currency=paid.currency,
        charge=charge,
        reason=reason,
    )
