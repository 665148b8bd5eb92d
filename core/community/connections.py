"""`/connect`, `/disconnect`, `/connection`, as in Rose: an admin connects to a group (in
the group: `/connect`; in a private chat: `/connect CHAT`, the chat's id or reference) and
then sends that group's commands to the bot in private. Each command is checked against the
role the member holds in the group when it is sent (core/engine/connections.py); answers
come back in private.
"""

from __future__ import annotations

from ..commands import Command
from ..engine import CommandComponent, Context, component, on_command
from ..engine.connections import requested_chat
from ..events import MessageEvent
from ..roles import Role
from ..segments import T


@component
class ConnectionCommands(CommandComponent):
    name = "connections"
    order = 5
    follows_connections = False  # these commands are about the connection itself

    async def prepare(self, event, ctx: Context) -> None:
        await super().prepare(event, ctx)
        if isinstance(event, MessageEvent) and (chat := self._target(event)) is not None:
            await ctx.admins.ensure(chat)

    def _target(self, event: MessageEvent):
        return requested_chat(event) if event.private else event.chat

    @on_command("connect")
    def connect(self, event: MessageEvent, ctx: Context, command: Command) -> None:
        chat = self._target(event)
        if chat is None:
            ctx.reply(
                T(
                    "Usage: /connect CHAT in a private chat (the group's id), or /connect "
                    "in the group."
                )
            )
            return
        if ctx.directory.community_of(chat) != ctx.community.name:
            ctx.reply(T("I do not look after the chat {chat}.", chat=chat.local_id))
            return
        known = ctx.peek_member(event.sender) is not None
        if not known and ctx.role_of(event.sender, chat) < Role.ADMIN:
            ctx.reply(
                T("Only members of {community} can connect to it.", community=ctx.community.title)
            )
            return
        ctx.connections.connect(ctx, event.sender, chat)
        ctx.audit("connect", actor=event.sender, rule="manual", evidence=str(chat))
        ctx.reply(
            T(
                "Connected to {community}: the commands you send me in private now act "
                "there, with the role you hold there.",
                community=ctx.community.title,
            )
        )

    @on_command("disconnect")
    def disconnect(self, event: MessageEvent, ctx: Context, command: Command) -> None:
        if ctx.connections.disconnect(ctx, event.sender) is None:
            ctx.reply(T("You are not connected to any group."))
            return
        ctx.reply(T("Disconnected: your private commands act on no group now."))

    @on_command("connection")
    def show(self, event: MessageEvent, ctx: Context, command: Command) -> None:
        found = ctx.connections.of(event.sender)
        if found is None:
            ctx.reply(T("You are not connected to any group."))
            return
        community = ctx.settings.communities[found[0]]
        ctx.reply(
            T(
                "Connected to {community} (chat {chat}).",
                community=community.title_said(found[0]),
                chat=found[1].local_id,
            )
        )
