"""Chat commands for components: a declarative table of commands, each with the least role
that may use it, and helpers to find the member a command is aimed at.

    class Points(CommandComponent):
        name = "points"

        @on_command("points", aliases=("balance",))
        def show(self, event, ctx, command): ...

        @on_command("give", permission=Permission.POINTS)
        def give(self, event, ctx, command): ...

The decorator puts the handler itself in the command's spec, and the class's `commands` table
is collected from its decorated methods (a handler cannot be misnamed).

A command is `/name args` (or `!name`), optionally `/name@BotName`. Someone below the
command's role gets a localized refusal and nothing else happens.

Among messages, a command component's `prepare` runs only for its own commands, and a
component that does not override `on_message` sees only its own commands: the pipeline skips
it for the rest. So `prepare` and `handle` overrides must leave other messages alone.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, ClassVar, TypeVar

from ..capabilities import Capability
from ..commands import PREFIXES, Command, command_of
from ..events import Event, MessageEvent, MessageReceived
from ..permissions import Permission, least_role
from ..roles import Role
from ..segments import I18nText, T, Text
from .command_refusals import Refusals
from .components import Component, P
from .connections import connected_event
from .context import Context
from .filters import Always, Commands, Events, Filter
from .targets import AmbiguousTarget

ROLE_LABELS = {
    Role.MEMBER: T("members"),
    Role.VOLUNTEER: T("volunteers and admins"),
    Role.ADMIN: T("admins"),
    Role.DEPUTY: T("the owner and deputy owners"),
    Role.OWNER: T("the owner"),
}


def refusal(ctx: Context, role: Role, command: str) -> I18nText:
    """What one below `role` hears. When the chat's admin list could not be read (the
    platform not answering), their role is unknown: never say they lack it."""
    if role > Role.MEMBER and ctx.roles_unread():
        return T(
            "Your role could not be checked just now (the chat's admin list could not be "
            "read); try /{command} again in a minute.",
            command=command,
        )
    said = T("Only {role} can use /{command}.", role=ROLE_LABELS[role])
    return I18nText(said.msgid, {**said.params, "command": command})


ANONYMOUS = T("Posting as the group, you count as an admin: send it under your own name.")
# a command component's method: handler(self, event, ctx, command)
Handler = Callable[[Any, MessageEvent, Context, Command], None]
H = TypeVar("H", bound=Handler)
_SPECS = "__command_specs__"  # where @on_command leaves its specs on the handler


@dataclass(frozen=True, slots=True)
class CommandSpec:
    """A command and who may use it. A command that exercises a right names it
    (`permission=Permission.SETTINGS`) and its least role comes from the roles table
    (`core/permissions.py`, what /roles shows); `role` alone is for member-level commands."""

    name: str
    handler: Handler
    role: Role = Role.MEMBER
    aliases: tuple[str, ...] = ()
    needs: tuple[Capability, ...] = ()  # what a platform must do for it (the command list)
    permission: Permission | None = None

    def __post_init__(self) -> None:
        if self.permission is not None:
            object.__setattr__(self, "role", max(self.role, least_role(self.permission)))


def on_command(
    name: str,
    *,
    role: Role = Role.MEMBER,
    aliases: tuple[str, ...] = (),
    needs: tuple[Capability, ...] = (),
    permission: Permission | None = None,
) -> Callable[[H], H]:
    """Declare the decorated method the handler of `/name` (stackable: one handler may answer
    several commands)."""

    def declare(handler: H) -> H:
        spec = CommandSpec(name, handler, role, aliases, needs, permission)
        setattr(handler, _SPECS, (*getattr(handler, _SPECS, ()), spec))
        return handler

    return declare


def declared_commands(cls: type) -> tuple[CommandSpec, ...]:
    """The commands a class's methods declare, its bases' first, in definition order."""
    names = dict.fromkeys(name for klass in reversed(cls.__mro__) for name in vars(klass))
    specs: list[CommandSpec] = []
    for name in names:
        found = [vars(k)[name] for k in cls.__mro__ if name in vars(k)]  # found[0] is in effect
        declared = getattr(found[0], _SPECS, ())
        replaced = next((s for f in found[1:] for s in getattr(f, _SPECS, ())), None)
        if not declared and replaced is not None:
            raise TypeError(
                f"{cls.__qualname__}.{name} replaces the handler of /{replaced.name} "
                "without @on_command"
            )
        specs.extend(reversed(declared))  # stacked decorators apply bottom-up
    return tuple(specs)


class CommandComponent(Component[P]):
    """A component answering commands; other events go to its `@on` handlers if it declares
    some, else to `on_message` (messages only if it overrides it)."""

    events: ClassVar[tuple[type[Event], ...]] = (MessageReceived,)
    commands: ClassVar[tuple[CommandSpec, ...]] = ()  # collected from @on_command methods
    # A connected member's private command acts on the connected group (connections.py).
    follows_connections: ClassVar[bool] = True
    _table: ClassVar[dict[str, CommandSpec]]  # command name or alias -> its spec

    def __init_subclass__(cls, **kwargs: object) -> None:
        super().__init_subclass__(**kwargs)
        if "commands" in vars(cls):
            raise TypeError(f"{cls.__qualname__}: declare commands with @on_command on handlers")
        cls.commands = declared_commands(cls)
        if Refusals not in cls.slices:  # every command component may refuse
            cls.slices = (*cls.slices, Refusals)
        cls._table = {alias: spec for spec in cls.commands for alias in (spec.name, *spec.aliases)}

    def owned_commands(self) -> Iterable[str]:
        return self._table

    @classmethod
    def command_named(cls, name: str) -> str | None:
        spec = cls._table.get(name)
        return spec.name if spec is not None else None

    def messages_read(self) -> Filter:
        """Other messages reach it only if it overrides `on_message` or declares `@on`
        handlers (whose filters then say which)."""
        if type(self).on_message is CommandComponent.on_message and not self._handlers:
            return Always(False)
        return super().messages_read()

    def preparing(self) -> Filter:
        """Among messages, only its own commands are prepared for."""
        return super().preparing() & (Commands() | ~Events(MessageEvent))

    def command_of(self, event: Event) -> tuple[CommandSpec, Command] | None:
        if not isinstance(event, MessageEvent) or event.text[:1] not in PREFIXES:
            return None
        command = command_of(event)
        spec = self._table.get(command.name) if command else None
        return (spec, command) if spec and command else None

    async def prepare(self, event: Event, ctx: Context) -> P | None:
        found = self.command_of(event)
        if self.follows_connections:
            event = connected_event(event, ctx.connections)
        if found and found[0].role > Role.MEMBER and event.chat is not None:
            await ctx.admins.ensure(event.chat)
        return None

    def handle(self, event: Event, ctx: Context) -> None:
        found = self.command_of(event)
        if found is None:  # the `@on` handlers, if it declares some, else `on_message`
            if self._handlers:
                super().handle(event, ctx)
            else:
                self.on_message(event, ctx)
            return
        spec, command = found
        assert isinstance(event, MessageEvent)
        if self.follows_connections:  # sent in private by a connected member: in the group
            connected = connected_event(event, ctx.connections)
            if connected is not event:
                assert isinstance(connected, MessageEvent)
                ctx.event, sent = connected, event
                try:
                    self._run(spec, command, connected, ctx)
                finally:
                    ctx.event = sent
                return
        self._run(spec, command, event, ctx)

    def _run(self, spec: CommandSpec, command: Command, event: MessageEvent, ctx: Context) -> None:
        if ctx.role_of(event.sender) < spec.role:
            heard = ctx.slice(Refusals).heard_enough(str(event.chat), str(event.sender), event.time)
            if not heard:
                said = refusal(ctx, spec.role, command.name)
                # the platform hides which admin posted as the group: an admin at most
                anonymous = event.sender_is_admin and event.sender_chat is not None
                ctx.reply((said, Text(" "), ANONYMOUS) if anonymous else said)
            ctx.stop()
            return
        try:
            spec.handler(self, event, ctx, command)
        except AmbiguousTarget as named:
            named.say(ctx)
        ctx.stop()  # a command is not chatter: later components do not see it

    def on_message(self, event: Event, ctx: Context) -> None:
        """Messages that are not one of this component's commands."""
