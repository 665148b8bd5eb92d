"""The engine and the component API.

A module that needs one small part (`engine.windows`, `engine.ordering`) does not import the
engine and its storage models with it: `groupops check` validates settings without them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lazy_exports import exports

if TYPE_CHECKING:
    from .commands import CommandComponent, CommandSpec, on_command
    from .components import Component, Pipeline, component
    from .context import Context
    from .engine import Engine, Outcome, Result
    from .filters import Commands, Events, Jobs, Leads, Words
    from .handlers import on
    from .scheduler import Recurring, schedule
    from .slices import Slice, Writes
    from .state import CommunityState, MemberState
    from .targets import AmbiguousTarget, target_of, untargeted

# each name is imported from its module when first read (lazy_exports.py)
__getattr__ = exports(
    __name__,
    {
        ".commands": ("CommandComponent", "CommandSpec", "on_command"),
        ".targets": ("AmbiguousTarget", "target_of", "untargeted"),
        ".components": ("Component", "Pipeline", "component"),
        ".context": ("Context",),
        ".engine": ("Engine", "Outcome", "Result"),
        ".filters": ("Commands", "Events", "Jobs", "Leads", "Words"),
        ".handlers": ("on",),
        ".scheduler": ("Recurring", "schedule"),
        ".slices": ("Slice", "Writes"),
        ".state": ("CommunityState", "MemberState"),
    },
)

__all__ = [
    "AmbiguousTarget",
    "CommandComponent",
    "CommandSpec",
    "Commands",
    "CommunityState",
    "Component",
    "Context",
    "Engine",
    "Events",
    "Jobs",
    "Leads",
    "MemberState",
    "Outcome",
    "Pipeline",
    "Recurring",
    "Result",
    "Slice",
    "Words",
    "Writes",
    "component",
    "on",
    "on_command",
    "schedule",
    "target_of",
    "untargeted",
]
