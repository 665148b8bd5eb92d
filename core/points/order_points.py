"""下单: points for orders, by amount (`points.order_rates`: points per unit of a currency).

Every order counts, however it was recorded (/order, `groupops orders import`, a Telegram
Stars payment, a group-buy): a sweep every few minutes awards the orders not yet rewarded.
The ledger key `order:{community}:{reference}` is the order's own, so one order pays once
(and the daily cap of the `order` rule limits what a day's orders bring). A refunded payment
(a membership period marked refunded) earns nothing, and what it earned is taken back once; a
Stars payment held for the admins (core/paid/unmatched.py) earns only once a plan is granted."""

from __future__ import annotations

import math
from datetime import timedelta

from tortoise.expressions import Subquery

from ..engine import Component, Context, Recurring, component, on
from ..engine.filters import Filter, Jobs
from ..events import Event, JobDue
from ..money import money
from ..storage.models import LedgerEntry, MembershipPeriod, Order
from .config import PointsConfig
from .ledger import ref_of, reverse
from .limits import EarnState, grant

JOB = "points.orders"
CRON = "*/5 * * * *"
WINDOW = timedelta(days=30)  # orders older than this when first seen earn nothing


def order_key(community: str, reference: str) -> str:
    return f"order:{community}:{reference}"


# orders to reward, and awards to take back (member, points, ledger key)
Due = tuple[list[Order], list[tuple[str, int, str]]]


@component
class OrderPoints(Component[Due]):
    name = "order_points"
    section = "points"
    order = 47
    events = (JobDue,)
    slices = (EarnState,)
    config: PointsConfig

    def recurring(self):
        return [Recurring(JOB, CRON)] if self.config.order_rates else []

    def preparing(self) -> Filter:
        return Jobs(JOB)

    async def prepare(self, event: Event, ctx: Context) -> Due | None:
        if not isinstance(event, JobDue) or event.job != JOB:
            return None
        community, since = ctx.community.name, event.time - WINDOW
        paid = set(
            await LedgerEntry.filter(
                community=community, reason="order", created_at__gte=since - WINDOW
            ).values_list("key", flat=True)
        )
        # a held Stars payment is no sale until a plan is granted with it: it waits till then
        held = Subquery(Order.held(community).values("id"))
        orders = await (
            Order.filter(community=community, created_at__gte=since)
            .exclude(id__in=held)
            .order_by("id")
        )
        # a refunded payment earns nothing, and what it earned before is taken back, once
        refunded = set(
            await MembershipPeriod.filter(
                community=community, status="refunded", created_at__gte=since - WINDOW
            ).values_list("reference", flat=True)
        )
        keys = [order_key(community, str(reference)) for reference in refunded]
        earned = await LedgerEntry.filter(community=community, key__in=keys).values_list(
            "key", "member", "delta"
        )
        undone = set(
            await LedgerEntry.filter(
                community=community, key__in=[f"reverse:{key}" for key, _, _ in earned]
            ).values_list("key", flat=True)
        )
        return (
            [
                o
                for o in orders
                if order_key(community, o.reference) not in paid and o.reference not in refunded
            ],
            [(m, int(d), k) for k, m, d in earned if f"reverse:{k}" not in undone],
        )

    @on(Jobs(JOB))
    def reward(self, event: Event, ctx: Context) -> None:
        orders, take_back = self.prepared(ctx) or ([], [])
        for member_key, points, key in take_back:
            reverse(ctx, ctx.member(member_key), points, key, "revoke", ref_of(refunded=key))
        for order in orders:
            rate = self.config.order_rates.get(order.currency.upper(), 0.0)
            points = math.floor(float(order.amount) * rate)
            if points <= 0:
                continue
            member = ctx.member(order.member)
            ref = ref_of(order=order.reference, amount=money(order.amount, order.currency))
            key = order_key(ctx.community.name, order.reference)
            grant(ctx, self.config, "order", member, key, ref=ref, points=points)
