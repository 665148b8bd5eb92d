"""Forum topics, as in Rose: `/newtopic NAME`, and inside a topic `/renametopic NAME`,
`/closetopic`, `/reopentopic`, `/deletetopic` (admins). Telegram forum groups have topics;
elsewhere the commands say the platform has none. Each answer rides on its action, so a
topic the platform refused is never announced."""

from __future__ import annotations

from collections.abc import Callable

from ..actions import ManageTopic
from ..capabilities import Capability
from ..commands import Command
from ..engine import CommandComponent, Context, component, on_command
from ..engine.commands import Handler
from ..events import MessageEvent
from ..permissions import Permission
from ..segments import T

NAME_LIMIT = 128  # Telegram's limit on a topic's name
# command -> (verb, whether it names the topic, what is said once it is done)
VERBS = {
    "renametopic": ("rename", True, T("Topic renamed.")),
    "closetopic": ("close", False, T("Topic closed: only admins can write in it now.")),
    "reopentopic": ("reopen", False, T("Topic reopened.")),
    "deletetopic": ("delete", False, None),  # its messages go with it
}


def _topic_commands(*names: str) -> Callable[[Handler], Handler]:
    """@on_command for each of `names`: a topic's commands need the announce right and a
    platform with topics."""

    def declare(handler: Handler) -> Handler:
        for name in reversed(names):  # stacked: the first name is the first command
            declared = on_command(name, permission=Permission.ANNOUNCE, needs=(Capability.TOPIC,))
            handler = declared(handler)
        return handler

    return declare


@component
class Topics(CommandComponent):
    name = "topics"
    order = 39

    def _usable(self, event: MessageEvent, ctx: Context) -> bool:
        if event.chat is not None and ctx.can(Capability.TOPIC):
            return True
        ctx.reply(T("This platform has no topics."))
        return False

    @_topic_commands("newtopic")
    def create(self, event: MessageEvent, ctx: Context, command: Command) -> None:
        if not self._usable(event, ctx):
            return
        assert event.chat is not None
        name = command.rest.strip()
        if not name or len(name) > NAME_LIMIT:
            ctx.reply(T("Usage: /newtopic NAME (up to {n} characters).", n=NAME_LIMIT))
            return
        done = ctx.act(ManageTopic(chat=event.chat, verb="create", name=name, tag="topic"))
        ctx.reply(T("Topic {name} created.", name=name), after=done)
        ctx.audit("topic.create", actor=event.sender, rule="manual", evidence=name)

    @_topic_commands(*VERBS)
    def change(self, event: MessageEvent, ctx: Context, command: Command) -> None:
        if not self._usable(event, ctx):
            return
        assert event.chat is not None
        verb, named, said = VERBS[command.name if command.name in VERBS else "renametopic"]
        if not event.thread_id:
            ctx.reply(T("Send /{command} inside the topic.", command=command.name))
            return
        name = command.rest.strip()
        if named and (not name or len(name) > NAME_LIMIT):
            ctx.reply(T("Usage: /renametopic NAME (up to {n} characters).", n=NAME_LIMIT))
            return
        topic = ManageTopic(
            chat=event.chat,
            verb=verb,
            thread_id=event.thread_id,
            name=name if named else "",
            tag="topic",
        )
        done = ctx.act(topic)
        if said is not None:
            ctx.reply(said, after=done)
        ctx.audit(f"topic.{verb}", actor=event.sender, rule="manual", evidence=event.thread_id)
