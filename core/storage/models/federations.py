from tortoise import fields

from .base import Model


class Federation(Model):
    """A federation: communities, possibly of different operators and platforms, that share
    one ban list. Owned by the member who made it (an account; their linked accounts count)."""

    id = fields.CharField(max_length=32, primary_key=True)  # derived from the /newfed event
    name = fields.CharField(max_length=64)
    owner = fields.CharField(max_length=191)  # the account that made it
    community = fields.CharField(max_length=64)  # where it was made
    created_at = fields.DatetimeField()

    class Meta:
        table = "federations"
        indexes = (("owner",),)


class FederationAdmin(Model):
    """An account that may ban in the federation's name, promoted by the owner (who is not
    listed here)."""

    federation = fields.CharField(max_length=32)
    account = fields.CharField(max_length=191)
    added_by = fields.CharField(max_length=191, default="")
    added_at = fields.DatetimeField()

    class Meta:
        table = "federation_admins"
        unique_together = (("federation", "account"),)


class FederationMember(Model):
    """A community in a federation (one federation per community), joined by its owner or a
    deputy with joinfed."""

    community = fields.CharField(max_length=64, primary_key=True)
    federation = fields.CharField(max_length=32)
    joined_by = fields.CharField(max_length=191, default="")
    joined_at = fields.DatetimeField()

    class Meta:
        table = "federation_members"
        indexes = (("federation",),)


class FederationBan(Model):
    """One account banned in a federation. `entry` is the audit entry of the ban that decided
    it (several accounts of one identity share it); unfban and undo set `lifted_at`."""

    id = fields.CharField(max_length=255, primary_key=True)  # `{entry}/{n}`
    entry = fields.CharField(max_length=255)
    federation = fields.CharField(max_length=32)
    account = fields.CharField(max_length=191)
    reason = fields.TextField(default="")
    evidence = fields.TextField(default="")  # the message it answered, as it read then
    actor = fields.CharField(max_length=191, default="")
    community = fields.CharField(max_length=64)  # where it was decided
    created_at = fields.DatetimeField()
    lifted_at = fields.DatetimeField(null=True)

    class Meta:
        table = "federation_bans"
        indexes = (("federation", "account"), ("entry",))
