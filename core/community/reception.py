"""A command sent in private that no community claims (several communities, and the member
connected to none): answered, not dropped. The member is told which groups they can connect
to (those where the settings or the platform make them an admin) or, knowing none, how to connect.
Nothing else sees the message: it belongs to no community."""

from __future__ import annotations

from typing import NamedTuple

from ..commands import command_of
from ..engine import Component, Context, component
from ..events import Event, MessageEvent
from ..refs import Ref
from ..roles import ROLE_NAMES, Role
from ..segments import I18nText, T
from ..storage.models import Member

GREETINGS = ("start", "help")  # what a member sends first, connected or not


class Found(NamedTuple):
    administered: list[tuple[str, Ref]]  # (title, chat) of the groups the sender administers
    member_of: list[str | I18nText]  # the titles of the communities the sender is a member of


@component
class Reception(Component[Found]):
    name = "reception"
    order = -1  # before anything that would count the message as the community's
    events = (MessageEvent,)
    # Only a command can be unclaimed (Engine.unclaimed_command): chatter never reaches it.
    message_leads = ("/",)

    async def prepare(self, event: Event, ctx: Context) -> Found | None:
        """For a command no community claims: the groups (title, chat) its sender administers,
        and the communities they are a member of."""
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
                    found.append((settings.title_in() or name, chat))
        communities = ctx.settings.communities
        joined: list[str] = [
            str(name)
            for name in await Member.filter(key=str(event.sender), status="member").values_list(
                "community", flat=True
            )
        ]
        known = ctx.membership_in_memory(str(event.sender))  # loaded: fresher than the rows
        member_of = [
            settings.title_said(name)
            for name, settings in communities.items()
            if known.get(name, name in joined)
        ]
        return Found(found, member_of)

    def handle(self, event: Event, ctx: Context) -> None:
        prepared = self.prepared(ctx)
        if not isinstance(event, MessageEvent) or prepared is None:
            return
        ctx.stop()
        found, member_of = prepared
        command = command_of(event)
        if not found and command is not None and command.name in GREETINGS:
            # a member opening the bot (Telegram's Start button sends /start): who it is, not
            # how admins connect a group; naming only their own communities, not every other
            # the bot serves
            if len(member_of) > 1:
                said = T(
                    "I am the bot of {communities}: I look after their group chats (rules, "
                    "points, campaigns). Send /help in your group to see what it offers.",
                    communities=member_of,
                )
            elif member_of:
                said = T(
                    "I am the bot of {community}: I look after its group chats (rules, points, "
                    "campaigns). Send /help in your group to see what it offers.",
                    community=member_of[0],
                )
            else:
                said = T(
                    "I look after group chats (rules, points, campaigns). Send /help in your "
                    "group to see what it offers."
                )
            ctx.reply(said)
            return
        if not found:
            ctx.reply(
                T(
                    "You are not connected to any group. Send /connect in your group, then "
                    "send me its commands here."
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
