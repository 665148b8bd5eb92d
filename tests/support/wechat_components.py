"""Test components for the WeChat bridges: a spam ladder and probing commands."""

from __future__ import annotations

from groupops.core.actions import DeleteMessages, Kick, Mute
from groupops.core.engine import CommandComponent, CommandSpec, Component, component, target_of
from groupops.core.events import MessageReceived
from groupops.core.refs import Ref


@component
class Ladder(Component):
    """A three-step ladder for the tests: remind, mute (WeChat has none), remove."""

    name = "test_wechat_ladder"
    default = False
    events = (MessageReceived,)

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.strikes: dict[str, int] = {}

    def handle(self, event, ctx) -> None:
        if "加微信" not in event.text:
            return
        strikes = self.strikes[event.sender] = self.strikes.get(event.sender, 0) + 1
        if strikes == 1:
            ctx.reply("please keep the group free of ads")
        elif strikes == 2:
            ctx.act(Mute(chat=event.chat, user=event.sender))
        else:
            ctx.act(Kick(chat=event.chat, user=event.sender))
        ctx.stop()


@component
class Probe(CommandComponent):
    name = "test_wechat_probe"
    default = False
    commands = (CommandSpec("poke", "poke"), CommandSpec("try", "attempt"))

    def poke(self, event, ctx, command):
        target, _ = target_of(event, command, ctx)
        ctx.reply(f"poked {target}")

    def attempt(self, event, ctx, command):
        """Actions the bridge must refuse with a typed error."""
        ghost = Ref.user("wechat", "ghost")
        ctx.send_private(ghost, "hello ghost")
        ctx.act(Kick(chat=Ref.chat("wechat", command.args[0]), user=event.sender))
        ctx.act(DeleteMessages(chat=event.chat, message_ids=(event.message_id,)))


PIPELINE = {"rulesets": {"main": {"pipeline": ["membership", "test_wechat_probe", "welcome"]}}}
LADDER = {"rulesets": {"main": {"pipeline": ["membership", "test_wechat_ladder"]}}}


@component
class Announcer(CommandComponent):
    """`/announce text`: one post to every chat of the community, on every messenger."""

    name = "test_wechat_announcer"
    default = False
    commands = (CommandSpec("announce", "announce"),)

    def announce(self, event, ctx, command):
        for chat in ctx.community.settings.chats:
            ctx.send(" ".join(command.args), chat=chat)


ANNOUNCER = {"rulesets": {"main": {"pipeline": ["membership", "test_wechat_announcer"]}}}
