from tortoise import fields

from .base import Model


class ScheduledJob(Model):
    """A job due at a moment; recurring jobs arm their next occurrence when they fire."""

    id = fields.CharField(
        max_length=255, primary_key=True
    )  # `{community}:{job}:{due iso}` or a caller's key
    community = fields.CharField(max_length=64)
    job = fields.CharField(max_length=64)
    due_at = fields.DatetimeField()
    payload = fields.TextField(default="{}")
    policy = fields.CharField(
        max_length=8, default="late"
    )  # late: run when back; skip: drop if missed
    recurring = fields.CharField(
        max_length=64, default=""
    )  # cron expression in the community clock
    status = fields.CharField(max_length=16, default="pending")  # pending, done, skipped, cancelled
    fired_at = fields.DatetimeField(null=True)
    lease_owner = fields.CharField(max_length=64, null=True)
    lease_until = fields.DatetimeField(null=True)

    class Meta:
        table = "scheduled_jobs"
        indexes = (("status", "due_at"),)
