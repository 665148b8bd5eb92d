from tortoise import fields

from .base import Model


class Member(Model):
    """A person in a community. `key` is their first account's reference."""

    id = fields.BigIntField(primary_key=True)
    community = fields.CharField(max_length=64)
    key = fields.CharField(max_length=191)
    name = fields.CharField(max_length=255, default="")
    locale = fields.CharField(max_length=32, null=True)
    status = fields.CharField(max_length=16, default="member")  # member, left, banned, unbanned
    joined_at = fields.DatetimeField(null=True)
    left_at = fields.DatetimeField(null=True)
    last_message_at = fields.DatetimeField(null=True)
    last_active_at = fields.DatetimeField(null=True)
    messages = fields.BigIntField(default=0)
    balance = fields.BigIntField(default=0)
    tier = fields.CharField(max_length=32, default="")  # activity tier, kept by the tiers feature
    consumption = fields.CharField(max_length=32, default="")  # consumption band, from orders
    handle = fields.CharField(max_length=64, default="")  # public handle (Telegram's @name)
    # joined_at is a join the platform reported, not a first message (someone already there)
    join_seen = fields.BooleanField(default=False)
    # the platform's language hint (Telegram's language_code), last seen: what is said to them
    # privately after a restart is in it (a payer's reminders) until they choose a language
    hint = fields.CharField(max_length=32, null=True)
    # the community's group they were last seen in: what is said to them privately is in its
    # language (`chat_locales`), after a restart too
    last_group = fields.CharField(max_length=191, null=True)

    class Meta:
        table = "members"
        unique_together = (("community", "key"),)


class LedgerEntry(Model):
    """Append-only points ledger; `key` makes every award idempotent (`checkin:{member}:{day}`)."""

    id = fields.BigIntField(primary_key=True)
    community = fields.CharField(max_length=64)
    member = fields.CharField(max_length=191)
    delta = fields.BigIntField()
    reason = fields.CharField(max_length=64)
    key = fields.CharField(max_length=255, unique=True)
    ref = fields.CharField(max_length=255, default="")
    created_at = fields.DatetimeField()

    class Meta:
        table = "ledger"
        indexes = (("community", "member"),)


class Checkin(Model):
    id = fields.BigIntField(primary_key=True)
    community = fields.CharField(max_length=64)
    member = fields.CharField(max_length=191)
    day = fields.DateField()
    created_at = fields.DatetimeField()

    class Meta:
        table = "checkins"
        unique_together = (("community", "member", "day"),)
