"""A paid chat's door besides its join requests: one added to it by a member (or joining by
an invite link that asks nothing) without a plan that opens it is removed (a kick: ban then
lift, so they may come back after paying), told privately where Telegram lets the bot, and
the chat hears why; a paid member could otherwise bring in whom they liked. Admins, and those
an admin added (a guest), stay; so does every member the bot let in, whose plan opens it."""

from __future__ import annotations

from loguru import logger

from ..actions import Kick, SendMessage
from ..engine import Context
from ..events import MemberJoined
from ..segments import T
from .config import PaidConfig
from .store import Memberships, MembershipSlice


def unpaid_join(event: MemberJoined, ctx: Context, config: PaidConfig) -> bool:
    """Whether the join was refused: the joiner has no plan opening the paid chat."""
    chat = event.chat
    plans = config.plans_for(chat) if chat is not None else ()
    if chat is None or not plans or event.is_bot:
        return False
    state: Memberships = ctx.slice(MembershipSlice)
    member = ctx.community.member_key(event.member)
    if state.active_in(member, plans, ctx.now) is not None or ctx.is_admin(event.member, chat):
        return False
    if event.inviter is not None and ctx.is_admin(event.inviter, chat):
        return False  # an admin's guest
    logger.info("{}: {} joined paid chat {} without a plan opening it; removed",
                ctx.community.name, member, chat)  # fmt: skip
    kick = ctx.act(Kick(chat=chat, user=event.member, tag="paid"))
    name = event.name or event.member.local_id
    notice = T("{name} has no paid membership and was removed from this group.", name=name)
    ctx.act(SendMessage(chat=chat, segments=(notice,), tag="paid"), after=kick)
    refused = T("This group is for paid members. Send /plans to see the plans.")
    locale = ctx.private_locale(event.member)
    ctx.send_private(event.member, refused, fallback=False, locale=locale)
    return True
