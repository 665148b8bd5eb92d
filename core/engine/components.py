"""Components: the small classes a ruleset's pipeline is made of.

A component names the event types it handles and implements `handle(event, ctx)`, which is
synchronous: it reads state through the context and records effects and actions on it. The
engine does all I/O around it (loading state, one commit per batch, delivery). A component
that must fetch something first (an admin list) overrides the async `prepare`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import cache
from importlib.metadata import entry_points
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from ..events import Event

if TYPE_CHECKING:
    from ..settings.ruleset import RulesetBase
    from .context import Context
    from .scheduler import Recurring
    from .slices import Slice

COMPONENT_GROUP = "groupops.components"


class Component:
    name: ClassVar[str]
    events: ClassVar[tuple[type[Event], ...]] = ()
    section: ClassVar[str | None] = None  # the ruleset table it reads
    order: ClassVar[int] = 100  # position in the default pipeline
    default: ClassVar[bool] = True  # part of the default pipeline
    slices: ClassVar[tuple[type[Slice], ...]] = ()  # per-community state it needs loaded

    def __init__(self, ruleset: RulesetBase) -> None:
        self.ruleset = ruleset
        self.config: Any = getattr(ruleset, self.section) if self.section else None

    def handle(self, event: Event, ctx: Context) -> None:
        raise NotImplementedError

    async def prepare(self, event: Event, ctx: Context) -> None:
        """Fetch what `handle` will need; called only when a component overrides it."""

    def recurring(self) -> Iterable[Recurring]:
        """Jobs this component wants on a schedule (handled as `JobDue` events)."""
        return ()

    @property
    def needs_prepare(self) -> bool:
        return type(self).prepare is not Component.prepare


C = TypeVar("C", bound=type[Component])
_BUILTIN: dict[str, type[Component]] = {}


def component(cls: C) -> C:
    """Register a built-in component class; two components may not share a name (a ruleset's
    pipeline names them)."""
    taken = _BUILTIN.get(cls.name)
    if taken is not None and taken.__qualname__ != cls.__qualname__:
        raise TypeError(
            f"component name {cls.name!r} is taken by {taken.__module__}.{taken.__qualname__}"
        )
    _BUILTIN[cls.name] = cls
    return cls


@cache
def _installed() -> dict[str, type[Component]]:
    """Components other packages register under the `groupops.components` entry-point group."""
    return {ep.name: ep.load() for ep in entry_points(group=COMPONENT_GROUP)}


def registry() -> dict[str, type[Component]]:
    from .. import components  # noqa: F401 - imports register the built-ins

    return {**_installed(), **_BUILTIN}


def component_names() -> list[str]:
    return sorted(registry(), key=lambda name: (registry()[name].order, name))


def default_pipeline() -> tuple[str, ...]:
    return tuple(name for name in component_names() if registry()[name].default)


Handler = Callable[[Event, "Context"], None]


class Pipeline:
    """A ruleset's components in order, with a per-event-type dispatch table."""

    def __init__(self, ruleset: RulesetBase, names: Iterable[str] | None = None) -> None:
        chosen = tuple(names) if names is not None else (ruleset.pipeline or default_pipeline())
        self.components: tuple[Component, ...] = tuple(registry()[name](ruleset) for name in chosen)
        self._table: dict[type[Event], tuple[Component, ...]] = {}

    def for_event(self, event: Event) -> tuple[Component, ...]:
        kind = type(event)
        found = self._table.get(kind)
        if found is None:
            found = tuple(c for c in self.components if isinstance(event, c.events))
            self._table[kind] = found
        return found

    def recurring(self) -> list[Recurring]:
        return [job for c in self.components for job in c.recurring()]

    def slices(self) -> set[type[Slice]]:
        return {slice_type for c in self.components for slice_type in c.slices}
