from tortoise import fields

from .base import Model


class WarningRow(Model):
    """A warning counted by the escalation ladder. `id` is its audit entry's id; it stops
    counting when it expires or an admin clears it (/unwarn, /resetwarns, undo)."""

    id = fields.CharField(max_length=255, primary_key=True)
    community = fields.CharField(max_length=64)
    member = fields.CharField(max_length=191)
    rule = fields.CharField(max_length=64, default="")
    created_at = fields.DatetimeField()
    cleared_at = fields.DatetimeField(null=True)

    class Meta:
        table = "warnings"
        indexes = (("community", "member"),)


class CommunitySetting(Model):
    """A setting an admin changed by command (blocklist, locks, flood, filters, welcome,
    rules, approved members): applied on top of the ruleset and shown in the export."""

    community = fields.CharField(max_length=64)
    key = fields.CharField(max_length=64)
    value = fields.TextField(default="null")  # JSON
    updated_at = fields.DatetimeField()
    updated_by = fields.CharField(max_length=191, default="")

    class Meta:
        table = "community_settings"
        unique_together = (("community", "key"),)


class SharedBan(Model):
    """A ban on a shared list: it applies in every chat of every community whose ruleset names
    the same list (`moderation.shared_bans`), now and on the member's next join."""

    id = fields.CharField(max_length=255, primary_key=True)  # the audit entry of the ban
    list_name = fields.CharField(max_length=64)
    member = fields.CharField(max_length=191)  # the banned account
    community = fields.CharField(max_length=64)  # where it was decided
    reason = fields.TextField(default="")
    until = fields.DatetimeField(null=True)
    created_at = fields.DatetimeField()
    lifted_at = fields.DatetimeField(null=True)

    class Meta:
        table = "shared_bans"
        indexes = (("list_name", "member"),)


class SpamLesson(Model):
    """A message taught to the spam classifier as spam or ham: by an admin's /spam or
    /notspam (scope `community:NAME`, that community's model) or by `groupops spam learn`
    (scope `ruleset:NAME`, shared by the ruleset's communities). Undone lessons stop counting."""

    id = fields.CharField(max_length=255, primary_key=True)  # the audit entry, or a file line
    scope = fields.CharField(max_length=96)
    label = fields.CharField(max_length=8)  # "spam" or "ham"
    text = fields.TextField()
    # what the platform said of the message (forwarded, buttons, a first message...), as the
    # classifier's tokens separated by spaces; NULL: not known (a line of a file)
    facts = fields.CharField(max_length=255, null=True, default=None)
    actor = fields.CharField(max_length=191, default="")
    created_at = fields.DatetimeField()
    undone_at = fields.DatetimeField(null=True)

    class Meta:
        table = "spam_lessons"
        indexes = (("scope", "label"),)
