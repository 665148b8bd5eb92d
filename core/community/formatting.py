"""`/markdownhelp`: how the texts admins save (notes, welcome, goodbye, rules, filters) are
written: Rose's markup (core/markup.py), link buttons and the fillings."""

from __future__ import annotations

from ..commands import Command
from ..engine import CommandComponent, Context, component, on_command
from ..events import MessageEvent
from ..segments import T


@component
class Formatting(CommandComponent):
    name = "formatting"
    order = 37

    @on_command("markdownhelp", aliases=("formatting",))
    def help(self, event: MessageEvent, ctx: Context, command: Command) -> None:
        ctx.reply(
            T(
                "Saved texts (notes, welcome, goodbye, rules, filters) may be formatted:\n"
                "*bold*, _italic_, __underline__, ~~strikethrough~~, `code`, "
                "[text](https://example.org) for a link; a backslash keeps a character "
                "as it is (\\*).\n"
                "Buttons: [Label](buttonurl://https://example.org) on a row of its own, "
                "[Label](buttonurl://https://example.org:same) beside the one before.\n"
                "Filled in: {{first}}, {{fullname}}, {{mention}}, {{id}}, {{chatname}}.\n"
                "Where the platform has no formatting the text is shown plain and the "
                "buttons' links are listed."
            )
        )
