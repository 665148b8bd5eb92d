"""Keeping the chat tidy: `/del` (a reply: that message), `/purge` (a reply: every message
from there to the command), and `/cleancommands on|off` (delete command messages once read).

Telegram deletes messages younger than 48 hours only (older ones in a purge are skipped by
Telegram itself) and takes up to 100 ids per call (the adapter splits larger purges). A purge
needs numbered messages (Telegram); elsewhere it says it cannot.
"""

from __future__ import annotations

from ..actions import DeleteMessages
from ..capabilities import Capability
from ..commands import PREFIXES, Command, parse_command
from ..engine import CommandComponent, CommandSpec, Context, component
from ..events import Event, MessageEvent
from ..moderation.overrides import CommandSettings, Overrides
from ..roles import Role
from ..segments import T

PURGE_LIMIT = 1000  # messages one /purge may delete
SETTING = "cleancommands"


@component
class Cleanup(CommandComponent):
    name = "cleanup"
    order = 2  # early: it sees every command, whichever component answers it
    slices = (CommandSettings,)
    commands = (
        CommandSpec("del", "delete", role=Role.ADMIN, needs=(Capability.DELETE,)),
        CommandSpec("purge", "purge", role=Role.ADMIN, needs=(Capability.DELETE,)),
        CommandSpec("cleancommands", "clean_commands", role=Role.ADMIN, needs=(Capability.DELETE,)),
    )

    def on_message(self, event: Event, ctx: Context) -> None:
        """With /cleancommands on, a command message goes once the bot has read it."""
        if not isinstance(event, MessageEvent) or event.private or event.chat is None:
            return
        if event.text[:1] not in PREFIXES or not ctx.slice(CommandSettings).get(SETTING):
            return
        if parse_command(event.text) is not None and self._can_delete(ctx, event):
            ctx.act(DeleteMessages(chat=event.chat, message_ids=(event.message_id,)))

    def _can_delete(self, ctx: Context, event: MessageEvent) -> bool:
        assert event.chat is not None
        capabilities = ctx.engine.capabilities(event.chat.platform)
        return capabilities is None or Capability.DELETE in capabilities

    def delete(self, event: MessageEvent, ctx: Context, command: Command) -> None:
        if event.reply_to is None or event.chat is None:
            ctx.reply(T("Reply to the message to delete with /del."))
            return
        if not self._can_delete(ctx, event):
            ctx.reply(T("Messages cannot be deleted on this platform."))
            return
        ids = (event.reply_to, event.message_id)
        ctx.act(DeleteMessages(chat=event.chat, message_ids=ids))
        ctx.audit("del", actor=event.sender, rule="manual", detail={"messages": ids})

    def purge(self, event: MessageEvent, ctx: Context, command: Command) -> None:
        if event.reply_to is None or event.chat is None:
            ctx.reply(T("Reply to the first message to delete with /purge."))
            return
        first, last = event.reply_to, event.message_id
        if not (first.isdigit() and last.isdigit()) or not self._can_delete(ctx, event):
            ctx.reply(T("Purging is not possible on this platform."))
            return
        start = max(int(first), int(last) - PURGE_LIMIT + 1)
        ids = tuple(str(n) for n in range(start, int(last) + 1))
        ctx.act(DeleteMessages(chat=event.chat, message_ids=ids))
        ctx.audit("purge", actor=event.sender, rule="manual", evidence=f"{first}..{last}")

    def clean_commands(self, event: MessageEvent, ctx: Context, command: Command) -> None:
        overrides: Overrides = ctx.slice(CommandSettings)
        choice = command.arg(0).lower()
        if choice in ("on", "off"):
            overrides.set(ctx, SETTING, choice == "on")
            ctx.audit(SETTING, actor=event.sender, rule="manual", evidence=choice)
        elif choice:
            ctx.reply(T("Usage: /cleancommands on|off"))
            return
        on = bool(overrides.get(SETTING))
        ctx.reply(
            T("Commands are deleted once read.") if on else T("Commands are left in the chat.")
        )
