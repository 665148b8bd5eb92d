"""`/promote @member [deputy|admin|volunteer]` and `/demote @member`: the bot's roles, given
by those who may appoint (the owner and deputies, what /roles calls "appoint admins").

A role is given only below the giver's own (a deputy makes admins and volunteers, the owner
deputies too), to someone below it; being a platform admin makes nobody a deputy. /demote
takes back a role given here; one that comes from the platform (a Telegram administrator) or
from settings stays, and the answer says so. The platform's own admin rights are not changed.
"""

from __future__ import annotations

from ..commands import Command
from ..engine import CommandComponent, Context, component, on_command, target_of
from ..engine.grants import set_grant
from ..events import MessageEvent
from ..permissions import Permission
from ..roles import Role
from ..segments import I18nText, T
from .names import display_name
from .roles import ROLE_TITLES

ROLE_WORDS: dict[str, Role] = {
    "deputy": Role.DEPUTY,
    "副群主": Role.DEPUTY,
    "admin": Role.ADMIN,
    "管理员": Role.ADMIN,
    "volunteer": Role.VOLUNTEER,
    "志愿者": Role.VOLUNTEER,
}


def title(role: Role) -> I18nText:
    return ROLE_TITLES.get(role, T("Member"))


@component
class Appoint(CommandComponent):
    name = "appoint"
    order = 35

    @on_command("promote", permission=Permission.APPOINT)
    def promote(self, event: MessageEvent, ctx: Context, command: Command) -> None:
        target, args = target_of(event, command, ctx)
        role = ROLE_WORDS.get(args[0].lower() if args else "admin")
        if target is None or role is None:
            ctx.reply(T("Usage: /promote @member [deputy|admin|volunteer]"))
            return
        mine, name = ctx.role_of(event.sender), display_name(ctx, target)
        if role >= mine:
            ctx.reply(T("You can only give roles below your own."))
            return
        if ctx.role_of(target) >= mine:
            ctx.reply(T("{name} already holds a role as high as yours.", name=name))
            return
        set_grant(ctx, ctx.community.member_key(target), role)
        ctx.audit("promote", target=target, actor=event.sender, rule="manual", evidence=role.name)
        ctx.reply(T("{name} is now: {role}.", name=name, role=title(ctx.role_of(target))))

    @on_command("demote", permission=Permission.APPOINT)
    def demote(self, event: MessageEvent, ctx: Context, command: Command) -> None:
        target, _ = target_of(event, command, ctx)
        if target is None:
            ctx.reply(T("Usage: /demote @member"))
            return
        name, key = display_name(ctx, target), ctx.community.member_key(target)
        if ctx.role_of(target) >= ctx.role_of(event.sender):
            ctx.reply(T("You can only demote members below your own role."))
            return
        if key not in ctx.community.granted:
            elsewhere = T(
                "{name}'s role comes from the platform or the settings; change it there.",
                name=name,
            )
            nothing = T("{name} holds no role.", name=name)
            ctx.reply(elsewhere if ctx.role_of(target) > Role.MEMBER else nothing)
            return
        set_grant(ctx, key, None)
        ctx.audit("demote", target=target, actor=event.sender, rule="manual")
        ctx.reply(T("{name} is now: {role}.", name=name, role=title(ctx.role_of(target))))
