"""/roles: who holds which role in the community and what each role may do."""

from __future__ import annotations

from ..capabilities import Capability
from ..commands import Command
from ..engine import CommandComponent, Context, component, on_command
from ..events import Event, MessageEvent
from ..permissions import PERMISSIONS, Permission
from ..roles import Role
from ..segments import I18nText, T, Text
from .names import display_name, platform_names

ROLE_TITLES: dict[Role, I18nText] = {
    Role.OWNER: T("Owner"),
    Role.DEPUTY: T("Deputy owner"),
    Role.ADMIN: T("Admin"),
    Role.VOLUNTEER: T("Volunteer"),
}
PERMISSION_LABELS: dict[Permission, I18nText] = {
    Permission.MODERATE: T("remove and mute members"),
    Permission.ANNOUNCE: T("announcements"),
    Permission.POINTS: T("points and orders"),
    Permission.SETTINGS: T("group settings"),
    Permission.APPOINT: T("appoint admins"),
    Permission.TRANSFER: T("hand over the group"),
}


def badged(ctx: Context, account: str) -> str | I18nText:
    """The member's name with their role's badge ("Vic (Volunteer)"); the plain name for
    members."""
    name = display_name(ctx, account)
    role = ctx.role_of(account)
    if role not in ROLE_TITLES:
        return name
    return T("{name} ({role})", name=name, role=ROLE_TITLES[role])


@component
class Roles(CommandComponent[dict[str, str]]):
    name = "roles"
    order = 35

    async def prepare(self, event: Event, ctx: Context) -> dict[str, str] | None:
        """The chat's admins as the platform names them, for those who never spoke."""
        if not self.command_of(event) or event.chat is None:
            return None
        await ctx.admins.ensure(event.chat)
        platform = event.chat.platform
        queries = ctx.queries(platform)  # None: the platform's adapter is not attached
        if queries is None or not ctx.can(Capability.LIST_ADMINS, platform):
            return {}
        return await platform_names(queries, event.chat)

    @on_command("roles", aliases=("管理员",))
    def roles(self, event: MessageEvent, ctx: Context, command: Command) -> None:
        # Everyone named in settings, given a role by /promote or listed by the platform, at
        # the role that counts for them (the highest of the three).
        named: set[str] = {u for members in ctx.community.settings.roles.values() for u in members}
        named |= set(ctx.community.granted)
        if event.chat is not None:
            named |= set(ctx.admins.known(event.chat))
        asked = self.prepared(ctx) or {}
        holders: dict[Role, set[str]] = {role: set() for role in ROLE_TITLES}
        for user in named:
            role = ctx.role_of(user)
            if role in holders:
                holders[role].add(user)
        lines: list = [T("Roles in {community}:", community=ctx.community.title)]
        for role, title in ROLE_TITLES.items():
            # named as /adminlist names them: the platform's name before an id
            shown = (asked.get(user) or display_name(ctx, user) for user in holders[role])
            names = ", ".join(sorted(shown)) or "-"
            rights = sorted(PERMISSIONS[role], key=list(Permission).index)
            lines.extend((Text("\n"), title, Text(f": {names} (")))
            if rights:
                for index, right in enumerate(rights):
                    lines.extend((Text(", " if index else ""), PERMISSION_LABELS[right]))
            else:
                lines.append(T("a badge, no special rights"))
            lines.append(Text(")"))
        ctx.reply(tuple(lines))
