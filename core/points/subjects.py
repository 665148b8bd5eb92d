"""Whom a points command is about: the member an admin names, refused (with the reason said)
when the name is of nobody known or of an account that is no member: the bot itself, the
platform's stand-ins (Telegram's anonymous admin), the group, a channel. Points given to those would
count them as members in /top and /tiers."""

from __future__ import annotations

from ..commands import Command
from ..engine import Context, target_of, untargeted
from ..engine.connections import connected_event
from ..events import Event, MessageEvent
from ..refs import Ref
from ..segments import I18nText, T

NOT_A_MEMBER = T(
    "That account is not a member's (it is the bot's own, or one the platform posts under); "
    "points are for members."
)


def no_member(ctx: Context, account: Ref) -> bool:
    """Whether `account` is no member who can hold points: the group, the bot, the platform's
    stand-ins, or a chat posting as a sender (a channel, an anonymous admin as the group).
    A chat's reference says so itself; the message's own chat is no test: on Matrix and
    WeChat a private message's chat is the member who wrote it (docs/adapters.md)."""
    return account.kind == "chat" or ctx.is_platform_account(account)


def _names_someone(command: Command) -> bool:
    return bool(command.args) and command.args[0].startswith("@")


def _names_own_handle(event: MessageEvent, ctx: Context, command: Command) -> bool:
    platform = event.chat.platform if event.chat is not None else ""
    return _names_someone(command) and ctx.is_own_handle(platform, command.args[0])


def aimed_at(
    event: MessageEvent, ctx: Context, command: Command, usage: I18nText
) -> tuple[Ref, tuple[str, ...]] | None:
    """The member an admin's command (/give, /take, /order) aims at and the arguments left;
    None after replying why not: an `@name` of nobody known is said so (not the usage, which
    would send the admin looking for a wrong number), no target at all gets `usage`."""
    target, rest = target_of(event, command, ctx)
    if target is None and _names_own_handle(event, ctx, command):  # /give @groupops_bot
        ctx.reply(NOT_A_MEMBER)
        return None
    if target is None:
        ctx.reply(untargeted(command, ctx) if _names_someone(command) else usage)
        return None
    if no_member(ctx, target):
        ctx.reply(NOT_A_MEMBER)
        return None
    return target, rest


def names_another(event: MessageEvent, command: Command) -> bool:
    """Whether a show-command (/points, /history, /tier) names someone: only admins may look
    at another member's; everyone else sees their own whatever they type."""
    return bool(command.args) or event.reply_to_sender is not None


async def learn_admins(event: Event, ctx: Context, command: Command) -> None:
    """Before a show-command names someone: the chat's admins, so that `subject_of` knows
    whether the sender may (a member's own figures need none)."""
    event = connected_event(event, ctx.connections)  # sent in private: the connected group's
    if isinstance(event, MessageEvent) and event.chat is not None and names_another(event, command):
        await ctx.admins.ensure(event.chat)


def subject_of(event: MessageEvent, ctx: Context, command: Command) -> Ref | I18nText:
    """Whose points a show-command shows: the member an admin names, else the sender; or the
    reply to give instead when an admin names nobody known or an account that is no member
    (never the admin's own figures under another's name)."""
    if not names_another(event, command) or not ctx.is_admin(event.sender):
        return NOT_A_MEMBER if no_member(ctx, event.sender) else event.sender
    target, _ = target_of(event, command, ctx)
    if target is None:
        return untargeted(command, ctx)
    if no_member(ctx, target):
        return NOT_A_MEMBER
    return target
