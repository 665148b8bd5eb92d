"""A component for delivery tests: answers "ping" with "pong" and "echo X" with "X", and
removes who says "remove me". Named in a ruleset's pipeline as `test_ping`."""

from __future__ import annotations

from groupops.core.actions import Kick
from groupops.core.engine import Component, Context, component
from groupops.core.events import Event, MessageReceived

PIPELINE = {"rulesets": {"main": {"pipeline": ["test_ping"]}}}


@component
class Ping(Component):
    name = "test_ping"
    default = False
    events = (MessageReceived,)

    def handle(self, event: Event, ctx: Context) -> None:
        assert isinstance(event, MessageReceived)
        if event.text == "ping":
            ctx.reply("pong")
        elif event.text.startswith("echo "):
            ctx.reply(event.text.removeprefix("echo "))
        elif event.text == "remove me":
            ctx.act(Kick(chat=event.chat, user=event.sender))
