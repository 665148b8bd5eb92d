"""What members see when a rule pays out."""

from __future__ import annotations

from ..engine import Context
from ..events import MessageEvent
from ..segments import TN
from .names import display_name
from .reasons import reason_label


def announce(ctx: Context, member: str, rule: str, points: int) -> None:
    """Tell the chat the event came from (or the community's first chat, for a job)."""
    event = ctx.event
    chat = event.chat
    if chat is None or (isinstance(event, MessageEvent) and event.private):
        chats = ctx.community.settings.chats
        if not chats:
            return
        chat = chats[0]
    ctx.send(
        TN(
            "{name} earned {n} point: {reason}.",
            "{name} earned {n} points: {reason}.",
            points,
            name=display_name(ctx, member),
            reason=reason_label(rule),
        ),
        chat=chat,
    )
