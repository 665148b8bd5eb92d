"""Test components and rulesets for the WeChat bridges."""

from __future__ import annotations

from groupops.core.actions import Kick
from groupops.core.engine import CommandComponent, component, on_command, target_of
from groupops.core.refs import Ref


@component
class Probe(CommandComponent):
    name = "test_wechat_probe"
    default = False

    @on_command("poke")
    def poke(self, event, ctx, command):
        target, _ = target_of(event, command, ctx)
        ctx.reply(f"poked {target}")

    @on_command("tell")
    def tell(self, event, ctx, command):
        """A target and the words after it, as /warn @name REASON reads them."""
        target, rest = target_of(event, command, ctx)
        ctx.reply(f"told {target}: {' '.join(rest)}")

    @on_command("try")
    def attempt(self, event, ctx, command):
        """Actions the bridge must refuse with a typed error."""
        ghost = Ref.user("wechat", "ghost")
        ctx.send_private(ghost, "hello ghost")
        ctx.act(Kick(chat=Ref.chat("wechat", command.args[0]), user=event.sender))


PIPELINE = {"rulesets": {"main": {"pipeline": ["membership", "test_wechat_probe", "welcome"]}}}
# the playbook's kind of ladder, with a mute WeChat does not have as its second step
MODERATED = {
    "rulesets": {
        "main": {
            "moderation": {
                "blocklist": {"words": ["加微信"]},
                "escalation": ["remind", "mute 1h", "kick"],
            }
        }
    }
}


@component
class Announcer(CommandComponent):
    """`/announce text`: one post to every chat of the community, on every messenger."""

    name = "test_wechat_announcer"
    default = False

    @on_command("announce")
    def announce(self, event, ctx, command):
        for chat in ctx.community.settings.chats:
            ctx.send(" ".join(command.args), chat=chat)


ANNOUNCER = {"rulesets": {"main": {"pipeline": ["membership", "test_wechat_announcer"]}}}
