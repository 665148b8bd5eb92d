"""The recorder's bulk statements and their named rows (see storage.statements)."""

from datetime import date, datetime
from typing import NamedTuple

from ..storage.statements import insert, upsert

ACTIVITY_COUNTS = ("messages", "joins", "leaves", "removals")


class ChatDayRow(NamedTuple):
    """Written by `UnitOfWork.tally`: the key columns, then the counters added."""

    community: str
    chat: str
    day: date
    messages: int
    joins: int
    leaves: int
    removals: int


class SpeakerRow(NamedTuple):
    community: str
    chat: str
    day: date
    member: str


class SampleRow(NamedTuple):
    community: str
    chat: str
    day: date
    members: int | None
    readers: int | None
    muted: int | None
    sampled_at: datetime


class MoveRow(NamedTuple):
    key: str  # the event's
    community: str
    chat: str
    member: str
    kind: str  # join | leave | removal
    at: datetime


class AlertRow(NamedTuple):
    community: str
    kpi: str
    period: str
    value: float
    sent_at: datetime


ACTIVITY_TALLY = upsert(
    "chat_days", ChatDayRow, key=("community", "chat", "day"), add=ACTIVITY_COUNTS
)
SPEAKER_INSERT = insert("speaker_days", SpeakerRow, unique=("community", "day", "chat", "member"))
# The first count of the day stays: it is the day's starting membership.
SAMPLE_INSERT = insert("member_samples", SampleRow, unique=("community", "chat", "day"))
MOVE_INSERT = insert("membership_moves", MoveRow, unique=("key",))
ALERT_INSERT = insert("health_alerts", AlertRow, unique=("community", "kpi", "period"))
