"""The engine's own bulk statements (see storage.statements), with the named rows of those
components write too (settings, audit entries, jobs)."""

from datetime import datetime
from typing import NamedTuple

from ..storage.statements import insert, sql, update, upsert


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


class JobAhead(NamedTuple):
    community: str
    job: str
    after: datetime


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


class MemberRow(NamedTuple):
    """`MemberState.row`: a member as memory holds it."""

    community: str
    key: str
    name: str
    locale: str | None
    status: str
    joined_at: datetime | None
    left_at: datetime | None
    last_message_at: datetime | None
    last_active_at: datetime | None
    messages: int
    balance: int  # 0 for a new row; never overwritten (see below)
    tier: str
    consumption: str
    handle: str
    join_seen: bool
    hint: str | None
    last_group: str | None  # MemberState.group


class ProcessedRow(NamedTuple):
    key: str  # the event's
    outcome: str
    processed_at: datetime


class OutboxRow(NamedTuple):
    id: str
    community: str
    platform: str
    chat: str
    kind: str
    tag: str
    priority: int
    payload: str
    status: str
    attempts: int
    error: str
    result: str
    created_at: datetime


class OutboxDone(NamedTuple):
    status: str
    attempts: int
    error: str
    result: str
    done_at: datetime
    id: str


class OutboxWithdrawn(NamedTuple):
    done_at: datetime
    id: str


class OutboxForgotten(NamedTuple):
    payload: str
    id: str


class AuditOutcome(NamedTuple):
    outcome: str
    id: str


class CommunityRecord(NamedTuple):
    name: str
    ruleset: str
    title: str
    created_at: datetime


class ChatRecord(NamedTuple):
    ref: str
    community: str
    platform: str
    title: str
    created_at: datetime


MEMBER_COLUMNS = MemberRow._fields
# The balance is never overwritten from memory: it moves only with ledger entries
# (points.ledger's BALANCE_MOVE), so two writers cannot lose each other's points.
MEMBER_UPSERT = upsert(
    "members",
    MemberRow,
    key=("community", "key"),
    update=tuple(c for c in MEMBER_COLUMNS[2:] if c != "balance"),
)
PROCESSED_INSERT = insert("processed_events", ProcessedRow, unique=("key",))
OUTBOX_INSERT = insert("outbox", OutboxRow, unique=("id",))
OUTBOX_DONE = update("outbox", OutboxDone, key=("id",))
# A failed attempt or a refusal, written unless an operator cancelled the action meanwhile
# (`groupops outbox cancel`): it stays cancelled. A "sent" is written whatever the row says.
OUTBOX_UNLESS_CANCELLED = sql(
    "UPDATE outbox SET status = ?, attempts = ?, error = ?, result = ?, done_at = ? "
    "WHERE id = ? AND status <> 'cancelled'",
    OutboxDone,
)
# A one-time secret's row once delivered or given up on (codec.without_secret), in the same
# transaction as its outcome: the secret stays in the table no longer than it is needed.
OUTBOX_FORGET = update("outbox", OutboxForgotten, key=("id",))
# An action a later event made untrue (an award's notice, its points taken back), cancelled
# while it still waits: one sent meanwhile stays sent.
OUTBOX_WITHDRAW = sql(
    "UPDATE outbox SET status = 'cancelled', done_at = ? WHERE id = ? AND status = 'pending'",
    OutboxWithdrawn,
)
JOB_INSERT = insert("scheduled_jobs", JobRow, unique=("id",))
JOB_FINISH = update("scheduled_jobs", JobFinished, key=("id",))
# A recurring job's runs armed or run for after now, which only a clock that was ahead makes:
# kept, their ids and event keys would meet its runs on the right clock, which would then be
# dropped as done, and the job would stop again when the clock reached them.
JOB_AHEAD_KEYS = sql(
    "DELETE FROM processed_events WHERE key IN (SELECT 'job:' || id FROM scheduled_jobs "
    "WHERE community = ? AND job = ? AND due_at > ?)",
    JobAhead,
)
JOB_AHEAD_DROP = sql(
    "DELETE FROM scheduled_jobs WHERE community = ? AND job = ? AND due_at > ?", JobAhead
)
AUDIT_INSERT = insert("audit_log", AuditRow, unique=("id",))
# A moderation step's outcome, written in its delivery outcome's transaction; a step taken
# through a fallback stays "degraded".
AUDIT_OUTCOME = sql(
    "UPDATE audit_log SET outcome = ? WHERE id = ? AND outcome = 'queued'", AuditOutcome
)
COMMUNITY_UPSERT = upsert(
    "communities", CommunityRecord, key=("name",), update=("ruleset", "title")
)
CHAT_INSERT = insert("chats", ChatRecord, unique=("ref",))
# Settings changed by command (moderation's overrides, roles given with /promote).
SETTING_UPSERT = upsert(
    "community_settings",
    SettingRow,
    key=("community", "key"),
    update=("value", "updated_at", "updated_by"),
)
