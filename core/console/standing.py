"""A console request is carried out only while the member who asked still holds a role of
admin or above in the community. A session outlives its holder's role (a /demote, a role taken
out of the settings, an admin demoted on the platform): without this, they could go on
banning and taking points from the console until the session expired.

The role is the one the chat commands read (`Context.role_of`): the settings' roles, those
given by /promote and the platform's admin lists of the community's chats on the member's
platform, fetched afresh where stale. The operator's requests (a link from the server's
shell) are the operator's and are not checked."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..engine import Context
from ..refs import Ref
from ..roles import Role
from ..segments import T

STEPPED_DOWN = T("Refused: {name} no longer holds an admin role in this community.")
OPERATOR = "operator"
# the audit action a request is recorded under, where it is not the request's kind
ACTIONS = {"start": "campaign.new", "review": "reviewed", "campaign": "campaign.{verb}"}


def asker(payload: Mapping[str, Any]) -> Ref | None:
    """The member who asked, or None for the operator."""
    actor = str(payload.get("actor") or OPERATOR)
    return None if actor == OPERATOR else Ref(actor)


def _chats(ctx: Context, member: Ref) -> list[Ref]:
    return [chat for chat in ctx.community.settings.chats if chat.platform == member.platform]


async def look_up(ctx: Context, payload: Mapping[str, Any]) -> None:
    """Fetch the admin lists the asker's role is read from (cached lists stay)."""
    member = asker(payload)
    if member is not None:
        for chat in _chats(ctx, member):
            await ctx.admins.ensure(chat)


def stepped_down(ctx: Context, payload: Mapping[str, Any]) -> bool:
    """Whether the asker no longer holds admin or above anywhere in the community. A chat
    whose admin list cannot be read leaves the role unknown, not gone: not refused."""
    member = asker(payload)
    if member is None:
        return False
    chats = _chats(ctx, member)
    if any(ctx.roles_unread(chat) for chat in chats):
        return False
    where: list[Ref | None] = [*chats] or [None]
    return all(ctx.role_of(str(member), chat) < Role.ADMIN for chat in where)


def action_of(payload: Mapping[str, Any]) -> str:
    kind = str(payload.get("kind"))
    if kind == "points":
        return "give" if int(payload.get("amount", 0)) > 0 else "take"
    return ACTIONS.get(kind, kind).format(verb=payload.get("verb", ""))
