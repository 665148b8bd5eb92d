"""A member's pending `/forgetme`: asked, not yet confirmed. Kept in the database so the
confirmation survives a restart and reaches whichever worker handles it."""

from tortoise import fields

from .base import Model


class ForgetRequest(Model):
    community = fields.CharField(max_length=64)
    member = fields.CharField(max_length=191)
    asked_at = fields.DatetimeField()  # `/forgetme confirm` counts within ten minutes of it

    class Meta:
        table = "forget_requests"
        unique_together = (("community", "member"),)
