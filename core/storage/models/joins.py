from tortoise import fields

from .base import Model


class JoinChallenge(Model):
    """A newcomer's captcha: asked on join (or join request), then passed, failed or timed
    out. Passed rows also let a pass count in the operator's other communities."""

    community = fields.CharField(max_length=64)
    chat = fields.CharField(max_length=191)
    member = fields.CharField(max_length=191)  # the joining account
    mode = fields.CharField(max_length=16)  # button, math, text, question
    answer = fields.TextField()  # JSON: the normalised answers that solve it
    choices = fields.TextField(default="{}")  # JSON: the buttons offered and the prompt
    attempts_left = fields.IntField(default=1)
    via = fields.CharField(max_length=16, default="group")  # group, private (join request)
    # pending, passed, failed, removed, unasked (the question never delivered)
    status = fields.CharField(max_length=16, default="pending")
    message = fields.CharField(max_length=255, default="")  # outbox id of the challenge
    created_at = fields.DatetimeField()
    due_at = fields.DatetimeField()
    done_at = fields.DatetimeField(null=True)

    class Meta:
        table = "join_challenges"
        unique_together = (("community", "chat", "member"),)
        indexes = (("member", "status"),)
