"""A community's paid memberships in memory (the engine's slice) and the rows they write.

A payment (a Stars charge, an order) buys one period; its reference is recorded once, so the
same payment delivered twice extends nothing, whatever became of it since (held, granted,
refunded)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any, NamedTuple

from ..engine import Context, Slice
from ..money import amount_text
from ..storage.models import MembershipPeriod, Order, PaidMembership
from ..storage.statements import insert, update, upsert
from .asked import asked_back


class MembershipRow(NamedTuple):
    community: str
    member: str
    plan: str
    status: str
    started_at: datetime
    expires_at: datetime
    renewals: int
    ended_at: datetime | None


class PeriodRow(NamedTuple):
    community: str
    member: str
    plan: str
    kind: str
    reference: str
    source: str
    amount: Any  # a string on SQLite, a Decimal on PostgreSQL
    currency: str
    starts_at: datetime
    ends_at: datetime
    status: str
    created_at: datetime


class PeriodRefunded(NamedTuple):
    status: str
    community: str
    reference: str


MEMBERSHIP_UPSERT = upsert(
    "paid_memberships",
    MembershipRow,
    key=("community", "member", "plan"),
    update=("status", "started_at", "expires_at", "renewals", "ended_at"),
)
PERIOD_INSERT = insert("membership_periods", PeriodRow, unique=("community", "reference"))
HELD = "held"  # a period's kind for a refunded payment that bought nothing
PERIOD_REFUNDED = update("membership_periods", PeriodRefunded, key=("community", "reference"))


@dataclass(slots=True)
class Membership:
    member: str
    plan: str
    status: str
    started_at: datetime
    expires_at: datetime
    renewals: int = 0
    ended_at: datetime | None = None

    def active(self, now: datetime) -> bool:
        return self.status == "active" and now < self.expires_at


@dataclass(slots=True)
class Payment:
    """A paid period still standing: what a refund of `reference` undoes."""

    member: str
    plan: str
    reference: str
    source: str
    period: timedelta
    amount: Decimal  # what was paid (the audit log's refund entries say it)
    currency: str
    starts_at: datetime  # the stretch of membership it paid for
    ends_at: datetime


@dataclass(slots=True)
class Held:
    """A Stars payment no plan accounted for (see unmatched.py): the admins refund it or grant
    a plan with it."""

    member: str
    plan: str  # the plan its invoice named, "" if none
    amount: Decimal
    currency: str


class StarsPaid(NamedTuple):
    """One of a member's Stars payments, whatever became of it (standing, held, refunded)."""

    charge: str
    plan: str
    amount: Decimal
    currency: str


def paid_detail(charge: str, amount: Decimal, currency: str) -> dict[str, str]:
    """A payment as the audit log's entries about it keep it: which charge, how much."""
    return {"charge": charge, "amount": amount_text(amount, currency), "currency": currency}


