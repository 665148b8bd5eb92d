"""A console request is carried out only while the member who asked still holds a role of
admin or above in the community. A session outlives its holder's role (a /demote, a role taken
out of the settings, an admin demoted on the platform): without this, they could go on
banning and taking points from the console until the session expired.

The role is the one the chat commands read (`Context.role_of`): the settings' roles, those
given by /promote and the platform's admin lists of the community's chats on the member's
platform, fetched afresh where stale. The operator's requests (a link from the server's
shell) are the operator's and are not checked.

Nor does a warning, a mute or a ban from the console apply to an admin or the owner, as the
chat's /warn, /mute and /ban say ("… is an admin; that does not apply to admins."): else one
admin could remove the owner, or every other admin, from a page. And an admin gives no points
to themselves, as /give says. `refusal` says which of these turns a request down."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from ..engine import Context
from ..moderation.commanding import name_of
from ..refs import Ref
from ..roles import Role
from ..segments import I18nText, T

STEPPED_DOWN = T("Refused: {name} no longer holds an admin role in this community.")
PROTECTED = T("{name} is an admin; that does not apply to admins.")
SELF_AWARD = T("Admins cannot give points to themselves; another admin can.")
OPERATOR = "operator"
AGAINST_MEMBERS = ("warn", "mute", "ban")  # what never applies to an admin
# the audit action a request is recorded under, where it is not the request's kind
ACTIONS = {"start": "campaign.new", "review": "reviewed", "campaign": "campaign.{verb}"}


def asker(payload: Mapping[str, Any]) -> Ref | None:
    """The member who asked, or None for the operator."""
    actor = str(payload.get("actor") or OPERATOR)
    return None if actor == OPERATOR else Ref(actor)


def _chats(ctx: Context, member: Ref) -> list[Ref]:
    return [chat for chat in ctx.community.settings.chats if chat.platform == member.platform]


def target(payload: Mapping[str, Any]) -> Ref | None:
    """The member a warning, a mute or a ban is against."""
    member = payload.get("member")
    return Ref(str(member)) if payload.get("kind") in AGAINST_MEMBERS and member else None


async def look_up(ctx: Context, payload: Mapping[str, Any]) -> None:
    """Fetch the admin lists the asker's and the target's roles are read from (cached lists
    stay)."""
    for member in (asker(payload), target(payload)):
        if member is not None:
            for chat in _chats(ctx, member):
                await ctx.admins.ensure(chat)


def _is_admin(ctx: Context, member: Ref) -> bool:
    where: list[Ref | None] = [*_chats(ctx, member)] or [None]
    return any(ctx.role_of(str(member), chat) >= Role.ADMIN for chat in where)


def protected(ctx: Context, payload: Mapping[str, Any]) -> bool:
    """Whether the request is a warning, a mute or a ban against an admin or the owner."""
    member = target(payload)
    return member is not None and _is_admin(ctx, member)


def stepped_down(ctx: Context, payload: Mapping[str, Any]) -> bool:
    """Whether the asker no longer holds admin or above anywhere in the community. A chat
    whose admin list cannot be read leaves the role unknown, not gone: not refused."""
    member = asker(payload)
    if member is None:
        return False
    chats = _chats(ctx, member)
    if any(ctx.roles_unread(chat) for chat in chats):
        return False
    return not _is_admin(ctx, member)


def action_of(payload: Mapping[str, Any]) -> str:
    kind = str(payload.get("kind"))
    if kind == "points":
        return "give" if int(payload.get("amount", 0)) > 0 else "take"
    return ACTIONS.get(kind, kind).format(verb=payload.get("verb", ""))


def own_award(ctx: Context, payload: Mapping[str, Any]) -> bool:
    """Whether the asker gives points to themselves (a linked account of theirs included)."""
    member = asker(payload)
    if member is None or payload.get("kind") != "points" or int(payload.get("amount", 0)) <= 0:
        return False
    key = ctx.community.member_key
    return key(str(member)) == key(str(payload.get("member", "")))


def _named(text: I18nText, who: str) -> Callable[[Context, Mapping[str, Any]], I18nText]:
    return lambda ctx, payload: T(text.msgid, name=name_of(ctx, Ref(str(payload[who]))))


# what turns a request down, in order, and how the refusal is said
RULES: tuple[tuple[Callable[[Context, Mapping[str, Any]], bool],
                   Callable[[Context, Mapping[str, Any]], I18nText]], ...] = (
    (stepped_down, _named(STEPPED_DOWN, "actor")),  # a session outlives a role
    (protected, _named(PROTECTED, "member")),  # as /ban says of an admin
    (own_award, lambda ctx, payload: SELF_AWARD),  # as /give says
)  # fmt: skip


def refusal(ctx: Context, payload: Mapping[str, Any]) -> I18nText | None:
    """Why the request is not carried out, or None."""
    for applies, said in RULES:
        if applies(ctx, payload):
            return said(ctx, payload)
    return None
