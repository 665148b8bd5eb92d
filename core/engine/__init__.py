"""The engine and the component API."""

from .commands import CommandComponent, CommandSpec, on_command, target_of
from .components import Component, Pipeline, component
from .context import Context
from .engine import Engine, Outcome, Result
from .handlers import on
from .scheduler import Recurring, schedule
from .slices import Slice, Writes
from .state import CommunityState, MemberState

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
