from tortoise import fields

from .base import Model


class PartitionFence(Model):
    """The newest lease epoch of an event partition: a commit by an older epoch is refused."""

    partition = fields.IntField(primary_key=True)
    epoch = fields.BigIntField()
    owner = fields.CharField(max_length=128, default="")

    class Meta:
        table = "partition_fences"


class SavedWindow(Model):
    """A moderation window (who sent how much lately, who posted the same text), saved with
    the batch that changed it so the next owner of the community continues from it."""

    id = fields.CharField(max_length=255, primary_key=True)  # community + window's kind and key
    community = fields.CharField(max_length=64, db_index=True)
    saved = fields.TextField()  # JSON
    until = fields.DatetimeField()  # when it stops mattering

    class Meta:
        table = "saved_windows"
