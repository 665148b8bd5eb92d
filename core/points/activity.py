"""Counts each member's group messages per community day (tiers and honours rank by them):
their conversation, so neither commands nor the admin chat's messages."""

from __future__ import annotations

from datetime import date, datetime
from typing import NamedTuple

from ..commands import is_command_text
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
    after = ("membership",)
    events = (MessageReceived,)

    def handle(self, event: Event, ctx: Context) -> None:
        assert isinstance(event, MessageReceived)
        if event.private or event.chat is None or event.chat == ctx.community.settings.admin_chat:
            return  # the admin chat is no group's conversation: its commands reach us only
        if is_command_text(event.text):  # a command is no taking part, as for the KPIs' speakers
            return
        member = ctx.community.member_key(event.sender)
        ctx.write(ACTIVITY_ADD, ActivityRow(ctx.community.name, member, ctx.day, 1, event.time))
