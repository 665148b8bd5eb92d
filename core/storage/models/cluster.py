from tortoise import fields
from tortoise.models import Model


class PartitionFence(Model):
    """The newest lease epoch of an event partition: a commit by an older epoch is refused."""

    partition = fields.IntField(primary_key=True)
    epoch = fields.BigIntField()
    owner = fields.CharField(max_length=128, default="")

    class Meta:
        table = "partition_fences"
