"""`/setlang LANGUAGE`: a member's own language, stored with them and used for what is sent
to them (private messages, and the answer to this command). `/setlang` alone lists the
languages groupops speaks. A chat's or community's language is set in settings
(`communities.NAME.locale`, `chat_locales`)."""

from __future__ import annotations

from ..commands import Command
from ..engine import CommandComponent, CommandSpec, Context, component
from ..events import MessageEvent
from ..i18n import available_locales, match
from ..segments import T


@component
class Languages(CommandComponent):
    name = "languages"
    order = 40
    commands = (CommandSpec("setlang", "set_language", aliases=("语言",)),)

    def set_language(self, event: MessageEvent, ctx: Context, command: Command) -> None:
        known = ", ".join(sorted(available_locales()))
        wanted = command.arg(0)
        found = match(wanted) if wanted else None
        if found is None:
            ctx.reply(T("Usage: /setlang LANGUAGE, one of: {known}.", known=known))
            return
        ctx.member(event.sender).locale = found
        reply = ctx.reply(T("Your language is now {language}.", language=found))
        if reply is not None:
            reply.locale = found  # answered in the language just chosen
