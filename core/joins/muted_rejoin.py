"""A member a moderator's mute holds who leaves and joins again stays muted for what is left
of it: the mute is given again with its own end (a mute for good stays for good), so a
platform that dropped the restriction with the leave, or never kept it, cannot let them out
early by a rejoin. They are no newcomer: the welcome, which invites them to talk, is not said
(`rejoined_muted`), and the captcha asks them nothing (captcha.py), since they could not type
an answer. The mute is not logged again: the audit log's mute keeps its end."""

from __future__ import annotations

from datetime import datetime

from ..actions import Mute
from ..capabilities import Capability
from ..engine import Component, Context, component
from ..events import Event, MemberJoined
from ..moderation import FOREVER, muted
from ..refs import Ref
from .decision import can

TAG = "rejoin.muted"  # the mute given again: what the welcome looks for


@component
class MutedRejoin(Component[datetime]):
    name = "muted_rejoin"
    order = 5
    after = ("membership",)
    before = ("captcha", "welcome")  # decided before anyone greets or asks them
    events = (MemberJoined,)

    async def prepare(self, event: Event, ctx: Context) -> datetime | None:
        """When the mute that holds the joining member ends (FOREVER: until lifted), if one
        does."""
        if not isinstance(event, MemberJoined) or event.is_bot:
            return None
        key = ctx.community.member_key(event.member)
        return (await muted([(ctx.community.name, key)], event.time)).get((ctx.community.name, key))

    def handle(self, event: Event, ctx: Context) -> None:
        ends = self.prepared(ctx)
        if ends is None or not isinstance(event, MemberJoined) or event.chat is None:
            return
        if not can(ctx, event.chat.platform, Capability.MUTE):
            return  # a mute there was never carried out (the log reads it degraded)
        until = None if ends == FOREVER else ends
        ctx.act(Mute(chat=event.chat, user=event.member, until=until, tag=TAG))


def rejoined_muted(ctx: Context, chat: Ref, member: Ref) -> bool:
    """`member` joined `chat` in this event under a moderator's mute (given again above)."""
    return any(
        isinstance(a, Mute) and a.tag == TAG and a.chat == chat and a.user == member
        for a in ctx.actions
    )
