"""A component: `/echo TEXT` answers TEXT. Its entry point (`groupops.components`) names the
class; importing this module imports the detector and the campaign kind, which register
themselves."""

from __future__ import annotations

from groupops.core.commands import Command
from groupops.core.engine import CommandComponent, Context, component, on_command
from groupops.core.events import MessageEvent

from . import quiz, shouting  # noqa: F401 - registered by their decorators when imported


@component
class Echo(CommandComponent):
    """Say TEXT back to the chat."""  # its line in `groupops commands`

    name = "echo"
    order = 90
    default = False  # only where a ruleset's pipeline names it

    @on_command("echo")
    def echo(self, event: MessageEvent, ctx: Context, command: Command) -> None:
        ctx.reply(" ".join(command.args) or "(nothing)")
