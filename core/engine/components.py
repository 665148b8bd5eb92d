"""Components: the small classes a ruleset's pipeline is made of.

A component names the event types it handles and implements `handle(event, ctx)`, which is
synchronous: it reads state through the context and records effects and actions on it. The
engine does all I/O around it (loading state, one commit per batch, delivery). A component
that must fetch something first (an admin list, rows) overrides the async `prepare` and returns
what it fetched; the engine keeps that value with the event (on its context, never on the
component, which every community and every event shares) and `handle` reads it back with
`self.prepared(ctx)`, typed by the component's parameter:

    class ModLog(CommandComponent[list[AuditEntry]]):
        async def prepare(self, event, ctx) -> list[AuditEntry] | None: ...
        def show_log(self, event, ctx, command) -> None:
            rows = self.prepared(ctx) or []

Which events reach a component is a filter (filters.py): by default its `events`, its own
commands and, for other messages, `message_leads`; a component may instead declare handlers
with `@on(filter)` (handlers.py), and the pipeline reaches it only where one may match.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import reduce
from operator import or_
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar, cast

from loguru import logger

from ..commands import PREFIXES, command_of, matches_word
from ..events import Event, MessageEvent
from ..registry import require_features
from .filters import Always, Commands, Events, Filter, Key, Leads
from .handlers import Declared, declared_handlers
from .ordering import ordered

if TYPE_CHECKING:
    from ..capabilities import Capability
    from ..settings.ruleset import RulesetBase
    from .context import Context
    from .scheduler import Recurring
    from .slices import Slice

COMPONENT_GROUP = "groupops.components"

P = TypeVar("P")  # what a component's `prepare` returns to its `handle`


class Component(Generic[P]):
    name: ClassVar[str]
    events: ClassVar[tuple[type[Event], ...]] = ()
    section: ClassVar[str | None] = None  # the ruleset table it reads
    order: ClassVar[int] = 100  # among components free to go next, lower goes first
    after: ClassVar[tuple[str, ...]] = ()  # components this one must follow, when present
    before: ClassVar[tuple[str, ...]] = ()  # components this one must precede, when present
    default: ClassVar[bool] = True  # part of the default pipeline
    slices: ClassVar[tuple[type[Slice], ...]] = ()  # per-community state it needs loaded
    # Messages it acts on besides its own commands, by their text's first character (None:
    # any); the pipeline does not call it for the rest (plain chatter skips `#notes`).
    message_leads: ClassVar[tuple[str, ...] | None] = None
    handlers: ClassVar[Declared] = ()  # its `@on(filter)` methods (handlers.py)

    def __init_subclass__(cls, **kwargs: object) -> None:
        super().__init_subclass__(**kwargs)
        cls.handlers = declared_handlers(cls)

    def __init__(self, ruleset: RulesetBase) -> None:
        self.ruleset = ruleset
        self.config: Any = getattr(ruleset, self.section) if self.section else None
        # the handlers' filters with this ruleset's settings read in
        self._handlers = tuple((f.bind(self), h) for f, h in self.handlers)

    def handle(self, event: Event, ctx: Context) -> None:
        """Calls the first `@on` handler whose filter matches; override it instead of
        declaring handlers."""
        for selects, handler in self._handlers:
            if selects.matches(event, ctx):
                handler(self, event, ctx)
                return
        if not self._handlers:
            raise NotImplementedError(f"{self.name} declares no handlers and no handle")

    def route(self) -> Filter:
        """The events that reach this component: its `events`, narrowed to its handlers'
        filters when it declares some; a message only if it carries one of the component's
        own commands or is chatter it reads (`messages_read`). The pipeline asks once per dispatch
        key."""
        others = ~Events(MessageEvent) | self.messages_read()
        if self._handlers:
            others = reduce(or_, (f for f, _ in self._handlers)) & others
        return Events(*self.events) & (Commands() | others)

    def messages_read(self) -> Filter:
        """Messages it reads besides its own commands: those `message_leads` names, or all."""
        leads = self.message_leads
        return Leads(*leads) if leads is not None else Events(MessageEvent)

    async def prepare(self, event: Event, ctx: Context) -> P | None:
        """Fetch what `handle` will need and return it (see `prepared`); called only when a
        component overrides it."""
        return None

    def prepared(self, ctx: Context) -> P | None:
        """What this component's `prepare` returned for the event `ctx` is handling (None if
        it returned nothing or was not called for it)."""
        kept = ctx.prepared
        return cast("P | None", kept[1]) if kept is not None and kept[0] is self else None

    def recurring(self) -> Iterable[Recurring]:
        """Jobs this component wants on a schedule (handled as `JobDue` events)."""
        return ()

    def warm(self) -> None:
        """Slow set-up done once per process (a model trained), run in a thread as the engine
        starts, so that the first event needing it does not stall every other."""

    @property
    def needs_prepare(self) -> bool:
        return type(self).prepare is not Component.prepare

    def owned_commands(self) -> Iterable[str]:
        """Command names (and aliases) this component answers: those its handlers' filters
        name (`Commands("x")`)."""
        return tuple(name for f, _ in self._handlers for name in f.commands())

    def owned_words(self) -> tuple[str, ...]:
        """Whole messages this component answers as commands (`Words`)."""
        return tuple(word for f, _ in self._handlers for word in f.words())

    def command_named(self, name: str) -> str | None:
        """The command a name or alias it answers stands for."""
        return name if name in self.owned_commands() else None

    def preparing(self) -> Filter:
        """The events whose `prepare` must be awaited, decided per dispatch key as `route` is
        ("depends" awaits it): every event reaching it, when it overrides `prepare`."""
        return Always(self.needs_prepare)


C = TypeVar("C", bound=type[Component])
_BUILTIN: dict[str, type[Component]] = {}


def component(cls: C) -> C:
    """Register a built-in component class; two components may not share a name (a ruleset's
    pipeline names them)."""
    taken = _BUILTIN.get(cls.name)
    # the same class defined again (its module reloaded) replaces itself; another one never
    # does: it would silently change what every pipeline naming it runs
    if taken is not None and (taken.__module__, taken.__qualname__) != (
        cls.__module__,
        cls.__qualname__,
    ):
        raise TypeError(
            f"component name {cls.name!r} is taken by {taken.__module__}.{taken.__qualname__}"
        )
    _BUILTIN[cls.name] = cls
    return cls


def registry() -> dict[str, type[Component]]:
    """The registered components by name (built-ins and plugins, see core/app.py)."""
    require_features("the pipeline")
    return _BUILTIN


def component_names() -> list[str]:
    """Every registered component, in pipeline order (see ordering.py)."""
    return ordered(registry())


def default_pipeline() -> tuple[str, ...]:
    return tuple(name for name in component_names() if registry()[name].default)


_SHADOWS_LOGGED: set[tuple[str, str, str]] = set()


def _shadowed(command: str, answers: str, never: str) -> None:
    """Log once per process that a component's command is never asked (a plugin reusing a
    built-in name, say): `groupops commands` warns of the same."""
    if (command, answers, never) not in _SHADOWS_LOGGED:
        _SHADOWS_LOGGED.add((command, answers, never))
        logger.warning(
            "/{} is answered by component {!r}; {!r} declares it too and is never asked",
            command, answers, never,
        )  # fmt: skip


Handler = Callable[[Event, "Context"], None]
Step = tuple[Component, bool]  # a component, and whether its `prepare` must be awaited


class Pipeline:
    """A ruleset's components in order, with a dispatch table per event type and, for
    messages, per command: most components ignore most events, and an event should not pay
    for the components it does not reach."""

    def __init__(self, ruleset: RulesetBase, names: Iterable[str] | None = None) -> None:
        chosen = tuple(names) if names is not None else (ruleset.pipeline or default_pipeline())
        self.components: tuple[Component, ...] = tuple(registry()[name](ruleset) for name in chosen)
        self._owners: dict[str, Component] = {}
        for c in self.components:  # two components answering one name: the first wins
            for name in c.owned_commands():
                first = self._owners.setdefault(name, c)
                if first is not c:
                    _shadowed(name, first.name, c.name)
        self._words = tuple(dict.fromkeys(w for c in self.components for w in c.owned_words()))
        # Leads some component asks for: the table keeps one entry per lead, not per character.
        self._leads = frozenset(lead for c in self.components for lead in c.message_leads or ())
        self._routes: tuple[Filter, ...] = tuple(c.route() for c in self.components)
        self._preparing: tuple[Filter, ...] = tuple(c.preparing() for c in self.components)
        self._table: dict[tuple[type[Event], str | None, str], tuple[Step, ...]] = {}

    def for_event(self, event: Event) -> tuple[Step, ...]:
        key = (type(event), self._command_in(event), self._lead_of(event))
        found = self._table.get(key)
        if found is None:
            found = self._table[key] = self._steps(*key)
        return found

    def command_name(self, name: str) -> str | None:
        """The command `name` (or an alias of it) stands for in this pipeline, if any."""
        owner = self._owners.get(name)
        return owner.command_named(name) if owner is not None else None

    def command_needs(self, name: str) -> tuple[Capability, ...]:
        """What a platform must do for the command `name` (its spec's `needs`)."""
        owner = self._owners.get(name)
        specs = getattr(owner, "commands", ()) if owner is not None else ()
        return next((spec.needs for spec in specs if spec.name == name), ())

    def answers_word(self, text: str) -> bool:
        """Whether `text` is a whole-message command some component answers (`签到`,
        `/checkin`, `/checkin@TheBot`)."""
        return bool(self._words) and matches_word(text, self._words)

    def _command_in(self, event: Event) -> str | None:
        """The name of the pipeline command a message carries, if it carries one."""
        if not isinstance(event, MessageEvent) or event.text[:1] not in PREFIXES:
            return None
        command = command_of(event)
        return command.name if command is not None and command.name in self._owners else None

    def _lead_of(self, event: Event) -> str:
        if not self._leads or not isinstance(event, MessageEvent) or event.automatic_forward:
            return ""  # a channel's post copied in (`#news`) asks for no note
        lead = event.text[:1]
        return lead if lead in self._leads else ""

    def _steps(self, kind: type[Event], command: str | None, lead: str) -> tuple[Step, ...]:
        """The components whose route may pass this key (filters.py: decided per key)."""
        owner = self._owners.get(command) if command is not None else None
        keys = [Key(kind, command, c is owner, lead) for c in self.components]
        return tuple(
            (c, preparing.at(key) is not False)
            for c, route, preparing, key in zip(
                self.components, self._routes, self._preparing, keys, strict=True
            )
            if route.at(key) is not False
        )

    def recurring(self) -> list[Recurring]:
        return [job for c in self.components for job in c.recurring()]

    def warm(self) -> None:
        for c in self.components:
            c.warm()

    def slices(self) -> set[type[Slice]]:
        return {slice_type for c in self.components for slice_type in c.slices}
