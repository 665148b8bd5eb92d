"""The recorder's bulk statements (see storage.statements)."""

from ..storage.statements import Insert, Upsert

ACTIVITY_COUNTS = ("messages", "joins", "leaves", "removals")
ACTIVITY_TALLY = Upsert(
    "chat_days",
    ("community", "chat", "day", *ACTIVITY_COUNTS),
    key=("community", "chat", "day"),
    add=ACTIVITY_COUNTS,
)
SPEAKER_INSERT = Insert(
    "speaker_days",
    ("community", "chat", "day", "member"),
    unique=("community", "chat", "day", "member"),
)
# The first count of the day stays: it is the day's starting membership.
SAMPLE_INSERT = Insert(
    "member_samples",
    ("community", "chat", "day", "members", "readers", "muted", "sampled_at"),
    unique=("community", "chat", "day"),
)
MOVE_INSERT = Insert(
    "membership_moves", ("key", "community", "chat", "member", "kind", "at"), unique=("key",)
)
ALERT_INSERT = Insert(
    "health_alerts",
    ("community", "kpi", "period", "value", "sent_at"),
    unique=("community", "kpi", "period"),
)
