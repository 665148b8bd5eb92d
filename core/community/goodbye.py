"""A goodbye when a member leaves of their own accord (off by default, as Rose has it): the
ruleset's `[goodbye]` text or the one set with `/setgoodbye`, `{name}` and `{community}`
filled in (and `{first}`, `{mention}`, `{id}`, `{chatname}`; Rose markup), in the chat's
language. Members removed by moderation get no goodbye.

Commands (what /roles calls group settings): /setgoodbye TEXT, /goodbye [on|off].
"""

from __future__ import annotations

from ..commands import Command
from ..engine import CommandComponent, Context, component, on_command
from ..events import Event, LeaveReason, MemberLeft, MessageEvent, MessageReceived
from ..markup import fillings, formatted
from ..markup_write import saved_text
from ..moderation import CommandSettings, Overrides
from ..permissions import Permission
from ..refs import Ref
from ..segments import Segment, T

KEY = "goodbye"  # kept by command: {text, enabled}


@component
class Goodbye(CommandComponent):
    name = "goodbye"
    section = "goodbye"
    order = 21
    events = (MemberLeft, MessageReceived)
    slices = (CommandSettings,)

    def handle(self, event: Event, ctx: Context) -> None:
        if isinstance(event, MemberLeft):
            if event.reason is LeaveReason.LEFT and event.chat is not None and self._on(ctx):
                name = event.name or event.member.local_id
                self.say_goodbye(ctx, event.chat, name, event.member)
            return
        super().handle(event, ctx)

    def _current(self, ctx: Context) -> dict:
        return dict(ctx.slice(CommandSettings).get(KEY, {}))

    def _on(self, ctx: Context) -> bool:
        return bool(self._current(ctx).get("enabled", self.config.enabled))

    def say_goodbye(self, ctx: Context, chat: Ref, name: str, member: Ref) -> None:
        params = {"name": name, "community": ctx.community.title}
        params |= fillings(member, name, ctx.community.title)
        text = self._current(ctx).get("text") or self.config.text
        message: Segment = (
            formatted(text, **params)
            if text
            else T("Goodbye, {name}! Thanks for being here.", **params)
        )
        ctx.send(message, chat=chat, tag="goodbye")

    @on_command("setgoodbye", permission=Permission.SETTINGS)
    def set_goodbye(self, event: MessageEvent, ctx: Context, command: Command) -> None:
        if not command.rest:
            ctx.reply(
                T("Write the goodbye after the command; {name} and {community} are filled in.")
            )
            return
        overrides: Overrides = ctx.slice(CommandSettings)
        overrides.set(ctx, KEY, {**self._current(ctx), "text": saved_text(event.segments, 1)})
        ctx.audit("setgoodbye", actor=event.sender, rule="manual", evidence=command.rest)
        ctx.reply(T("Goodbye message saved."))

    @on_command("goodbye", permission=Permission.SETTINGS)
    def switch(self, event: MessageEvent, ctx: Context, command: Command) -> None:
        choice = command.arg(0).lower()
        if choice in ("on", "off"):
            overrides: Overrides = ctx.slice(CommandSettings)
            overrides.set(ctx, KEY, {**self._current(ctx), "enabled": choice == "on"})
            ctx.audit("goodbye", actor=event.sender, rule="manual", evidence=choice)
        elif choice:
            ctx.reply(T("Usage: /{command} on|off", command="goodbye"))
            return
        on = self._on(ctx)
        if on and event.chat is not None:  # a preview, as /welcome shows the welcome: said to
            # be one, or the group reads the admin's own farewell
            ctx.reply(T("Goodbye messages are on. A member who leaves will read:"))
            name = event.sender_name or event.sender.local_id
            self.say_goodbye(ctx, event.chat, name, event.sender)
            return
        ctx.reply(T("Goodbye messages are on.") if on else T("Goodbye messages are off."))
