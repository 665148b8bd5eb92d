"""A command sent in private that no community claims (several communities, and the member
connected to none): answered, not dropped. The member is told which groups they can connect
to (those where the settings or the platform make them an admin) or, knowing none, how to connect.
Nothing else sees the message: it belongs to no community."""

from __future__ import annotations

from ..commands import command_of
from ..engine import Component, Context, component
from ..events import Event, MessageEvent
from ..refs import Ref
from ..roles import ROLE_NAMES, Role
from ..segments import T

GREETINGS = ("start", "help")  # what a member sends first, connected or not


@component
class Reception(Component[list[tuple[str, Ref]]]):
    name = "reception"
    order = -1  # before anything that would count the message as the community's
    events = (MessageEvent,)
    # Only a command can be unclaimed (Engine.unclaimed_command): chatter never reaches it.
    message_leads = ("/",)

    async def prepare(self, event: Event, ctx: Context) -> list[tuple[str, Ref]] | None:
        """For a command no community claims: the groups (title, chat) its sender administers."""
        if not isinstance(event, MessageEvent) or not ctx.unclaimed_command():
            return None
        found: list[tuple[str, Ref]] = []
        for name, settings in ctx.settings.communities.items():
            # an admin role from the settings, or the platform's admin list of the chat
            named = (
                ROLE_NAMES[r] for r, members in settings.roles.items() if event.sender in members
            )
            role = max(named, default=Role.MEMBER)
            for chat in ctx.directory.chats_of(name):
                if chat.platform != event.sender.platform:
                    continue
                await ctx.admins.ensure(chat)
                listed = ctx.admins.known(chat).get(event.sender, Role.MEMBER)
                if max(role, listed) >= Role.ADMIN:
                    found.append((settings.title or name, chat))
        return found

    def handle(self, event: Event, ctx: Context) -> None:
        found = self.prepared(ctx)
        if not isinstance(event, MessageEvent) or found is None:
            return
        ctx.stop()
        command = command_of(event)
        if not found and command is not None and command.name in GREETINGS:
            # a member opening the bot (Telegram's Start button sends /start): who it is, not
            # how admins connect a group
            titles = ", ".join(s.title or name for name, s in ctx.settings.communities.items())
            ctx.reply(
                T(
                    "I am the bot of {communities}: I look after their group chats (rules, "
                    "points, campaigns). Send /help in your group to see what it offers.",
                    communities=titles,
                )
            )
            return
        if not found:
            ctx.reply(
                T(
                    "You are not connected to any group. Send /connect in the group you "
                    "want to manage, then send me its commands here."
                )
            )
            return
        listed = "\n".join(f"/connect {chat.local_id} ({title})" for title, chat in found)
        ctx.reply(
            T(
                "You are not connected to any group. You can connect to:\n{groups}",
                groups=listed,
            )
        )
