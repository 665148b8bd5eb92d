"""The engine and the component API.

Each name is imported from its module on first use (PEP 562), so a module that needs one
small part (`engine.windows`, `engine.ordering`) does not import the engine and its storage
models with it: `groupops check` validates settings without them.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .commands import CommandComponent, CommandSpec, on_command, target_of
    from .components import Component, Pipeline, component
    from .context import Context
    from .engine import Engine, Outcome, Result
    from .handlers import on
    from .scheduler import Recurring, schedule
    from .slices import Slice, Writes
    from .state import CommunityState, MemberState

# where each public name is defined
_HOMES = {
    "CommandComponent": ".commands",
    "CommandSpec": ".commands",
    "on_command": ".commands",
    "target_of": ".commands",
    "Component": ".components",
    "Pipeline": ".components",
    "component": ".components",
    "Context": ".context",
    "Engine": ".engine",
    "Outcome": ".engine",
    "Result": ".engine",
    "on": ".handlers",
    "Recurring": ".scheduler",
    "schedule": ".scheduler",
    "Slice": ".slices",
    "Writes": ".slices",
    "CommunityState": ".state",
    "MemberState": ".state",
}

__all__ = [
    "CommandComponent",
    "CommandSpec",
    "CommunityState",
    "Component",
    "Context",
    "Engine",
    "MemberState",
    "Outcome",
    "Pipeline",
    "Recurring",
    "Result",
    "Slice",
    "Writes",
    "component",
    "on",
    "on_command",
    "schedule",
    "target_of",
]


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(home, __name__), name)
    globals()[name] = value  # later reads skip this function
    return value
