"""Imported orders that name a plan. One whose period ended before it was imported (a shop's
order history): its period is recorded, so the revenue and the figures (started, lapsed,
churn) count it in its months, and nothing else happens: no membership starts, nobody is told,
removed from the paid chats or announced there. Starting it would end it at once, messaging
every former customer. One still running starts or extends the membership from its time, and
the member is told, as a Stars payer is thanked."""

from __future__ import annotations

from decimal import Decimal

from ..engine import Context
from ..segments import T
from ..storage.models import Order
from . import lifecycle
from .config import PaidConfig, Plan
from .store import Membership, Memberships, MembershipSlice, Payment
from .telling import readable_group, tell_member


def record_past(ctx: Context, plan: Plan, order: Order) -> None:
    """The period of an order already over, from its time: a renewal where it began inside an
    earlier period of the plan (the figures join the two into one stretch), else a start."""
    member, plan_name, reference = order.member, order.plan or "", order.reference
    amount, currency, paid_at = Decimal(order.amount), order.currency, order.created_at
    state: Memberships = ctx.slice(MembershipSlice)
    ends_at = paid_at + plan.period
    renewing = any(
        (p.member, p.plan) == (member, plan_name) and p.starts_at <= paid_at < p.ends_at
        for p in state.payments.values()
    )
    payment = Payment(member, plan_name, reference, "order", plan.period, amount, currency,
                      paid_at, ends_at)  # fmt: skip
    # the period's row, not the membership's: that one is the member's current plan, if any
    period = Membership(member, plan_name, "lapsed", paid_at, ends_at)
    kind = "renew" if renewing else "start"
    state.record_period(ctx, period, kind, payment, amount, currency, paid_at, paid_at)


def start_running(ctx: Context, config: PaidConfig, plan: Plan, order: Order) -> None:
    """The membership of an order still running, from its time; its member told what it
    bought (the personal link follows, once made)."""
    plan_name = order.plan or ""
    membership = lifecycle.buy(ctx, config, order.member, plan_name, order.reference, "order",
                               Decimal(order.amount), order.currency,
                               paid_at=order.created_at)  # fmt: skip
    if membership is None or membership.expires_at <= ctx.now:
        return
    said = T("Order {reference} is counted: your {plan} membership runs until {date}.",
             reference=order.reference, plan=lifecycle.plan_title(plan_name, plan),
             date=membership.expires_at)  # fmt: skip
    tell_member(ctx, order.member, said, readable_group(ctx, config, order.member))
