"""What the activity recorder keeps for health metrics: counters per chat and community day,
who spoke on which day, member counts as the platform reported them, joins and leaves, and
the health alerts already sent. Written in bulk by the engine; read by reports."""

from tortoise import fields

from .base import Model


class ChatDay(Model):
    """Counters of one chat on one community day; the engine adds to them once per batch."""

    id = fields.BigIntField(primary_key=True)
    community = fields.CharField(max_length=64)
    chat = fields.CharField(max_length=191)
    day = fields.DateField()
    messages = fields.BigIntField(default=0)
    joins = fields.IntField(default=0)
    leaves = fields.IntField(default=0)  # left on their own
    removals = fields.IntField(default=0)  # kicked or banned

    class Meta:
        table = "chat_days"
        unique_together = (("community", "chat", "day"),)


class SpeakerDay(Model):
    """A member spoke in a chat on a day (distinct speakers are counted from these rows)."""

    id = fields.BigIntField(primary_key=True)
    community = fields.CharField(max_length=64)
    chat = fields.CharField(max_length=191)
    day = fields.DateField()
    member = fields.CharField(max_length=191)

    class Meta:
        table = "speaker_days"
        # day before chat: the one index also serves reading a community's days (a second
        # index cost every message's row a few more pages written)
        unique_together = (("community", "day", "chat", "member"),)


class MemberSample(Model):
    """Members of a chat as its platform reported them on a day (the first count of the day).
    NULL: the platform does not say."""

    id = fields.BigIntField(primary_key=True)
    community = fields.CharField(max_length=64)
    chat = fields.CharField(max_length=191)
    day = fields.DateField()
    members = fields.IntField(null=True)
    readers = fields.IntField(null=True)  # where the platform reports who read the messages
    muted = fields.IntField(null=True)  # of those, who muted the chat
    sampled_at = fields.DatetimeField()

    class Meta:
        table = "member_samples"
        unique_together = (("community", "chat", "day"),)


class MembershipMove(Model):
    """A join or a leave, keyed by its event: the history retention is computed from."""

    id = fields.BigIntField(primary_key=True)
    key = fields.CharField(max_length=255, unique=True)
    community = fields.CharField(max_length=64)
    chat = fields.CharField(max_length=191)
    member = fields.CharField(max_length=191)
    kind = fields.CharField(max_length=16)  # join, leave, removal
    at = fields.DatetimeField()

    class Meta:
        table = "membership_moves"
        indexes = (("community", "at"), ("community", "member"))


class HealthAlert(Model):
    """An alert sent for a KPI outside its band; one per community, KPI and alert period."""

    id = fields.BigIntField(primary_key=True)
    community = fields.CharField(max_length=64)
    kpi = fields.CharField(max_length=32)
    period = fields.CharField(max_length=32)  # "2026-03-02" / "2026-W10" / "2026-03"
    value = fields.FloatField()
    sent_at = fields.DatetimeField()

    class Meta:
        table = "health_alerts"
        unique_together = (("community", "kpi", "period"),)
