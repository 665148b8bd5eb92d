"""A timed mute that ran past its end because the platform refused to lift it (on Matrix, a
bot lowered below what changing the power levels needs): lifted again through the outbox, so
the refusal is logged, listed by `groupops outbox` and told to the admins. The adapter goes on
trying by itself and lifts it once the bot may again; it then says so (`lifted_after`) and the
refused unmute leaves the list, done. The unmute names the mute's end, so a retry after a new
mute leaves that one alone."""

from __future__ import annotations

from datetime import datetime
from typing import NamedTuple

from ..actions import Priority, SendMessage, Unmute
from ..engine import Component, Context, component
from ..events import Event, MuteOverdue
from ..segments import Mention, T
from ..storage.statements import sql
from .commanding import name_of


class Resolved(NamedTuple):
    done_at: datetime
    unmute: str  # `{key}#%`: the refused unmute queued for a MuteOverdue


# the refused unmute, done by the adapter since: no longer a failure for `groupops outbox`
OVERDUE_RESOLVED = sql(
    "UPDATE outbox SET status = 'sent', done_at = ? "
    "WHERE id LIKE ? AND kind = 'unmute' AND status = 'failed'",
    Resolved,
)


@component
class MutesOverdue(Component):
    name = "mute_overdue"
    order = 5
    events = (MuteOverdue,)

    def handle(self, event: Event, ctx: Context) -> None:
        assert isinstance(event, MuteOverdue) and event.chat is not None
        if event.lifted_after:
            ctx.write(OVERDUE_RESOLVED, Resolved(ctx.now, f"{event.lifted_after}#%"))
            return
        unmute = Unmute(
            chat=event.chat, user=event.member, priority=Priority.BY_HAND, tag="mute_end",
            ended=event.ended,
        )  # fmt: skip
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
