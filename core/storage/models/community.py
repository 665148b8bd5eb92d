from tortoise import fields

from .base import Model


class CommunityRow(Model):
    """A community as last synced from settings."""

    name = fields.CharField(max_length=64, primary_key=True)
    ruleset = fields.CharField(max_length=64)
    title = fields.CharField(max_length=255, default="")
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "communities"


class ChatRow(Model):
    ref = fields.CharField(max_length=191, primary_key=True)
    community = fields.CharField(max_length=64, db_index=True)
    platform = fields.CharField(max_length=32)
    title = fields.CharField(max_length=255, default="")
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "chats"


class ChatAlias(Model):
    """A chat that changed id (Telegram group -> supergroup): the old id points to the new."""

    old_ref = fields.CharField(max_length=191, primary_key=True)
    new_ref = fields.CharField(max_length=191)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "chat_aliases"
