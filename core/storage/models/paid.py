"""Rows of paid memberships: one per member and plan (its current state) and one per paid
period (a start or a renewal, keyed by the payment that bought it)."""

from tortoise import fields

from .base import Model


class PaidMembership(Model):
    """A member's plan: active until `expires_at`; then lapsed, or refunded."""

    id = fields.BigIntField(primary_key=True)
    community = fields.CharField(max_length=64)
    member = fields.CharField(max_length=191)
    plan = fields.CharField(max_length=32)
    status = fields.CharField(max_length=16, default="active")  # active, lapsed, refunded
    started_at = fields.DatetimeField()
    expires_at = fields.DatetimeField()
    renewals = fields.IntField(default=0)
    ended_at = fields.DatetimeField(null=True)

    class Meta:
        table = "paid_memberships"
        unique_together = (("community", "member", "plan"),)


class MembershipPeriod(Model):
    """One bought period: `kind` start or renew; `reference` the payment (a Telegram Stars
    charge, an order's reference), recorded once; `status` paid or refunded."""

    id = fields.BigIntField(primary_key=True)
    community = fields.CharField(max_length=64)
    member = fields.CharField(max_length=191)
    plan = fields.CharField(max_length=32)
    kind = fields.CharField(max_length=8)
    reference = fields.CharField(max_length=191)
    source = fields.CharField(max_length=16)  # stars, order, command
    amount = fields.DecimalField(max_digits=14, decimal_places=2)
    currency = fields.CharField(max_length=8)
    starts_at = fields.DatetimeField()
    ends_at = fields.DatetimeField()
    status = fields.CharField(max_length=16, default="paid")
    created_at = fields.DatetimeField()

    class Meta:
        table = "membership_periods"
        unique_together = (("community", "reference"),)
        indexes = (("community", "created_at"),)
