"""Pins: `/pin` (a reply: that message, members notified; `/pin quiet` without notifying),
`/unpin` (a reply: that message; else the latest pin) and `/unpinall`.

Telegram pins; WeChat groups have no pinned messages a bot can set, so there the commands
say so in the chat.
"""

from __future__ import annotations

from ..actions import Pin, Unpin, UnpinAll
from ..capabilities import Capability
from ..commands import Command
from ..engine import CommandComponent, Context, component, on_command
from ..events import MessageEvent
from ..permissions import Permission
from ..segments import T

QUIET = frozenset({"quiet", "silent", "静音"})
LOUD = frozenset({"loud", "notify", "通知"})


@component
class Pins(CommandComponent):
    name = "pins"
    order = 36

    def _pinnable(self, ctx: Context, event: MessageEvent) -> bool:
        if event.chat is not None and ctx.can(Capability.PIN):
            return True
        ctx.reply(T("Messages cannot be pinned on this platform."))
        return False

    @on_command("pin", permission=Permission.ANNOUNCE, needs=(Capability.PIN,))
    def pin(self, event: MessageEvent, ctx: Context, command: Command) -> None:
        if not self._pinnable(ctx, event):
            return
        assert event.chat is not None
        if event.reply_to is None:
            ctx.reply(T("Reply to the message to pin with /pin (add 'quiet' not to notify)."))
            return
        choice = command.arg(0).lower()
        if choice and choice not in QUIET | LOUD:
            ctx.reply(T("Usage: /pin [quiet|loud], as a reply"))
            return
        loud = choice not in QUIET
        ctx.act(Pin(chat=event.chat, message_id=event.reply_to, loud=loud, tag="pin"))
        ctx.audit("pin", actor=event.sender, rule="manual", evidence=event.reply_to)

    @on_command("unpin", permission=Permission.ANNOUNCE, needs=(Capability.PIN,))
    def unpin(self, event: MessageEvent, ctx: Context, command: Command) -> None:
        if not self._pinnable(ctx, event):
            return
        assert event.chat is not None
        unpin = Unpin(chat=event.chat, message_id=event.reply_to or "", tag="pin")
        ctx.act(unpin)
        ctx.audit("unpin", actor=event.sender, rule="manual", evidence=event.reply_to or "")
        ctx.reply(T("Message unpinned."), after=unpin)

    @on_command("unpinall", permission=Permission.ANNOUNCE, needs=(Capability.PIN,))
    def unpin_all(self, event: MessageEvent, ctx: Context, command: Command) -> None:
        if not self._pinnable(ctx, event):
            return
        assert event.chat is not None
        unpin = UnpinAll(chat=event.chat, tag="pin")
        ctx.act(unpin)
        ctx.audit("unpinall", actor=event.sender, rule="manual")
        ctx.reply(T("All pinned messages were unpinned."), after=unpin)
