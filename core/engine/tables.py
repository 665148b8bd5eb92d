"""The engine's own bulk statements (see storage.statements)."""

from ..storage.statements import Insert, Sql, Update, Upsert

MEMBER_COLUMNS = (
    "community",
    "key",
    "name",
    "locale",
    "status",
    "joined_at",
    "left_at",
    "last_message_at",
    "last_active_at",
    "messages",
    "balance",
    "tier",
    "consumption",
)
# The balance is never overwritten from memory: it moves only with ledger entries
# (BALANCE_MOVE), so two writers cannot lose each other's points.
MEMBER_UPSERT = Upsert(
    "members",
    MEMBER_COLUMNS,
    key=("community", "key"),
    update=tuple(c for c in MEMBER_COLUMNS[2:] if c != "balance"),
)
PROCESSED_INSERT = Insert("processed_events", ("key", "outcome", "processed_at"), unique=("key",))
OUTBOX_INSERT = Insert(
    "outbox",
    (
        "id",
        "community",
        "platform",
        "chat",
        "kind",
        "tag",
        "priority",
        "payload",
        "status",
        "attempts",
        "error",
        "result",
        "created_at",
    ),
    unique=("id",),
)
OUTBOX_DONE = Update("outbox", ("status", "attempts", "error", "result", "done_at"), key=("id",))
JOB_INSERT = Insert(
    "scheduled_jobs",
    ("id", "community", "job", "due_at", "payload", "policy", "recurring", "status"),
    unique=("id",),
)
JOB_FINISH = Update("scheduled_jobs", ("status", "fired_at"), key=("id",))
AUDIT_INSERT = Insert(
    "audit_log",
    (
        "id",
        "community",
        "chat",
        "actor",
        "target",
        "action",
        "rule",
        "evidence",
        "outcome",
        "detail",
        "created_at",
    ),
    unique=("id",),
)
# A moderation step's outcome, written in its delivery outcome's transaction; a step taken
# through a fallback stays "degraded". Row: (outcome, id).
AUDIT_OUTCOME = Sql("UPDATE audit_log SET outcome = ? WHERE id = ? AND outcome = 'queued'")
COMMUNITY_UPSERT = Upsert(
    "communities",
    ("name", "ruleset", "title", "created_at"),
    key=("name",),
    update=("ruleset", "title"),
)
CHAT_INSERT = Insert(
    "chats", ("ref", "community", "platform", "title", "created_at"), unique=("ref",)
)
# Settings changed by command (moderation's overrides, roles given with /promote).
SETTING_UPSERT = Upsert(
    "community_settings",
    ("community", "key", "value", "updated_at", "updated_by"),
    key=("community", "key"),
    update=("value", "updated_at", "updated_by"),
)
