"""Shared ban lists: one operator's communities keep a banned member out of all of them.

A ruleset names a list (`moderation.shared_bans = "acme"`); every community whose ruleset
names it shares it. A ban (by the ladder or /ban) is recorded on the list and carried out in
every linked chat of the member's platform; a member on the list who joins any of those
chats is banned on arrival. /unban and /undo lift it everywhere.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from ..actions import Ban, Unban
from ..refs import Ref
from ..storage.models import SharedBan
from ..storage.statements import Insert, Update

if TYPE_CHECKING:
    from ..engine import Context
    from .ladder import Case

SHARED_BAN_INSERT = Insert(
    "shared_bans",
    ("id", "list", "user", "community", "reason", "until", "created_at", "lifted_at"),
    unique=("id",),
)
SHARED_BAN_LIFT = Update("shared_bans", ("lifted_at",), key=("list", "user"))


def list_of(ctx: Context) -> str | None:
    moderation = getattr(ctx.ruleset, "moderation", None)
    return getattr(moderation, "shared_bans", None)


def linked_chats(ctx: Context, name: str, platform: str) -> list[Ref]:
    """Every chat on `platform` of the communities sharing list `name`."""
    settings = ctx.engine.settings
    chats: list[Ref] = []
    for community in settings.communities.values():
        ruleset = settings.rulesets.get(community.ruleset)
        moderation = getattr(ruleset, "moderation", None)
        if getattr(moderation, "shared_bans", None) == name:
            chats += [Ref(c) for c in community.chats if Ref(c).platform == platform]
    return chats


def share_ban(ctx: Context, case: Case, until: datetime | None, entry: str) -> None:
    name = list_of(ctx)
    if name is None:
        return
    ctx.write(
        SHARED_BAN_INSERT,
        (entry, name, case.user, ctx.community.name, case.evidence, until, ctx.now, None),
    )
    for chat in linked_chats(ctx, name, case.user.platform):
        if chat != case.chat:
            ctx.act(Ban(chat=chat, user=case.user, until=until))
            ctx.audit(
                "ban", target=case.user, actor=case.actor, rule="shared_bans", chat=chat,
                evidence=case.evidence, detail={"list": name, "from": case.chat, "entry": entry},
            )  # fmt: skip


def lift_ban(ctx: Context, user: Ref, chat: Ref | None) -> None:
    name = list_of(ctx)
    if name is None:
        return
    ctx.write(SHARED_BAN_LIFT, (ctx.now, name, user))
    for linked in linked_chats(ctx, name, user.platform):
        if linked != chat:
            ctx.act(Unban(chat=linked, user=user))


async def banned(name: str, user: str, now: datetime) -> SharedBan | None:
    """The member's standing ban on list `name`, if any."""
    rows = await SharedBan.filter(list=name, user=user, lifted_at=None)
    return next((r for r in rows if r.until is None or r.until > now), None)
