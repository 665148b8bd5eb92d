"""Campaigns in memory (a community slice) and their rows: every change is written with the
event that caused it, so a restart finds each campaign exactly where it was."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, NamedTuple

from ..engine import Context, MemberState, Slice
from ..engine.state import GONE as GONE  # the campaigns read it from here
from ..events import MessageEvent
from ..storage.models import Campaign as CampaignModel
from ..storage.models import CampaignEntry as EntryModel
from ..storage.statements import upsert


class CampaignRow(NamedTuple):
    community: str
    name: str
    kind: str
    title: str
    status: str
    config: str  # JSON
    state: str  # JSON
    created_by: str
    starts_at: datetime
    ends_at: datetime | None
    created_at: datetime
    updated_at: datetime


class EntryRow(NamedTuple):
    community: str
    campaign: str
    member: str
    status: str
    data: str  # JSON
    created_at: datetime
    updated_at: datetime


CAMPAIGN_UPSERT = upsert(
    "campaigns",
    CampaignRow,
    key=("community", "name"),
    update=("title", "status", "config", "state", "starts_at", "ends_at", "updated_at"),
)
ENTRY_UPSERT = upsert(
    "campaign_entries",
    EntryRow,
    key=("community", "campaign", "member"),
    update=("status", "data", "updated_at"),
)
ACTIVE, PAUSED = "active", "paused"
SUCCEEDED, FAILED, CLOSED = "succeeded", "failed", "closed"
FINISHED = frozenset({SUCCEEDED, FAILED, CLOSED})


def outside(ctx: Context, member: MemberState) -> bool:
    """Not one of the group's members: gone, or asking from a private chat without ever having
    been seen in a group (anyone can write to the bot)."""
    event = ctx.event
    private = isinstance(event, MessageEvent) and event.private
    return member.status in GONE or (private and not member.seen_in_group())


def _dumps(value: dict[str, Any]) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


@dataclass(slots=True)
class Entry:
    member: str
    status: str
    created_at: datetime
    data: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class Campaign:
    name: str
    kind: str
    title: str
    status: str
    config: dict[str, Any]
    starts_at: datetime
    ends_at: datetime | None
    created_by: str
    created_at: datetime
    state: dict[str, Any] = field(default_factory=dict)
    entries: dict[str, Entry] = field(default_factory=dict)

    @property
    def finished(self) -> bool:
        return self.status in FINISHED

    def running(self, now: datetime) -> bool:
        """Taking part is possible: active, started, not past its end."""
        return (
            self.status == ACTIVE
            and self.starts_at <= now
            and (self.ends_at is None or now < self.ends_at)
        )

    def scheduled(self, now: datetime) -> bool:
        """Not started yet, nor ended or closed: nobody takes part before its start."""
        return not self.finished and now < self.starts_at

    def paused_in_window(self, now: datetime) -> bool:
        """Paused by an operator between its start and its end (it resumes where it was)."""
        return (
            self.status == PAUSED
            and self.starts_at <= now
            and (self.ends_at is None or now < self.ends_at)
        )

    def count(self, *statuses: str) -> int:
        return sum(1 for e in self.entries.values() if not statuses or e.status in statuses)


class Campaigns(Slice[dict[str, Campaign]]):
    """Every campaign of the community with its entries, by name."""

    name = "campaigns"

    @classmethod
    async def load(cls, community: str, database) -> dict[str, Campaign]:
        found: dict[str, Campaign] = {}
        for row in await CampaignModel.filter(community=community).order_by("created_at", "id"):
            found[row.name] = Campaign(
                name=row.name,
                kind=row.kind,
                title=row.title,
                status=row.status,
                config=json.loads(row.config),
                starts_at=row.starts_at,
                ends_at=row.ends_at,
                created_by=row.created_by,
                created_at=row.created_at,
                state=json.loads(row.state),
            )
        entries = EntryModel.filter(community=community).order_by("created_at", "id")
        for entry in await entries:
            campaign = found.get(entry.campaign)
            if campaign is not None:
                campaign.entries[entry.member] = Entry(
                    entry.member, entry.status, entry.created_at, json.loads(entry.data)
                )
        return found


def campaigns_of(ctx: Context) -> dict[str, Campaign]:
    return ctx.slice(Campaigns)


def save(ctx: Context, campaign: Campaign) -> None:
    """Hold `campaign` (a new one too) in the community's campaigns and write it as it stands."""
    campaigns_of(ctx)[campaign.name] = campaign
    ctx.write(
        CAMPAIGN_UPSERT,
        CampaignRow(
            ctx.community.name, campaign.name, campaign.kind, campaign.title, campaign.status,
            _dumps(campaign.config), _dumps(campaign.state), campaign.created_by,
            campaign.starts_at, campaign.ends_at, campaign.created_at, ctx.now,
        ),
    )  # fmt: skip


def save_entry(ctx: Context, campaign: Campaign, entry: Entry) -> None:
    """Hold `entry` in its campaign and write it as it stands."""
    campaign.entries[entry.member] = entry
    ctx.write(
        ENTRY_UPSERT,
        EntryRow(
            ctx.community.name, campaign.name, entry.member, entry.status, _dumps(entry.data),
            entry.created_at, ctx.now,
        ),
    )  # fmt: skip
