"""`/adminlist`: the chat's admins with their roles. `/title TEXT` (a reply or @member, else
the sender): a platform administrator's custom title, shown beside their name (a deputy; the
bot needs the platform right to promote). Telegram has custom titles; where a platform has
none (WeChat) the command says so in the chat.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..actions import SetAdminTitle
from ..adapter_queries import MemberInfo, MemberQueries
from ..capabilities import Capability
from ..commands import Command
from ..engine import CommandComponent, Context, component, on_command, target_of, untargeted
from ..errors import ActionError
from ..events import Event, MessageEvent
from ..permissions import Permission
from ..points import ROLE_TITLES, display_name, platform_names
from ..roles import Role
from ..segments import Segment, T, Text

TITLE_MAX = 16  # Telegram's limit, and a sensible one for a badge


async def target_info(
    asked: MemberQueries, event: MessageEvent, ctx: Context, command: Command
) -> MemberInfo | None:
    """The command's target as the platform sees it: its name, and whether the bot may
    change its title (None: the platform cannot say)."""
    target = target_of(event, command, ctx)[0] or event.sender
    assert event.chat is not None
    if not ctx.can(Capability.GET_MEMBER, event.chat.platform):
        return None
    try:
        return await asked.get_member(event.chat, target)
    except ActionError:
        return None


@dataclass(slots=True)
class Asked:
    """What /adminlist and /title need from the platform, read before the command is decided."""

    names: dict[str, str] = field(default_factory=dict)  # admins' names on the platform
    rights: bool | None = None  # the bot may set titles there
    target: MemberInfo | None = None  # the title's target, as the platform sees them


@component
class Admins(CommandComponent[Asked]):
    name = "admins"
    order = 38

    async def prepare(self, event: Event, ctx: Context) -> Asked | None:
        found = self.command_of(event)
        if found is None or event.chat is None or not isinstance(event, MessageEvent):
            return None
        await ctx.admins.ensure(event.chat)
        platform = event.chat.platform
        queries = ctx.queries(platform)  # None: the platform's adapter is not attached
        asked = Asked()
        if queries is None:
            return asked
        if found[0].name == "adminlist" and ctx.can(Capability.LIST_ADMINS, platform):
            asked.names = await platform_names(queries, event.chat)
        if found[0].name == "title" and ctx.can(Capability.ADMIN_TITLE, platform):
            asked.rights = await queries.holds_rights(event.chat, Capability.ADMIN_TITLE)
            asked.target = await target_info(queries, event, ctx, found[1])
        return asked

    @on_command("adminlist")
    def admin_list(self, event: MessageEvent, ctx: Context, command: Command) -> None:
        names = (self.prepared(ctx) or Asked()).names
        named: set[str] = {u for users in ctx.community.settings.roles.values() for u in users}
        named |= set(ctx.community.granted)
        if event.chat is not None:
            named |= set(ctx.admins.known(event.chat))
        admins = sorted(
            ((ctx.role_of(user), names.get(user) or display_name(ctx, user)) for user in named),
            key=lambda held: (-held[0], held[1].casefold()),
        )
        admins = [(role, name) for role, name in admins if role >= Role.ADMIN]
        if not admins:
            ctx.reply(T("This chat has no admins that groupops knows of."))
            return
        lines: list[Segment] = [T("Admins of {chat}:", chat=ctx.community.title)]
        for role, name in admins:
            lines.extend((Text(f"\n• {name} ("), ROLE_TITLES[role], Text(")")))
        ctx.reply(tuple(lines))

    @on_command("title", permission=Permission.APPOINT, needs=(Capability.ADMIN_TITLE,))
    def title(self, event: MessageEvent, ctx: Context, command: Command) -> None:
        asked = self.prepared(ctx) or Asked()
        may, seen = asked.rights, asked.target
        chat = event.chat
        if chat is None or not ctx.can(Capability.ADMIN_TITLE):
            ctx.reply(T("Admin titles cannot be set on this platform."))
            return
        target, rest = target_of(event, command, ctx)
        if target is None and rest and rest[0].startswith("@"):  # someone named, not met
            ctx.reply(untargeted(command, ctx))
            return
        target = target or event.sender
        text = " ".join(rest).strip()
        if not text:
            ctx.reply(T("Usage: /title TEXT, as a reply or after @member (or for yourself)."))
            return
        if len(text) > TITLE_MAX:
            ctx.reply(T("A title has at most {n} characters.", n=TITLE_MAX))
            return
        name = (seen.name if seen is not None else "") or display_name(ctx, target)
        if ctx.admins.known(chat).get(target) != Role.ADMIN:
            ctx.reply(T("{name} is not an administrator of this chat on the platform.", name=name))
            return
        if may is False:
            ctx.reply(T("I need the right to add new admins in this chat to set titles."))
            return
        if seen is not None and seen.editable is False:
            ctx.reply(
                T(
                    "{name} was made an admin by someone else: I cannot change their title.",
                    name=name,
                )
            )
            return
        action = ctx.act(SetAdminTitle(chat=chat, user=target, title=text))
        ctx.audit("title", target=target, actor=event.sender, rule="manual", evidence=text)
        ctx.reply(T("{name}'s title is now “{title}”.", name=name, title=text), after=action)
