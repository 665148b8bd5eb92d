"""What members see when a rule pays out."""

from __future__ import annotations

from ..actions import Action
from ..engine import Context
from ..events import MessageEvent
from ..refs import Ref
from ..segments import TN, I18nText
from .names import display_name
from .reasons import reason_label


def announce(ctx: Context, member: str, rule: str, points: int) -> Action | None:
    """Tell the chat the event came from (or the community's first chat, for a job); returns
    the notice queued."""
    event = ctx.event
    chat = event.chat
    if chat is None or (isinstance(event, MessageEvent) and event.private):
        chats = ctx.community.settings.chats
        if not chats:
            return None
        chat = chats[0]
    return ctx.send(
        TN(
            "{name} earned {n} point: {reason}.",
            "{name} earned {n} points: {reason}.",
            points,
            name=display_name(ctx, member),
            reason=reason_label(rule),
        ),
        chat=chat,
    )


def announce_taken_back(
    ctx: Context, member: str, rule: str, points: int, chat: Ref, why: I18nText
) -> None:
    """Tell the chat a message's award was taken back, and why (moderation removed it)."""
    ctx.send(
        TN(
            "{name}'s {n} point for a {reason} was taken back: the message was removed ({why}).",
            "{name}'s {n} points for a {reason} were taken back: the message was removed ({why}).",
            points,
            name=display_name(ctx, member),
            reason=reason_label(rule),
            why=why,
        ),
        chat=chat,
    )
