"""Coupons: personal codes given as rewards (a challenge, a shop item, an admin), used once."""

from tortoise import fields

from .base import Model


class Coupon(Model):
    """`cause` names why it was given (`challenge:club:week7:telegram:user:42`): one coupon
    per cause. `status`: issued, then redeemed (by an admin's /usecoupon or an imported
    order, `redeemed_ref` naming it); past `expires_at` an issued coupon is no longer valid."""

    id = fields.BigIntField(primary_key=True)
    community = fields.CharField(max_length=64)
    code = fields.CharField(max_length=32)
    member = fields.CharField(max_length=191)
    title = fields.CharField(max_length=191)  # what it is worth ("10 元 off the next order")
    cause = fields.CharField(max_length=191)
    status = fields.CharField(max_length=16, default="issued")
    issued_at = fields.DatetimeField()
    expires_at = fields.DatetimeField(null=True)
    redeemed_at = fields.DatetimeField(null=True)
    redeemed_ref = fields.CharField(max_length=191, default="")

    class Meta:
        table = "coupons"
        unique_together = (("community", "code"), ("community", "cause"))
        indexes = (("community", "member"),)
