"""Tortoise models. Hot tables carry no foreign keys: rows are keyed by community name and
member key so the engine can write them in bulk without id round trips."""

from .audit import AuditEntry
from .cluster import PartitionFence
from .community import ChatAlias, ChatRow, CommunityRow
from .engine import OutboxItem, ProcessedEvent
from .jobs import ScheduledJob
from .member import Checkin, LedgerEntry, Member
from .moderation import CommunitySetting, SharedBan, WarningRow
from .orders import Order

__all__ = [
    "AuditEntry",
    "ChatAlias",
    "ChatRow",
    "Checkin",
    "CommunityRow",
    "CommunitySetting",
    "LedgerEntry",
    "Member",
    "Order",
    "OutboxItem",
    "PartitionFence",
    "ProcessedEvent",
    "ScheduledJob",
    "SharedBan",
    "WarningRow",
]
