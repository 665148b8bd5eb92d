"""Disabling commands per community, as Rose does: `/disable NAME…`, `/enable NAME…`,
`/disabled`, `/disabledel on|off`. A disabled command used by a member or volunteer is
ignored without a word (and its message deleted with /disabledel on); admins and above are
never disabled. The ruleset's `[disabling]` table gives the defaults; what the commands set
is kept per community.
"""

from __future__ import annotations

from ..actions import DeleteMessages
from ..capabilities import Capability
from ..commands import PREFIXES, Command, command_of
from ..engine import CommandComponent, Context, component, on_command
from ..engine.filters import Events, Filter
from ..events import Event, MessageEvent
from ..moderation import CommandSettings, Overrides
from ..permissions import Permission
from ..roles import Role
from ..segments import T
from .sections import DisablingConfig

KEY, DELETE_KEY = "disabled", "disabledel"


@component
class Disabling(CommandComponent):
    name = "disabling"
    section = "disabling"
    order = 3  # before any component that answers a command
    slices = (CommandSettings,)
    message_leads = PREFIXES  # a disabled command is ignored

    # --- members' commands --------------------------------------------------------------------

    def _disabled_command(self, event: Event, ctx: Context) -> Command | None:
        if not isinstance(event, MessageEvent) or event.private or event.text[:1] not in PREFIXES:
            return None
        command = command_of(event)
        name = ctx.community.pipeline.command_name(command.name) if command else None
        return command if name is not None and name in self.disabled(ctx) else None

    def preparing(self) -> Filter:
        return Events(MessageEvent)  # whether the sender is an admin must be known

    async def prepare(self, event: Event, ctx: Context) -> None:
        if event.chat is None:
            return
        if self._disabled_command(event, ctx) is not None or self.command_of(event) is not None:
            await ctx.admins.ensure(event.chat)

    def on_message(self, event: Event, ctx: Context) -> None:
        if self._disabled_command(event, ctx) is None:
            return
        assert isinstance(event, MessageEvent) and event.chat is not None
        if ctx.role_of(event.sender) >= Role.ADMIN:
            return  # admins are never disabled
        if self._delete(ctx) and ctx.can(Capability.DELETE):
            ctx.act(DeleteMessages(chat=event.chat, message_ids=(event.message_id,)))
        ctx.stop()  # ignored, as if the command did not exist

    def disabled(self, ctx: Context) -> list[str]:
        config: DisablingConfig = self.config
        return list(ctx.slice(CommandSettings).get(KEY, config.disabled))

    def _delete(self, ctx: Context) -> bool:
        return bool(ctx.slice(CommandSettings).get(DELETE_KEY, self.config.delete))

    # --- admins' commands ---------------------------------------------------------------------

    def _names(self, ctx: Context, command: Command) -> list[str] | None:
        """The commands named, by their main name; None once a wrong one was answered."""
        if not command.args:
            ctx.reply(T("Name the commands after /{command}.", command=command.name))
            return None
        names = []
        for arg in command.args:
            name = ctx.community.pipeline.command_name(arg.removeprefix("/").lower())
            if name is None:
                ctx.reply(T("There is no /{name} command here.", name=arg.removeprefix("/")))
                return None
            if name in self.owned_commands():
                ctx.reply(T("/{name} cannot be disabled.", name=name))
                return None
            names.append(name)
        return names

    @on_command("disable", permission=Permission.SETTINGS)
    def disable(self, event: MessageEvent, ctx: Context, command: Command) -> None:
        names = self._names(ctx, command)
        if names is None:
            return
        disabled = self.disabled(ctx)
        disabled += [name for name in names if name not in disabled]
        self._save(event, ctx, sorted(disabled), "disable", names)
        ctx.reply(T("Disabled for members: {names}.", names=self._listed(names)))

    @on_command("enable", permission=Permission.SETTINGS)
    def enable(self, event: MessageEvent, ctx: Context, command: Command) -> None:
        names = self._names(ctx, command)
        if names is None:
            return
        kept = [name for name in self.disabled(ctx) if name not in names]
        self._save(event, ctx, kept, "enable", names)
        ctx.reply(T("Enabled again: {names}.", names=self._listed(names)))

    def _save(self, event: MessageEvent, ctx, disabled: list[str], what: str, names) -> None:
        overrides: Overrides = ctx.slice(CommandSettings)
        overrides.set(ctx, KEY, disabled)
        ctx.audit(what, actor=event.sender, rule="manual", evidence=" ".join(names))

    @staticmethod
    def _listed(names: list[str]) -> str:
        return ", ".join(f"/{name}" for name in names)

    @on_command("disabled")
    def list_disabled(self, event: MessageEvent, ctx: Context, command: Command) -> None:
        disabled = self.disabled(ctx)
        if not disabled:
            ctx.reply(T("No commands are disabled."))
            return
        ctx.reply(T("Disabled for members: {names}.", names=self._listed(disabled)))

    @on_command("disabledel", permission=Permission.SETTINGS)
    def switch_delete(self, event: MessageEvent, ctx: Context, command: Command) -> None:
        choice = command.arg(0).lower()
        if choice in ("on", "off"):
            ctx.slice(CommandSettings).set(ctx, DELETE_KEY, choice == "on")
            ctx.audit(DELETE_KEY, actor=event.sender, rule="manual", evidence=choice)
        elif choice:
            ctx.reply(T("Usage: /{command} on|off", command=DELETE_KEY))
            return
        ctx.reply(
            T("Disabled commands are deleted.")
            if self._delete(ctx)
            else T("Disabled commands are ignored and left in the chat.")
        )
