from tortoise import fields

from .base import Model


class LoginLink(Model):
    """A one-time sign-in link to the operator console, stored as the SHA-256 of its token."""

    token_hash = fields.CharField(max_length=64, primary_key=True)
    user = fields.CharField(max_length=191, default="")  # a member ref; "" for the operator
    name = fields.CharField(max_length=255, default="")
    communities = fields.TextField(default="[]")  # JSON list; ["*"] for every community
    created_at = fields.DatetimeField()
    expires_at = fields.DatetimeField()
    used_at = fields.DatetimeField(null=True)
    ended_at = fields.DatetimeField(null=True)  # the session it opened was signed out
    # what made the member an admin when the link was made: "settings" (the settings' roles or
    # /promote, which the console reads itself) or "platform" (the chat's admin list)
    held_by = fields.CharField(max_length=16, default="platform")

    class Meta:
        table = "console_login_links"
