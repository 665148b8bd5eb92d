"""Rows of the points features: redemptions, referrals, activity days, account links, tier
marks and honours. Keyed by community name and member key, like the engine's hot tables."""

from tortoise import fields

from .base import Model


class Redemption(Model):
    """A shop item bought with points; `number` is what admins and members quote (#12)."""

    id = fields.BigIntField(primary_key=True)
    community = fields.CharField(max_length=64)
    number = fields.IntField()
    member = fields.CharField(max_length=191)
    item = fields.CharField(max_length=64)
    cost = fields.BigIntField()
    status = fields.CharField(max_length=16, default="pending")  # pending, fulfilled, refunded
    created_at = fields.DatetimeField()
    settled_at = fields.DatetimeField(null=True)
    settled_by = fields.CharField(max_length=191, default="")

    class Meta:
        table = "redemptions"
        unique_together = (("community", "number"),)


class Referral(Model):
    """An invite waiting for its invitee to stay and speak (then confirmed) or leave (dropped)."""

    id = fields.BigIntField(primary_key=True)
    community = fields.CharField(max_length=64)
    invitee = fields.CharField(max_length=191)
    inviter = fields.CharField(max_length=191)
    joined_at = fields.DatetimeField()
    status = fields.CharField(max_length=16, default="pending")  # pending, confirmed, dropped
    settled_at = fields.DatetimeField(null=True)

    class Meta:
        table = "referrals"
        unique_together = (("community", "invitee"),)


class ActivityDay(Model):
    """Messages a member sent on one community day: tiers and honours rank by these."""

    id = fields.BigIntField(primary_key=True)
    community = fields.CharField(max_length=64)
    member = fields.CharField(max_length=191)
    day = fields.DateField()
    messages = fields.IntField(default=0)
    last_at = fields.DatetimeField()  # when the day's count was last raised: ties go to the earlier

    class Meta:
        table = "activity_days"
        # day before member: the one index also serves reading a community's days (standings,
        # tiers); a second index cost every message's row a few more pages written
        unique_together = (("community", "day", "member"),)


class AccountLink(Model):
    """Another platform account of a member: events from `account` count for `member`."""

    id = fields.BigIntField(primary_key=True)
    community = fields.CharField(max_length=64)
    account = fields.CharField(max_length=191)
    member = fields.CharField(max_length=191)
    created_at = fields.DatetimeField()

    class Meta:
        table = "account_links"
        unique_together = (("community", "account"),)


class LinkCode(Model):
    """A `/link` code, kept only as its SHA-256 (the code itself is in the member's private
    chat). Once another account presents it, `claimant` waits for the confirmation of
    `account`, the account that asked for the code."""

    digest = fields.CharField(max_length=64, primary_key=True)
    community = fields.CharField(max_length=64, db_index=True)
    member = fields.CharField(max_length=191)
    account = fields.CharField(max_length=191)
    claimant = fields.CharField(max_length=191, default="")
    expires_at = fields.DatetimeField()

    class Meta:
        table = "link_codes"


class LinkGuess(Model):
    """A wrong `/link` code, kept over the lockout window so a restart does not lift a
    lockout."""

    id = fields.IntField(primary_key=True)
    community = fields.CharField(max_length=64, db_index=True)
    account = fields.CharField(max_length=191)
    at = fields.DatetimeField()

    class Meta:
        table = "link_guesses"


class TierMark(Model):
    """Since when a member's computed tier has been below their current one (demotion grace)."""

    id = fields.BigIntField(primary_key=True)
    community = fields.CharField(max_length=64)
    member = fields.CharField(max_length=191)
    below_since = fields.DatetimeField()

    class Meta:
        table = "tier_marks"
        unique_together = (("community", "member"),)


class Honour(Model):
    """A monthly honour as settled: `month` is the first day of the month it covers."""

    id = fields.BigIntField(primary_key=True)
    community = fields.CharField(max_length=64)
    month = fields.DateField()
    title = fields.CharField(max_length=32)  # contributor, answerer, active, inviter
    member = fields.CharField(max_length=191)
    score = fields.BigIntField()
    created_at = fields.DatetimeField()

    class Meta:
        table = "honours"
        unique_together = (("community", "month", "title"),)
