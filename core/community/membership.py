"""Keeps each member's record current: names, joins, leaves, last message and activity."""

from __future__ import annotations

from ..engine import Component, Context, component
from ..events import (
    ButtonPressed,
    Event,
    LeaveReason,
    MemberJoined,
    MemberLeft,
    MessageReceived,
    ReactionChanged,
)


@component
class Membership(Component):
    name = "membership"
    order = 0
    events = (MessageReceived, MemberJoined, MemberLeft, ButtonPressed, ReactionChanged)

    def handle(self, event: Event, ctx: Context) -> None:
        if isinstance(event, MessageReceived):
            member = ctx.member(event.sender)
            if event.sender_name:
                member.name = event.sender_name
            member.hint = event.language or member.hint
            if not event.private:
                member.messages += 1
                member.last_message_at = event.time
                if member.joined_at is None:
                    member.joined_at = event.time
                member.status = "member"
            member.last_active_at = event.time
        elif isinstance(event, MemberJoined):
            member = ctx.member(event.member)
            member.name = event.name or member.name
            member.hint = event.language or member.hint
            member.status = "member"
            member.joined_at = event.time
            member.last_active_at = event.time
        elif isinstance(event, MemberLeft):
            member = ctx.member(event.member)
            member.status = "banned" if event.reason is LeaveReason.BANNED else "left"
            member.left_at = event.time
        elif isinstance(event, ButtonPressed | ReactionChanged) and event.member is not None:
            # a button or a reaction is a sign of life
            ctx.member(event.member).last_active_at = event.time
