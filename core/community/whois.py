"""`/id` and `/info`: the ids a member needs to name a chat or a member in a command or a
setting, and a member's profile as groupops knows it.

`/id` gives the chat's id, the sender's, the replied-to (or named) member's and the forum
topic's where there is one. `/info` (a reply, @name or id; else the sender) gives the name,
every account linked to the member, the role, tier, points, active warnings and join date.
Someone named and not found is said so, not answered about the asker.
"""

from __future__ import annotations

from ..commands import Command
from ..engine import CommandComponent, Context, component, on_command, target_of, untargeted
from ..events import Event, MessageEvent
from ..moderation import Moderation, ModerationState
from ..points import ROLE_TITLES, TIER_LABELS, display_name
from ..refs import Ref
from ..segments import I18nText, Segment, T, Text


def linked_accounts(ctx: Context, key: str) -> list[str]:
    """Every account recorded as the member behind `key`, the first account first."""
    return [key, *sorted(a for a, k in ctx.community.accounts.items() if k == key and a != key)]


def lines(*parts: Segment | None) -> tuple[Segment, ...]:
    """Segments one per line, the missing ones left out."""
    kept = [p for p in parts if p is not None]
    out: list[Segment] = []
    for index, part in enumerate(kept):
        out.extend((Text("\n"), part) if index else (part,))
    return tuple(out)


@component
class Whois(CommandComponent):
    name = "whois"
    order = 37
    section = "moderation"  # warnings expire as moderation says
    slices = (Moderation,)

    async def prepare(self, event: Event, ctx: Context) -> None:
        if self.command_of(event) and event.chat is not None:
            await ctx.admins.ensure(event.chat)  # /info states the role

    def _target(self, event: MessageEvent, ctx: Context, command: Command) -> Ref | None:
        """Whom it is about: the sender when nobody is named; None (after telling the asker)
        when someone is named and not found, rather than answering about the asker."""
        target, _ = target_of(event, command, ctx)
        if target is None and command.args:
            ctx.reply(untargeted(command, ctx))
        elif target is None:
            return event.sender
        return target

    @on_command("id")
    def ids(self, event: MessageEvent, ctx: Context, command: Command) -> None:
        chat = event.chat
        target = self._target(event, ctx, command)
        if target is None:
            return
        ctx.reply(
            lines(
                T("Chat id: {id}", id=chat.local_id) if chat and not event.private else None,
                T("Topic id: {id}", id=event.thread_id) if event.thread_id else None,
                T("Your id: {id}", id=event.sender.local_id),
                T("{name}'s id: {id}", name=display_name(ctx, target), id=target.local_id)
                if target is not None and target != event.sender
                else None,
            )
        )

    @on_command("info", aliases=("whois",))
    def info(self, event: MessageEvent, ctx: Context, command: Command) -> None:
        target = self._target(event, ctx, command)
        if target is None:
            return
        member = ctx.peek_member(target)
        key = ctx.community.member_key(target)
        accounts = ", ".join(linked_accounts(ctx, key))
        role = ROLE_TITLES.get(ctx.role_of(target), T("Member"))
        if target.kind == "chat" and target != event.chat:  # a channel posting in the group
            ctx.reply(
                lines(
                    T("{name} ({id})", name=_channel_name(event, ctx, target), id=target.local_id),
                    T("A channel posting in the group: no member; moderation can only ban it."),
                )
            )
            return
        if member is None:
            ctx.reply(
                lines(
                    T("{name} ({id})", name=display_name(ctx, target), id=target.local_id),
                    T("Accounts: {accounts}", accounts=accounts),
                    T("Role: {role}", role=role),
                    T("Not seen in this community yet."),
                )
            )
            return
        state: ModerationState = ctx.slice(Moderation)
        warnings = len(state.active(key, ctx.now, self.config.warn_expiry))
        tier: I18nText | str = TIER_LABELS.get(member.tier, member.tier)
        ctx.reply(
            lines(
                T("{name} ({id})", name=display_name(ctx, target), id=target.local_id),
                T("Accounts: {accounts}", accounts=accounts),
                T("Role: {role}", role=role),
                T("Tier: {tier}", tier=tier),
                T("Points: {points}", points=member.balance),
                T("Active warnings: {n}", n=warnings),
                T("Joined: {date}", date=member.joined_at)
                if member.joined_at is not None
                else T("Joined: before groupops saw it"),
            )
        )


def _channel_name(event: MessageEvent, ctx: Context, channel: Ref) -> str:
    """A channel has no member record: its title as the answered post carried it."""
    if channel == event.reply_to_sender and event.reply_to_sender_name:
        return event.reply_to_sender_name
    return display_name(ctx, channel)
