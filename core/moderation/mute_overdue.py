"""A timed mute that ran past its end because the platform refused to lift it (on Matrix, a
bot lowered below what changing the power levels needs): lifted again through the outbox, so
the refusal is logged, listed by `groupops outbox` and told to the admins. The adapter goes on
trying by itself and lifts it once the bot may again."""

from __future__ import annotations

from ..actions import Priority, SendMessage, Unmute
from ..engine import Component, Context, component
from ..events import Event, MuteOverdue
from ..segments import Mention, T
from .commanding import name_of


@component
class MutesOverdue(Component):
    name = "mute_overdue"
    order = 5
    events = (MuteOverdue,)

    def handle(self, event: Event, ctx: Context) -> None:
        assert isinstance(event, MuteOverdue) and event.chat is not None
        unmute = Unmute(
            chat=event.chat, user=event.member, priority=Priority.BY_HAND, tag="mute_end"
        )
        lift = ctx.act(unmute)
        ctx.audit_of(lift, "unmute", target=event.member, actor="system", chat=event.chat,
                     evidence=event.error)  # fmt: skip
        if lift is None:
            return
        # a notice for the admins: it names the member without notifying them
        member = Mention(event.member, name_of(ctx, event.member), notify=False)
        said = T(
            "The mute of {member} in {chat} has ended, but the bot could not lift it (it may "
            "lack the right to unmute members there): they stay muted until it can. An admin "
            "can unmute them by hand.",
            member=member,
            chat=ctx.community.chat_title(event.chat),
        )
        admins = ctx.community.settings.admin_chat
        ctx.act(SendMessage(chat=admins or event.chat, segments=(said,)), after=lift, failed=True)
