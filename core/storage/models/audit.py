from tortoise import fields

from .base import Model


class AuditEntry(Model):
    """Every automatic or manual action: who, to whom, by which rule, on what evidence, and how
    it ended. `id` is `{event key}#a{n}`, so an entry is written once however often its event
    is delivered."""

    id = fields.CharField(max_length=255, primary_key=True)
    community = fields.CharField(max_length=64)
    chat = fields.CharField(max_length=191, default="")
    actor = fields.CharField(max_length=191)  # a member key, or "system"
    target = fields.CharField(max_length=191, default="")  # a member key
    action = fields.CharField(max_length=32)  # warn, mute, ban, kick, delete, give, take, ...
    rule = fields.CharField(max_length=64, default="")  # detector or command that decided it
    evidence = fields.TextField(default="")  # an excerpt of what triggered it
    outcome = fields.CharField(max_length=32, default="queued")  # queued, done, failed, degraded
    detail = fields.TextField(default="{}")  # JSON
    created_at = fields.DatetimeField()
    undone_at = fields.DatetimeField(null=True)

    class Meta:
        table = "audit_log"
        indexes = (("community", "created_at"), ("community", "target"))
