from tortoise import fields

from .base import Model


class ProcessedEvent(Model):
    """Event keys already committed: a redelivered event changes nothing."""

    key = fields.CharField(max_length=255, primary_key=True)
    outcome = fields.CharField(max_length=16)  # ok, failed
    processed_at = fields.DatetimeField(db_index=True)

    class Meta:
        table = "processed_events"


class OutboxItem(Model):
    """An action committed with its cause and delivered afterwards; id = `{event key}#{n}`."""

    id = fields.CharField(max_length=255, primary_key=True)
    community = fields.CharField(max_length=64)
    platform = fields.CharField(max_length=32)
    chat = fields.CharField(max_length=191)
    kind = fields.CharField(max_length=32)
    tag = fields.CharField(max_length=64, default="")
    priority = fields.SmallIntField()
    payload = fields.TextField()
    status = fields.CharField(max_length=16, default="pending")  # pending, sent, failed
    attempts = fields.IntField(default=0)
    error = fields.TextField(default="")
    result = fields.TextField(default="")
    created_at = fields.DatetimeField()
    done_at = fields.DatetimeField(null=True)

    class Meta:
        table = "outbox"
        indexes = (("status", "platform"),)


class InboundCursor(Model):
    """Where an adapter's inbound stream resumes (a Matrix sync token), saved after the events
    before it committed: a restart neither loses nor replays them."""

    key = fields.CharField(max_length=191, primary_key=True)  # e.g. `matrix:@bot:example.org`
    value = fields.TextField()
    updated_at = fields.DatetimeField()

    class Meta:
        table = "inbound_cursors"