@dataclass(slots=True)
class Memberships:
    by_key: dict[tuple[str, str], Membership] = field(default_factory=dict)  # (member, plan)
    payments: dict[str, Payment] = field(default_factory=dict)  # reference -> payment
    held: dict[str, Held] = field(default_factory=dict)  # charge -> a payment matching no plan
    refunded: set[str] = field(default_factory=set)  # references given back
    stars: dict[str, list[StarsPaid]] = field(default_factory=dict)  # member -> in order paid
    # charges /refundstars asked back, until the platform confirms or refuses (a refund made
    # elsewhere, by the platform's support, is told to the admins: elsewhere.py); read back
    # from the audit log on load (asked.py), so a confirmation after a restart is known
    requested: set[str] = field(default_factory=set)

    def known(self, reference: str) -> bool:
        """Recorded before: standing, held or refunded (a delivery of it again is a duplicate)."""
        return reference in self.payments or reference in self.held or reference in self.refunded

    def paid_in_stars(self, member: str, paid: StarsPaid) -> None:
        """A Stars payment of `member`, held or bought (a held one granted: its plan now)."""
        mine = self.stars.setdefault(member, [])
        at = next((i for i, p in enumerate(mine) if p.charge == paid.charge), None)
        if at is None:
            mine.append(paid)
        else:
            mine[at] = paid

    def get(self, member: str, plan: str) -> Membership | None:
        return self.by_key.get((member, plan))

    def of(self, member: str) -> list[Membership]:
        return [m for (who, _), m in self.by_key.items() if who == member]

    def active_in(self, member: str, plans: tuple[str, ...], now: datetime) -> Membership | None:
        return next(
            (m for p in plans if (m := self.by_key.get((member, p))) and m.active(now)), None
        )

    def refund_held(self, ctx: Context, charge: str) -> Held | None:
        """A held payment given back: a refunded period of nothing (kind `held`) marks its
        order refunded, as for any refunded payment (tiers, points, conversion leave it out)."""
        held = self.held.pop(charge, None)
        if held is not None:
            self.refunded.add(charge)
            money: Any = str(held.amount) if ctx.dialect == "sqlite" else held.amount
            now = ctx.now
            row = PeriodRow(ctx.community.name, held.member, held.plan, HELD, charge, "stars",
                            money, held.currency, now, now, "refunded", now)  # fmt: skip
            ctx.write(PERIOD_INSERT, row)
        return held

    def save(self, ctx: Context, membership: Membership) -> None:
        self.by_key[(membership.member, membership.plan)] = membership
        ctx.write(
            MEMBERSHIP_UPSERT,
            MembershipRow(
                ctx.community.name,
                membership.member,
                membership.plan,
                membership.status,
                membership.started_at,
                membership.expires_at,
                membership.renewals,
                membership.ended_at,
            ),
        )

    def record_period(
        self,
        ctx: Context,
        membership: Membership,
        kind: str,
        payment: Payment,
        amount: Decimal,
        currency: str,
        starts_at: datetime,
        paid_at: datetime,
    ) -> None:
        self.payments[payment.reference] = payment
        money: Any = str(amount) if ctx.dialect == "sqlite" else amount
        ctx.write(
            PERIOD_INSERT,
            PeriodRow(
                ctx.community.name,
                membership.member,
                membership.plan,
                kind,
                payment.reference,
                payment.source,
                money,
                currency,
                starts_at,
                membership.expires_at,
                "paid",
                paid_at,  # when the revenue counts
            ),
        )

    def refund(self, ctx: Context, reference: str) -> Payment | None:
        payment = self.payments.pop(reference, None)
        if payment is not None:
            self.refunded.add(reference)
            ctx.write(PERIOD_REFUNDED, PeriodRefunded("refunded", ctx.community.name, reference))
        return payment


class MembershipSlice(Slice[Memberships]):
    name = "paid_memberships"

    @classmethod
    async def load(cls, community: str, database: Any) -> Memberships:
        state = Memberships()
        for row in await PaidMembership.filter(community=community):
            state.by_key[(row.member, row.plan)] = Membership(
                member=row.member,
                plan=row.plan,
                status=row.status,
                started_at=row.started_at,
                expires_at=row.expires_at,
                renewals=row.renewals,
                ended_at=row.ended_at,
            )
        periods = MembershipPeriod.filter(community=community, status="paid").order_by("id")
        for period in await periods:
            state.payments[period.reference] = Payment(
                period.member,
                period.plan,
                period.reference,
                period.source,
                period.ends_at - period.starts_at,
                Decimal(period.amount),
                period.currency,
                period.starts_at,
                period.ends_at,
            )
        given_back = MembershipPeriod.filter(community=community, status="refunded")
        state.refunded = {str(r) for r in await given_back.values_list("reference", flat=True)}
        for order in await Order.held(community).order_by("id"):
            state.held[order.reference] = Held(
                order.member, order.plan or "", Decimal(order.amount), order.currency
            )
        periods = MembershipPeriod.filter(community=community)
        plans = dict(await periods.values_list("reference", "plan"))
        for order in await Order.filter(community=community, source="stars").order_by("id"):
            plan = plans.get(order.reference) or order.plan or ""
            paid = StarsPaid(order.reference, plan, Decimal(order.amount), order.currency)
            state.stars.setdefault(order.member, []).append(paid)
        standing = {c: p.member for c, p in state.payments.items() if p.source == "stars"}
        standing |= {charge: held.member for charge, held in state.held.items()}
        state.requested = await asked_back(community, standing)
        return state


def holds_plan_for(ctx: Context, chat: str, member: str) -> bool:
    """`member` (a member key) holds an active plan that opens `chat`: the paid chat's own gate
    let them in, so the join captcha does not ask them as it asks a stranger."""
    config = getattr(ctx.ruleset, "paid", None)
    state: Memberships | None = ctx.community.slices.get(MembershipSlice)
    plans = config.plans_for(chat) if config is not None else ()
    return bool(plans) and state is not None and state.active_in(member, plans, ctx.now) is not None
