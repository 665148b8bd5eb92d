"""Handlers declared with filters: `@on(Words.setting("checkin_words"))` on a component's
method makes it the handler of the events the filter lets through.

The pipeline reaches the component only for the dispatch keys some handler's filter may pass
(filters.py); the component's default `handle` then calls the first handler whose filter
matches the event.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from .filters import Filter

if TYPE_CHECKING:
    from ..events import Event
    from .context import Context

# a component's method: handler(self, event, ctx)
EventHandler = Callable[[Any, "Event", "Context"], None]
H = TypeVar("H", bound=EventHandler)
_FILTER = "__event_filter__"  # where @on leaves its filter on the handler

Declared = tuple[tuple[Filter, EventHandler], ...]


def on(selects: Filter) -> Callable[[H], H]:
    """Declare the decorated method the handler of the events `selects` lets through."""

    def declare(handler: H) -> H:
        setattr(handler, _FILTER, selects)
        return handler

    return declare


def declared_handlers(cls: type) -> Declared:
    """A class's `@on` handlers, its bases' first, in definition order; a method replaced
    without `@on` is no handler any more."""
    names = dict.fromkeys(name for klass in reversed(cls.__mro__) for name in vars(klass))
    found: list[tuple[Filter, EventHandler]] = []
    for name in names:
        value = next(vars(k)[name] for k in cls.__mro__ if name in vars(k))
        selects = getattr(value, _FILTER, None)
        if isinstance(selects, Filter):
            found.append((selects, value))
    return tuple(found)
