from __future__ import annotations

from typing import Any

from tortoise import fields
from tortoise.expressions import Subquery
from tortoise.queryset import QuerySet

from .base import Model


class Order(Model):
    """A purchase by a member: used by consumption tiers and the conversion KPI.
    `reference` is the shop's own order id; the same reference is recorded once."""

    id = fields.BigIntField(primary_key=True)
    community = fields.CharField(max_length=64)
    member = fields.CharField(max_length=191)  # member key
    amount = fields.DecimalField(max_digits=14, decimal_places=2)
    currency = fields.CharField(max_length=8, default="CNY")
    reference = fields.CharField(max_length=191)
    source = fields.CharField(max_length=32, default="")  # command, api, import, group_buy, ...
    created_at = fields.DatetimeField()
    # The paid plan the order buys (`groupops orders import` with a plan column); the
    # running engine starts or extends the membership from it, once.
    plan = fields.CharField(max_length=32, null=True)

    @classmethod
    def kept(cls, community: str, **filters: Any) -> QuerySet[Order]:
        """The community's orders but those refunded (a Stars payment given back marks the
        membership period it bought refunded) and those held: tiers, segments and conversion
        count these, as the revenue counts the periods paid."""
        from .paid import MembershipPeriod

        refunded = MembershipPeriod.filter(community=community, status="refunded")
        return (
            cls.filter(community=community, **filters)
            .exclude(reference__in=Subquery(refunded.values("reference")))
            .exclude(id__in=Subquery(cls.held(community).values("id")))
        )

    @classmethod
    def held(cls, community: str, **filters: Any) -> QuerySet[Order]:
        """Stars payments no plan accounted for (core/paid/unmatched.py: a forged one, one in
        another currency, one for a plan gone), kept but no sale until a plan is granted with
        one: no membership period records them until then."""
        from .paid import MembershipPeriod

        counted = MembershipPeriod.filter(community=community).values("reference")
        return cls.filter(community=community, source="stars", **filters).exclude(
            reference__in=Subquery(counted)
        )

    class Meta:
        table = "orders"
        unique_together = (("community", "reference"),)
        indexes = (("community", "member"), ("community", "created_at"))
