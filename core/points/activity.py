"""Counts each member's group messages per community day (tiers and honours rank by them)."""

from __future__ import annotations

from datetime import date, datetime
from typing import NamedTuple

from ..engine import Component, Context, component
from ..events import Event, MessageReceived
from ..storage.statements import upsert


class ActivityRow(NamedTuple):
    community: str
    member: str
    day: date
    messages: int  # added to the day's count
    last_at: datetime


ACTIVITY_ADD = upsert(
    "activity_days",
    ActivityRow,
    key=("community", "day", "member"),
    update=("last_at",),
    add=("messages",),
)


@component
class Activity(Component):
    name = "activity"
    order = 1
    after = ("membership",)  # commands and check-ins are activity too
    events = (MessageReceived,)

    def handle(self, event: Event, ctx: Context) -> None:
        assert isinstance(event, MessageReceived)
        if event.private or event.chat is None:
            return
        member = ctx.community.member_key(event.sender)
        ctx.write(ACTIVITY_ADD, ActivityRow(ctx.community.name, member, ctx.day, 1, event.time))
