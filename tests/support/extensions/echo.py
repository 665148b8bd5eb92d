"""A component: `/echo TEXT` answers TEXT."""

from __future__ import annotations

from groupops.core.commands import Command
from groupops.core.engine import CommandComponent, Context, component, on_command
from groupops.core.events import MessageEvent


@component
class Echo(CommandComponent):
    name = "echo"
    order = 90
    default = False  # only where a ruleset's pipeline names it

    @on_command("echo")
    def echo(self, event: MessageEvent, ctx: Context, command: Command) -> None:
        ctx.reply(" ".join(command.args) or "(nothing)")
