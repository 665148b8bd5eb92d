"""Keeping the chat tidy: `/del` (a reply: that message), `/purge` (a reply: every message
from there to the command), `/cleancommands on|off` (delete command messages once read) and
`/cleanservice on|off` (delete the platform's "joined" / "left" notices). The ruleset's
`[cleanup]` table sets the defaults; a command's choice is kept per community.

Telegram deletes messages younger than 48 hours only (older ones in a purge are skipped by
Telegram itself) and takes up to 100 ids per call (the adapter splits larger purges). A purge
needs numbered messages (Telegram), or an adapter that finds the messages between the first
and the last (Matrix); elsewhere it says it cannot.
"""

from __future__ import annotations

from ..actions import DeleteMessages
from ..capabilities import Capability
from ..commands import PREFIXES, Command, command_of
from ..engine import CommandComponent, Context, component, on_command
from ..events import Event, MessageEvent, MessageReceived, ServiceNotice
from ..moderation import CommandSettings, Overrides
from ..permissions import Permission
from ..segments import T
from .sections import CleanupConfig

PURGE_LIMIT = 1000  # messages one /purge may delete
SETTING = "cleancommands"
SERVICE = "cleanservice"


@component
class Cleanup(CommandComponent):
    name = "cleanup"
    section = "cleanup"
    order = 2  # early: it sees every command, whichever component answers it
    events = (MessageReceived, ServiceNotice)
    slices = (CommandSettings,)
    message_leads = PREFIXES  # with /cleancommands on, any command message goes

    def handle(self, event: Event, ctx: Context) -> None:
        if isinstance(event, ServiceNotice):
            if event.chat is not None and self._on(ctx, SERVICE) and ctx.can(Capability.DELETE):
                ctx.act(DeleteMessages(chat=event.chat, message_ids=(event.message_id,)))
            return
        super().handle(event, ctx)

    def _on(self, ctx: Context, setting: str) -> bool:
        config: CleanupConfig = self.config
        default = config.service if setting == SERVICE else config.commands
        return bool(ctx.slice(CommandSettings).get(setting, default))

    def on_message(self, event: Event, ctx: Context) -> None:
        """With /cleancommands on, a command message goes once the bot has read it."""
        if not isinstance(event, MessageEvent) or event.private or event.chat is None:
            return
        if event.text[:1] not in PREFIXES or not self._on(ctx, SETTING):
            return
        if command_of(event) is not None and self._can_delete(ctx, event):
            ctx.act(DeleteMessages(chat=event.chat, message_ids=(event.message_id,)))

    def _can_delete(self, ctx: Context, event: MessageEvent) -> bool:
        return ctx.can(Capability.DELETE)

    @on_command("del", permission=Permission.MODERATE, needs=(Capability.DELETE,))
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

    @on_command("purge", permission=Permission.MODERATE, needs=(Capability.DELETE,))
    def purge(self, event: MessageEvent, ctx: Context, command: Command) -> None:
        if event.reply_to is None or event.chat is None:
            ctx.reply(T("Reply to the first message to delete with /purge."))
            return
        first, last = event.reply_to, event.message_id
        numbered = first.isdecimal() and last.isdecimal()
        spans = ctx.deletes_spans(event.chat.platform)  # the adapter finds those between
        if not (numbered or spans) or not self._can_delete(ctx, event):
            ctx.reply(T("Purging is not possible on this platform."))
            return
        if not numbered:
            ctx.act(DeleteMessages(chat=event.chat, message_ids=(first, last), span=True))
            ctx.audit("purge", actor=event.sender, rule="manual", evidence=f"{first}..{last}")
            return
        start = max(int(first), int(last) - PURGE_LIMIT + 1)
        ids = tuple(str(n) for n in range(start, int(last) + 1))
        ctx.act(DeleteMessages(chat=event.chat, message_ids=ids))
        ctx.audit("purge", actor=event.sender, rule="manual", evidence=f"{first}..{last}")

    @on_command("cleancommands", permission=Permission.SETTINGS, needs=(Capability.DELETE,))
    def clean_commands(self, event: MessageEvent, ctx: Context, command: Command) -> None:
        on = self._switch(event, ctx, command, SETTING)
        if on is not None:
            ctx.reply(
                T("Commands are deleted once read.") if on else T("Commands are left in the chat.")
            )

    @on_command("cleanservice", permission=Permission.SETTINGS, needs=(Capability.DELETE,))
    def clean_service(self, event: MessageEvent, ctx: Context, command: Command) -> None:
        if not ctx.deletes_service_notices(event.chat.platform if event.chat else ""):
            ctx.reply(T("Join and leave notices cannot be deleted on this platform."))
            return
        on = self._switch(event, ctx, command, SERVICE)
        if on is not None:
            ctx.reply(
                T("Join and leave notices are deleted.")
                if on
                else T("Join and leave notices are left in the chat.")
            )

    def _switch(self, event: MessageEvent, ctx: Context, command: Command, key: str) -> bool | None:
        """`/key on|off` sets it, `/key` shows it; None after a usage error (answered)."""
        overrides: Overrides = ctx.slice(CommandSettings)
        choice = command.arg(0).lower()
        if choice in ("on", "off"):
            overrides.set(ctx, key, choice == "on")
            ctx.audit(key, actor=event.sender, rule="manual", evidence=choice)
        elif choice:
            ctx.reply(T("Usage: /{command} on|off", command=key))
            return None
        return self._on(ctx, key)
