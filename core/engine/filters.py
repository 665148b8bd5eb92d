"""Filters: which events reach a component or one of its handlers, as values combined with
`&`, `|` and `~` (`Events(MessageReceived) & Words("签到")`, `Jobs("health")`).

A filter is decided in two stages so that dispatch stays a table lookup:
- `at(key)` looks only at what the pipeline's dispatch table is keyed by (the event type, the
  pipeline command a message carries and whether the asking component answers it, the
  message's lead character) and says yes, no, or None: "it depends on the event". The table
  is computed once per key from it (components.py), so no event pays for a component that
  cannot want it.
- `matches(event, ctx)` settles one event (a message's words, a due job's name, the sender's
  role); it runs only inside a component that declares handlers with `@on` (components.py).

A filter that depends on the ruleset (check-in's words) is declared with the setting's name
and `bind` makes the concrete filter when the pipeline is built.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..commands import PREFIXES, command_of, matches_word
from ..events import Event, JobDue, MessageEvent
from ..roles import Role

if TYPE_CHECKING:
    from .context import Context

Verdict = bool | None  # None: decided per event


@dataclass(frozen=True, slots=True)
class Key:
    """What the dispatch table is keyed by, as one component sees it."""

    kind: type[Event]
    command: str | None = None  # the pipeline command a message carries (a name or alias)
    owned: bool = False  # the asking component answers that command
    lead: str = ""  # a message's first character, when some component names it


class Filter(ABC):
    @abstractmethod
    def at(self, key: Key) -> Verdict:
        """Whether events of `key` pass; None when it depends on the event itself."""

    @abstractmethod
    def matches(self, event: Event, ctx: Context) -> bool:
        """Whether this event passes (for a key where `at` said None or True)."""

    def bind(self, component: Any) -> Filter:
        """The filter with settings read from `component` (its ruleset)."""
        return self

    def commands(self) -> tuple[str, ...]:
        """Command names this filter answers (the pipeline routes them to the component)."""
        return ()

    def words(self) -> tuple[str, ...]:
        """Whole messages this filter answers (`Words`: check-in's `签到`, `/checkin`)."""
        return ()

    def __and__(self, other: Filter) -> Filter:
        return All(self, other)

    def __or__(self, other: Filter) -> Filter:
        return AnyOf(self, other)

    def __invert__(self) -> Filter:
        return Not(self)


@dataclass(frozen=True, slots=True)
class All(Filter):
    left: Filter
    right: Filter

    def at(self, key: Key) -> Verdict:
        a, b = self.left.at(key), self.right.at(key)
        if a is False or b is False:
            return False
        return True if a and b else None

    def matches(self, event: Event, ctx: Context) -> bool:
        return self.left.matches(event, ctx) and self.right.matches(event, ctx)

    def bind(self, component: Any) -> Filter:
        return All(self.left.bind(component), self.right.bind(component))

    def commands(self) -> tuple[str, ...]:
        return (*self.left.commands(), *self.right.commands())

    def words(self) -> tuple[str, ...]:
        return (*self.left.words(), *self.right.words())


@dataclass(frozen=True, slots=True)
class AnyOf(Filter):
    left: Filter
    right: Filter

    def at(self, key: Key) -> Verdict:
        a, b = self.left.at(key), self.right.at(key)
        if a or b:
            return True
        return False if a is False and b is False else None

    def matches(self, event: Event, ctx: Context) -> bool:
        return self.left.matches(event, ctx) or self.right.matches(event, ctx)

    def bind(self, component: Any) -> Filter:
        return AnyOf(self.left.bind(component), self.right.bind(component))

    def commands(self) -> tuple[str, ...]:
        return (*self.left.commands(), *self.right.commands())

    def words(self) -> tuple[str, ...]:
        return (*self.left.words(), *self.right.words())


@dataclass(frozen=True, slots=True)
class Not(Filter):
    inner: Filter

    def at(self, key: Key) -> Verdict:
        verdict = self.inner.at(key)
        return None if verdict is None else not verdict

    def matches(self, event: Event, ctx: Context) -> bool:
        return not self.inner.matches(event, ctx)

    def bind(self, component: Any) -> Filter:
        return Not(self.inner.bind(component))


@dataclass(frozen=True, slots=True)
class Always(Filter):
    passes: bool = True

    def at(self, key: Key) -> Verdict:
        return self.passes

    def matches(self, event: Event, ctx: Context) -> bool:
        return self.passes


class Events(Filter):
    """Events of these types (or their subclasses)."""

    __slots__ = ("kinds",)

    def __init__(self, *kinds: type[Event]) -> None:
        self.kinds = kinds

    def at(self, key: Key) -> Verdict:
        return issubclass(key.kind, self.kinds)

    def matches(self, event: Event, ctx: Context) -> bool:
        return isinstance(event, self.kinds)

    def __repr__(self) -> str:
        return f"Events({', '.join(k.__name__ for k in self.kinds)})"


class Commands(Filter):
    """A message carrying one of these commands (none named: any this component answers), from
    a sender holding at least `role` (a plain mismatch: `@on_command` is what answers a
    refusal)."""

    __slots__ = ("names", "role")

    def __init__(self, *names: str, role: Role = Role.MEMBER) -> None:
        self.names, self.role = names, role

    def at(self, key: Key) -> Verdict:
        if not key.owned or (self.names and key.command not in self.names):
            return False
        return True if self.role <= Role.MEMBER else None

    def matches(self, event: Event, ctx: Context) -> bool:
        if not isinstance(event, MessageEvent) or event.text[:1] not in PREFIXES:
            return False
        command = command_of(event)
        if command is None or (self.names and command.name not in self.names):
            return False
        return self.role <= Role.MEMBER or ctx.role_of(event.sender) >= self.role

    def commands(self) -> tuple[str, ...]:
        return self.names

    def __repr__(self) -> str:
        return f"Commands({', '.join(map(repr, self.names))}, role={self.role.name})"


class Leads(Filter):
    """A message whose text starts with one of these characters (`#` for notes)."""

    __slots__ = ("chars",)

    def __init__(self, *chars: str) -> None:
        self.chars = chars

    def at(self, key: Key) -> Verdict:
        return issubclass(key.kind, MessageEvent) and key.lead in self.chars

    def matches(self, event: Event, ctx: Context) -> bool:
        return isinstance(event, MessageEvent) and event.text[:1] in self.chars


class Words(Filter):
    """A message that is one of these words (as check-in's `签到`), compared as
    `matches_word` does; `Words.setting(name)` reads them from the component's settings."""

    __slots__ = ("listed", "setting_name")

    def __init__(self, *words: str, setting_name: str | None = None) -> None:
        self.listed = tuple(w.lower() for w in words)
        self.setting_name = setting_name

    @classmethod
    def setting(cls, name: str) -> Words:
        """The words the component's settings (`config`) hold under `name`."""
        return cls(setting_name=name)

    def bind(self, component: Any) -> Filter:
        if self.setting_name is None:
            return self
        return Words(*getattr(component.config, self.setting_name))

    def words(self) -> tuple[str, ...]:
        return self.listed

    def at(self, key: Key) -> Verdict:
        return None if issubclass(key.kind, MessageEvent) else False

    def matches(self, event: Event, ctx: Context) -> bool:
        return (
            isinstance(event, MessageEvent)
            and not event.for_other_bot
            and not event.automatic_forward  # a channel's post, copied in: no one asking
            and matches_word(event.text, self.listed)
        )


class Jobs(Filter):
    """A scheduled job of one of these names falling due (`JobDue`)."""

    __slots__ = ("names",)

    def __init__(self, *names: str) -> None:
        self.names = names

    def at(self, key: Key) -> Verdict:
        return None if issubclass(key.kind, JobDue) else False

    def matches(self, event: Event, ctx: Context) -> bool:
        return isinstance(event, JobDue) and event.job in self.names
