"""`/start` and `/help` in a private chat with the bot: what the bot is and the commands that
answer there (core/catalog_text.py, `PRIVATE`, those this community's pipeline has), in the
member's language. A member opening the bot from a Telegram link sends /start first: without
an answer the bot looks dead. In a group `/help` says to ask in private (where the list is the
member's own, and no group reads it) and routes the member's private chat to this community;
`/start` stays quiet there.
"""

from __future__ import annotations

from ..catalog_text import DESCRIPTIONS, PRIVATE
from ..commands import Command
from ..engine import CommandComponent, Context, component, on_command
from ..events import MessageEvent
from ..segments import Segment, T, Text

SELF = ("start", "help")  # listed by neither answer: the member has just sent one


@component
class Start(CommandComponent):
    name = "start"
    order = 37
    follows_connections = False  # about this private chat, not the group it is connected to

    @on_command("help")
    @on_command("start")
    def introduce(self, event: MessageEvent, ctx: Context, command: Command) -> None:
        if not event.private:
            if command.name == "help":
                ctx.routes.route(event.sender, ctx.community.name)  # the private chat's community
                ctx.reply(T("Send /help to me in a private chat: I list there what you can use."))
            return
        pipeline = ctx.community.pipeline
        can = ctx.capabilities(event.sender.platform)  # None: no adapter here, list them all
        listed = sorted(
            name
            for name in PRIVATE
            if name not in SELF
            and (pipeline.command_name(name) == name or pipeline.answers_word(f"/{name}"))
            and (can is None or all(need in can for need in pipeline.command_needs(name)))
        )
        parts: list[Segment] = [
            T(
                "I am the bot of {community}: I look after its group chats (rules, points, "
                "campaigns). Here in private you can use:",
                community=ctx.community.title,
            )
        ]
        for name in listed:
            parts += [Text(f"\n/{name} – "), DESCRIPTIONS[name]]
        ctx.reply(tuple(parts))
