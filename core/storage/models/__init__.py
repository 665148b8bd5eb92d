"""Tortoise models. Hot tables carry no foreign keys: rows are keyed by community name and
member key so the engine can write them in bulk without id round trips."""

from .activity import ActivityDay, HealthAlert, MemberSample, MembershipMove, SpeakerDay
from .audit import AuditEntry
from .community import ChatAlias, ChatRow, CommunityRow
from .engine import OutboxItem, ProcessedEvent
from .jobs import ScheduledJob
from .member import Checkin, LedgerEntry, Member
from .moderation import CommunitySetting, SharedBan, WarningRow
from .orders import Order

__all__ = [
    "ActivityDay",
    "AuditEntry",
    "ChatAlias",
    "ChatRow",
    "Checkin",
    "CommunityRow",
    "CommunitySetting",
    "HealthAlert",
    "LedgerEntry",
    "Member",
    "MemberSample",
    "MembershipMove",
    "Order",
    "OutboxItem",
    "ProcessedEvent",
    "ScheduledJob",
    "SharedBan",
    "SpeakerDay",
    "WarningRow",
]
