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

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, ClassVar, TypeVar

from ..capabilities import Capability
from ..commands import PREFIXES, Command, command_of
from ..events import Event, MessageEvent, MessageReceived
from ..permissions import Permission, least_role
from ..refs import Ref
from ..roles import Role
from ..segments import TN, I18nText, Mention, T, Text
from .components import Component, P
from .connections import connected_event
from .context import Context
from .filters import Always, Commands, Events, Filter

ROLE_LABELS = {
    Role.MEMBER: T("members"),
    Role.VOLUNTEER: T("volunteers and admins"),
    Role.ADMIN: T("admins"),
    Role.DEPUTY: T("the owner and deputy owners"),
    Role.OWNER: T("the owner"),
}
ANONYMOUS = T("Posting as the group, you count as an admin: send it under your own name.")

MATRIX_ID = re.compile(r"@[^:\s]+:\S+")  # @localpart:server, as members write one
MATRIX_TO = re.compile(r"https://matrix\.to/#/(@[^:\s/?]+:[^\s/?]+)/?")  # a link to one


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
            refusal = T("Only {role} can use /{command}.", role=ROLE_LABELS[spec.role])
            said = I18nText(refusal.msgid, {**refusal.params, "command": command.name})
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


def _without_mention(args: tuple[str, ...], mention: Mention) -> tuple[str, ...]:
    """The arguments without the mention's own words: `@ann` first (a mention typed first), or
    `@Name` wherever it stands (a WeChat mention after the reason: `/ban 刷屏 @Name`)."""
    rest = args[1:] if args and args[0].startswith("@") else args
    marks = [f"@{mark}" for mark in (mention.name, mention.user.local_id) if mark]
    left = []
    for arg in rest:
        for mark in marks:
            arg = arg.replace(mark, "")
        arg = arg.strip(" \u2005")
        if arg:
            left.append(arg)
    return tuple(left)


NEVER = datetime.min.replace(tzinfo=UTC)


def untargeted(command: Command) -> I18nText:
    """Why a command finds nobody to aim at: an `@name` the bot has not met (a member who has
    neither posted nor joined since the bot arrived; Telegram tells a bot no one's username),
    or no target given at all."""
    first = command.args[0] if command.args else ""
    if first.startswith("@") and ":" not in first and first != "@":
        return T(
            "I don't know {name} yet: they have not posted or joined since I arrived. "
            "Reply to one of their messages, or give their id.",
            name=first,
        )
    return T("Reply to their message, mention them or give their id.")


def _by_handle(ctx: Context, wanted: str) -> Ref | None:
    """The member last seen with the public handle `wanted` (Telegram's @name, which
    Telegram's own completion inserts); a handle given up and taken by another member goes to
    the one seen with it last."""
    holders = [m for m in ctx.community.members.values() if m.handle.casefold() == wanted]
    if not holders:
        return None
    latest = max(holders, key=lambda m: m.last_active_at or m.joined_at or NEVER)
    return Ref(latest.key)


class AmbiguousTarget(Exception):
    """`@name` is the display name of several members: the command aims at none of them."""

    def __init__(self, name: str, count: int) -> None:
        super().__init__(name, count)
        self.name, self.count = name, count

    def say(self, ctx: Context) -> None:
        """Tell the one who gave the command, who then picks one by reply or id."""
        ctx.reply(
            TN(
                "{n} member is named {name}: reply to one of their messages, or give their id.",
                "{n} members are named {name}: reply to one of their messages, or give their id.",
                self.count,
                name=self.name,
            )
        )


def _by_name(ctx: Context, platform: str, wanted: str, typed: str) -> Ref | None:
    """The member of `platform` whose id is `wanted`, else the one display name `wanted` is;
    names are not unique (two members called 小王 in a WeChat group), and a guess between them
    could punish the wrong person, so several raise `AmbiguousTarget`."""
    named: list[Ref] = []
    for member in ctx.community.members.values():
        ref = Ref(member.key)
        if ref.platform != platform:
            continue
        if ref.local_id.casefold() in (wanted, typed.casefold()):
            return ref
        if member.name.casefold() == wanted:
            named.append(ref)
    if len(named) > 1:
        raise AmbiguousTarget(typed, len(named))
    return named[0] if named else None


def target_of(
    event: MessageEvent, command: Command, ctx: Context
) -> tuple[Ref | None, tuple[str, ...]]:
    """The member a command is aimed at, and the arguments left over.

    By reply (the replied-to sender), by a mention segment, by `@handle` or `@name` of a known
    member, or by a platform id (a Matrix id `@name:server`, or a matrix.to link to one, or a
    word the platform's adapter reads as an id, `Adapter.user_id`); in that order, except that
    an `@name` typed first outranks the reply (`/give @eve 3` in reply to Bob is for Eve; an
    `@name` of nobody known aims at nobody, never at the replied-to sender).
    """
    args = command.args
    named_first = bool(args) and args[0].startswith("@")
    if event.reply_to_sender is not None and not named_first:
        return event.reply_to_sender, args
    for segment in event.segments:
        if isinstance(segment, Mention):
            return segment.user, _without_mention(args, segment)
    if not args:
        return None, args
    platform = event.sender.platform
    link = MATRIX_TO.fullmatch(args[0])
    first = link[1] if link else args[0]
    if first.startswith("@"):
        wanted = first[1:].casefold()
        if not wanted:  # a bare "@" (a mention half typed) names nobody, not everyone unnamed
            return None, args
        if (handled := _by_handle(ctx, wanted)) is not None:
            return handled, args[1:]
        if (named := _by_name(ctx, platform, wanted, first)) is not None:
            return named, args[1:]
        if platform == "matrix" and MATRIX_ID.fullmatch(first):  # an account not seen yet
            return Ref.user(platform, first), args[1:]
        return None, args
    if (chat := ctx.sender_chat_of(platform, first)) is not None:  # a channel's id
        return chat, args[1:]
    if first.removeprefix("-").isdecimal():  # ١٠٠ and 100 are one account: the id as digits
        return Ref.user(platform, int(first)), args[1:]
    if first.startswith("wxid_"):
        return Ref.user(platform, first), args[1:]
    if (own := ctx.user_id_of(platform, first)) is not None:  # the adapter's own form
        return own, args[1:]
    if first.count(":") >= 2:
        try:
            ref = Ref(first)
        except ValueError:
            return None, args
        return (ref, args[1:]) if ref.kind == "user" else (None, args)
    return None, args
