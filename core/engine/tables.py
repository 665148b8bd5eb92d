"""The engine's own bulk statements (see storage.statements), with the named rows of those
components write too (settings, audit entries, jobs)."""

from datetime import datetime
from typing import NamedTuple

from ..storage.statements import Insert, Sql, Update, Upsert, insert, update, upsert


class JobRow(NamedTuple):
    id: str
    community: str
    job: str
    due_at: datetime
    payload: str  # JSON
    policy: str
    recurring: str  # cron, or "" for a one-off
    status: str


class JobFinished(NamedTuple):
    status: str
    fired_at: datetime
    id: str


class AuditRow(NamedTuple):
    id: str
    community: str
    chat: str
    actor: str
    target: str
    action: str
    rule: str
    evidence: str
    outcome: str
    detail: str  # JSON
    created_at: datetime


class SettingRow(NamedTuple):
    community: str
    key: str
    value: str  # JSON
    updated_at: datetime
    updated_by: str


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
JOB_INSERT = insert("scheduled_jobs", JobRow, unique=("id",))
JOB_FINISH = update("scheduled_jobs", JobFinished, key=("id",))
AUDIT_INSERT = insert("audit_log", AuditRow, unique=("id",))
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
SETTING_UPSERT = upsert(
    "community_settings",
    SettingRow,
    key=("community", "key"),
    update=("value", "updated_at", "updated_by"),
)
