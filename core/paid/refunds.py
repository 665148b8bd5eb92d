"""A Stars payment given back takes back only the period it paid for: the membership then
ends where the periods still paid end, at once if that has passed; only a member with no paid
period left is removed."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import NamedTuple

from ..engine import Context
from ..segments import T
from ..storage.statements import update
from . import lifecycle
from .config import PaidConfig
from .store import Membership, Memberships, MembershipSlice, Payment, paid_detail
from .telling import tell_member

SHORTENED = "paid.period_refunded"  # the log's action: a period refunded, the membership kept


class PeriodMoved(NamedTuple):
    starts_at: datetime
    ends_at: datetime
    community: str
    reference: str


PERIOD_MOVED = update("membership_periods", PeriodMoved, key=("community", "reference"))


def take_back(ctx: Context, config: PaidConfig, payment: Payment, absent: frozenset[str]) -> None:
    """`payment`, refunded: its period leaves the member's current membership (the periods
    paid after it move up to close the gap, so the figures read the cover the member has)."""
    state: Memberships = ctx.slice(MembershipSlice)
    membership = state.get(payment.member, payment.plan)
    if membership is None or membership.status != "active":
        return
    detail = paid_detail(payment.reference, payment.amount, payment.currency)
    length = _length_in(payment, membership)
    if membership.expires_at - length <= ctx.now:  # nothing paid is left to run
        lifecycle.end(ctx, config, membership, "refunded", absent, detail)
        return
    for later in _paid_after(state, payment):
        later.starts_at, later.ends_at = later.starts_at - length, later.ends_at - length
        moved = PeriodMoved(later.starts_at, later.ends_at, ctx.community.name, later.reference)
        ctx.write(PERIOD_MOVED, moved)
    membership.expires_at -= length
    state.save(ctx, membership)
    lifecycle.arm(ctx, config, membership)  # the jobs of the old end find it moved: idle
    ctx.audit(SHORTENED, target=membership.member, evidence=membership.plan, detail=detail)
    plan = config.plans.get(membership.plan)
    title = lifecycle.plan_title(membership.plan, plan) if plan else membership.plan
    text = T(
        "Your {plan} payment was refunded; your membership now runs until {date}.",
        plan=title,
        date=membership.expires_at,
    )
    tell_member(ctx, membership.member, text, None)  # a refund is the member's business


def _length_in(payment: Payment, membership: Membership) -> timedelta:
    """How much of the current membership the payment paid for: none for a period of an
    earlier membership, one that had lapsed before this one began."""
    if payment.ends_at <= membership.started_at:
        return timedelta(0)
    return payment.ends_at - max(payment.starts_at, membership.started_at)


def _paid_after(state: Memberships, refunded: Payment) -> list[Payment]:
    return [
        p
        for p in state.payments.values()
        if (p.member, p.plan) == (refunded.member, refunded.plan)
        and p.starts_at >= refunded.ends_at
    ]
