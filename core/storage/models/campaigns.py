from tortoise import fields

from .base import Model


class Campaign(Model):
    """A campaign (group-buy, referral, challenge, lottery, points) and its running state.

    `config` holds what it was created with, `state` what it has done so far (JSON both)."""

    id = fields.BigIntField(primary_key=True)
    community = fields.CharField(max_length=64)
    name = fields.CharField(max_length=64)
    kind = fields.CharField(max_length=16)
    title = fields.CharField(max_length=255, default="")
    status = fields.CharField(max_length=16)  # active, paused, succeeded, failed, closed
    config = fields.TextField(default="{}")
    state = fields.TextField(default="{}")
    created_by = fields.CharField(max_length=191, default="")  # a member key, or "settings"
    starts_at = fields.DatetimeField()
    ends_at = fields.DatetimeField(null=True)
    created_at = fields.DatetimeField()
    updated_at = fields.DatetimeField()

    class Meta:
        table = "campaigns"
        unique_together = (("community", "name"),)


class CampaignEntry(Model):
    """A member's part in a campaign: an entrant, a buyer, an invitee, a challenger."""

    id = fields.BigIntField(primary_key=True)
    community = fields.CharField(max_length=64)
    campaign = fields.CharField(max_length=64)
    member = fields.CharField(max_length=191)
    status = fields.CharField(max_length=16)
    data = fields.TextField(default="{}")
    created_at = fields.DatetimeField()
    updated_at = fields.DatetimeField()

    class Meta:
        table = "campaign_entries"
        unique_together = (("community", "campaign", "member"),)
