"""The personal link to the paid chats, sent privately once the platform made it. A payer who
never started the bot (who paid an invoice asked for in a group) cannot be written to: the
link is said in a group of the community they read, the one they were last seen in, never in
the paid chat the link opens, which they are not in yet (its members would read it instead)."""

from __future__ import annotations

from ..engine import Context
from ..events import ActionCompleted
from ..segments import T
from .config import PaidConfig
from .lifecycle import link_member
from .telling import readable_group


def send_link(ctx: Context, config: PaidConfig, event: ActionCompleted) -> None:
    if event.chat is None:
        return
    member = link_member(str(event.detail.get("name", "")), event.chat)
    link = event.detail.get("invite_link")
    if member is None or not link:
        return
    group = readable_group(ctx, config, member)
    text = T("Your personal link to the members' group: {link}", link=str(link))
    # in the payer's language, as found when the link was asked for (the payment's hint)
    locale = str(event.detail.get("locale") or "")
    ctx.send_private(member, text, fallback=group is not None, fallback_chat=group, locale=locale)
