"""Telling a member of their membership privately, and where instead when the platform refuses
(they never started the bot): a reminder, in the paid chat they are in; what a payment, an
order or a /grant bought, or that a membership lapsed, in a group of the community they read
(the one they were last seen in), never the paid chat they are not in yet, or were just
removed from; a refund nowhere else (the paid chat hears only that a membership ended: a
refund is the member's business)."""

from __future__ import annotations

from ..actions import SendPrivate
from ..engine import Context
from ..engine.degrade import member_group
from ..refs import Ref
from ..segments import I18nText
from .config import PaidConfig


def readable_group(ctx: Context, config: PaidConfig, member: str) -> Ref | None:
    """The community's group the member reads: last seen in, else the first; no paid chat."""
    paid = config.paid_chats()
    readable = [chat for chat in ctx.community.settings.chats if chat not in paid]
    seen = ctx.peek_member(member)
    return member_group(Ref(member), seen.group if seen is not None else None, readable)


def paid_chat(member: str, chats: tuple[Ref, ...]) -> Ref | None:
    """The plan's first paid chat on the member's platform: where a reminder is said."""
    return next((Ref(c) for c in chats if Ref(c).platform == Ref(member).platform), None)


def tell_member(ctx: Context, member: str, text: I18nText, fallback: Ref | None) -> None:
    """Privately; where the platform refuses, a mention in `fallback` (none: nowhere)."""
    holder = ctx.peek_member(member)
    ctx.act(
        SendPrivate(
            chat=Ref(member),
            segments=(text,),
            tag="paid",
            fallback_chat=fallback,
            name=holder.name if holder is not None else "",
            locale=ctx.private_locale(Ref(member)),  # theirs, not the admin's group's
        )
    )
