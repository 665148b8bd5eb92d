"""下单: points for orders, by amount (`points.order_rates`: points per unit of a currency).

Every order counts, however it was recorded (/order, `groupops orders import`, a Telegram
Stars payment, a group-buy): a sweep every few minutes awards the orders not yet rewarded.
The ledger key `order:{community}:{reference}` is the order's own, so one order pays once
(and the daily cap of the `order` rule limits what a day's orders bring)."""

from __future__ import annotations

import math
from datetime import timedelta

from ..engine import Component, Context, Recurring, component
from ..events import Event, JobDue
from ..storage.models import LedgerEntry, Order
from .config import PointsConfig
from .ledger import ref_of
from .limits import EarnState, grant

JOB = "points.orders"
CRON = "*/5 * * * *"
WINDOW = timedelta(days=30)  # orders older than this when first seen earn nothing


def order_key(community: str, reference: str) -> str:
    return f"order:{community}:{reference}"


@component
class OrderPoints(Component):
    name = "order_points"
    section = "points"
    order = 47
    events = (JobDue,)
    slices = (EarnState,)
    config: PointsConfig

    def __init__(self, ruleset) -> None:
        super().__init__(ruleset)
        self._fetched: dict[str, list[Order]] = {}

    def recurring(self):
        return [Recurring(JOB, CRON)] if self.config.order_rates else []

    def prepares(self, kind: type[Event], owns_command: bool) -> bool:
        return kind is JobDue

    async def prepare(self, event: Event, ctx: Context) -> None:
        if not isinstance(event, JobDue) or event.job != JOB:
            return
        community, since = ctx.community.name, event.time - WINDOW
        paid = set(
            await LedgerEntry.filter(
                community=community, reason="order", created_at__gte=since - WINDOW
            ).values_list("key", flat=True)
        )
        orders = await Order.filter(community=community, created_at__gte=since).order_by("id")
        self._fetched[event.key] = [
            o for o in orders if order_key(community, o.reference) not in paid
        ]

    def handle(self, event: Event, ctx: Context) -> None:
        if not isinstance(event, JobDue) or event.job != JOB:
            return
        for order in self._fetched.pop(event.key, []):
            rate = self.config.order_rates.get(order.currency.upper(), 0.0)
            points = math.floor(float(order.amount) * rate)
            if points <= 0:
                continue
            member = ctx.member(order.member)
            ref = ref_of(order=order.reference, amount=f"{order.amount} {order.currency}")
            key = order_key(ctx.community.name, order.reference)
            grant(ctx, self.config, "order", member, key, ref=ref, points=points)
