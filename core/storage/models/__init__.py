"""Tortoise models. Hot tables carry no foreign keys: rows are keyed by community name and
member key so the engine can write them in bulk without id round trips."""

from .activity import ChatDay, HealthAlert, MemberSample, MembershipMove, SpeakerDay
from .audit import AuditEntry
from .campaigns import Campaign, CampaignEntry
from .cluster import PartitionFence, SavedWindow
from .community import ChatAlias, ChatRow, CommunityRow
from .console import LoginLink
from .coupons import Coupon
from .engine import InboundCursor, OutboxItem, ProcessedEvent
from .federations import Federation, FederationAdmin, FederationBan, FederationMember
from .jobs import ScheduledJob
from .joins import JoinChallenge
from .member import Checkin, LedgerEntry, Member
from .moderation import CommunitySetting, SharedBan, SpamLesson, WarningRow
from .orders import Order
from .paid import MembershipPeriod, PaidMembership
from .points import (
    AccountLink,
    ActivityDay,
    Honour,
    LinkCode,
    LinkGuess,
    Redemption,
    Referral,
    TierMark,
)
from .privacy import ForgetRequest

__all__ = [
    "AccountLink",
    "ActivityDay",
    "AuditEntry",
    "Campaign",
    "CampaignEntry",
    "ChatAlias",
    "ChatDay",
    "ChatRow",
    "Checkin",
    "CommunityRow",
    "CommunitySetting",
    "Coupon",
    "Federation",
    "FederationAdmin",
    "FederationBan",
    "FederationMember",
    "ForgetRequest",
    "HealthAlert",
    "Honour",
    "InboundCursor",
    "JoinChallenge",
    "LedgerEntry",
    "LinkCode",
    "LinkGuess",
    "LoginLink",
    "Member",
    "MemberSample",
    "MembershipMove",
    "MembershipPeriod",
    "Order",
    "OutboxItem",
    "PaidMembership",
    "PartitionFence",
    "ProcessedEvent",
    "Redemption",
    "Referral",
    "SavedWindow",
    "ScheduledJob",
    "SharedBan",
    "SpamLesson",
    "SpeakerDay",
    "TierMark",
    "WarningRow",
]
