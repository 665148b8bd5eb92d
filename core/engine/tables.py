"""The engine's own bulk statements (see storage.statements)."""

from ..storage.statements import Insert, Update, Upsert

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
MEMBER_UPSERT = Upsert(
    "members", MEMBER_COLUMNS, key=("community", "key"), update=MEMBER_COLUMNS[2:]
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
LEDGER_INSERT = Insert(
    "ledger",
    ("community", "member", "delta", "reason", "key", "ref", "created_at"),
    unique=("key",),
)
CHECKIN_INSERT = Insert(
    "checkins", ("community", "member", "day", "created_at"), unique=("community", "member", "day")
)
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
COMMUNITY_UPSERT = Upsert(
    "communities",
    ("name", "ruleset", "title", "created_at"),
    key=("name",),
    update=("ruleset", "title"),
)
CHAT_INSERT = Insert(
    "chats", ("ref", "community", "platform", "title", "created_at"), unique=("ref",)
)
