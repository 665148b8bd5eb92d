"""Keeps each member's record current: names (renames too), joins, leaves, last message and
activity.

A message is a sign of presence (a join the platform did not report), except one dated
within `IN_FLIGHT` of a member's removal: lines still on their way when a kick lands (an IRC
server delivers a flood's tail after the kick) do not make a removed member a member again.
A message posted as a chat (a channel, or an anonymous admin as the group) is no member's.
Leaving one chat of a community with several on that platform (a WeChat 1群 and 2群) is no
leaving the community while the platform still lists the member in another. A linked
account's name is kept on its own record (`_name`)."""

from __future__ import annotations

from ..engine import Component, Context, component
from ..events import (
    ActionCompleted,
    ButtonPressed,
    Event,
    LeaveReason,
    MemberJoined,
    MemberLeft,
    MemberRenamed,
    MessageReceived,
    ReactionChanged,
)
from ..moderation import removal_refused, removed_just_now

PRESENT = frozenset({"member", "admin", "owner", "restricted"})


@component
class Membership(Component[bool]):
    name = "membership"
    order = 0
    events = (
        MessageReceived, MemberJoined, MemberLeft, MemberRenamed, ButtonPressed, ReactionChanged,
        ActionCompleted,
    )  # fmt: skip

    async def prepare(self, event: Event, ctx: Context) -> bool | None:
        """For a voluntary leave or a kick: whether the member is still in another chat."""
        if not isinstance(event, MemberLeft) or event.is_bot or event.reason is LeaveReason.BANNED:
            return None
        others = [c for c in ctx.community.settings.chats
                  if c != event.chat and c.platform == event.member.platform]  # fmt: skip
        queries = ctx.queries(event.member.platform) if others else None
        if queries is None:
            return None
        for chat in others:
            try:
                seen = await queries.get_member(chat, event.member)
            except Exception:  # not known there, not supported, not answering: not present
                continue
            if seen.status in PRESENT:
                return True
        return None

    def handle(self, event: Event, ctx: Context) -> None:
        if isinstance(event, MessageReceived):
            if event.sender_chat is not None:  # the group itself (an anonymous admin) or a
                return  # channel speaking: no person, so no member to count or sweep
            member = ctx.member(event.sender)
            if event.sender_name:
                _name(ctx, event.sender, event.sender_name)
            if event.sender_has_username is not None:  # the platform says: a handle or none
                member.handle = event.sender_handle
            member.hint = event.language or member.hint
            if not event.private:
                member.group = event.chat
                member.messages += 1
                member.last_message_at = event.time
                if member.joined_at is None:
                    member.joined_at = event.time
                if not removed_just_now(member, event.time):
                    member.status = "member"
            member.last_active_at = event.time
        elif isinstance(event, ActionCompleted):  # a removal the platform refused
            removal_refused(ctx, event)
        elif isinstance(event, MemberJoined):
            if event.is_bot:  # a bot (this one, on Matrix) is no member: never a lurker
                return
            member = ctx.member(event.member)
            if member.status != "member" and member.left_at and event.time < member.left_at:
                # told after the leave that followed it (a bridge's events out of order): they
                # are gone already, so nothing greets or counts them
                ctx.stop()
                return
            if event.name:
                _name(ctx, event.member, event.name)
            member.handle = event.handle or member.handle
            member.hint = event.language or member.hint
            if member.hint is None or member.group is not None:
                # a join says which group's language they read only where the platform gives
                # none of its own (Telegram's language_code is theirs until they write: a
                # payer joining an English paid chat is still told in Spanish)
                member.group = event.chat
            member.status = "member"
            member.joined_at = event.time
            member.join_seen = True
            member.last_active_at = event.time
        elif isinstance(event, MemberLeft):
            if event.is_bot:  # a bot is no member: its leaving is no member's
                return
            if self.prepared(ctx):  # still in another of the community's chats: a member,
                member = ctx.member(event.member)  # though a kick here marked them gone
                if member.status == "left":
                    member.status = "member"
                return
            member = ctx.member(event.member)
            # a banned member's account removed (a ban carried out as a kick, on WeChat) is
            # still a banned member, not one who left
            banned = event.reason is LeaveReason.BANNED or member.status == "banned"
            member.status = "banned" if banned else "left"
            member.left_at = event.time
        elif isinstance(event, MemberRenamed):
            # a `@name` finds whoever holds the name now; no record is made for the unseen
            known = ctx.peek_member(event.member)
            if known is not None and event.name:
                _name(ctx, event.member, event.name)
        elif isinstance(event, ButtonPressed | ReactionChanged) and event.member is not None:
            # a button or a reaction is a sign of life
            ctx.member(event.member).last_active_at = event.time


def _name(ctx: Context, account: str, name: str) -> None:
    """The name `account` goes by on its platform, kept on its own record (the member's for
    their key account): a linked member is named in each group as on that group's platform,
    not by whichever account wrote last. The member's record takes the first name seen, so a
    member whose key account never spoke is still named."""
    holder = ctx.account_record(account)
    if holder.name != name:
        holder.name = name
        ctx.touch(holder)
    member = ctx.member(account)
    if not member.name:
        member.name = name
