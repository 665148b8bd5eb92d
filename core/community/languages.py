"""`/setlang LANGUAGE`: a member's own language, stored with them and used for what is sent
to them (private messages, and the answer to this command). `/setlang community LANGUAGE`:
the community's language (group settings: a deputy, per the roles table), stored with the
changes made by command and shown by `groupops export`; it comes after a chat's own
`chat_locales` entry and before the `communities.NAME.locale` setting and the ruleset's.
`/setlang` alone lists the languages groupops speaks; a language is named by its code or by
its name in any of them (`de`, `Deutsch`, `German`, `немецкий`)."""

from __future__ import annotations

from ..commands import Command
from ..engine import CommandComponent, Context, component, on_command
from ..engine.commands import refusal
from ..engine.community_locale import set_locale
from ..events import Event, MessageEvent
from ..i18n import available_locales, language_name, match
from ..i18n.names import locale_named
from ..permissions import Permission, least_role
from ..segments import I18nText, T

COMMUNITY = frozenset({"community", "group", "chat", "社群", "群"})


@component
class Languages(CommandComponent):
    name = "languages"
    order = 40

    async def prepare(self, event: Event, ctx: Context) -> None:
        found = self.command_of(event)
        if found and found[1].arg(0).lower() in COMMUNITY and event.chat is not None:
            await ctx.admins.ensure(event.chat)  # the community's language: a deputy's
        await super().prepare(event, ctx)

    @on_command("setlang", aliases=("语言",))
    def set_language(self, event: MessageEvent, ctx: Context, command: Command) -> None:
        known = ", ".join(sorted(available_locales()))
        if command.arg(0).lower() in COMMUNITY:
            self._community(event, ctx, command.arg(1), known)
            return
        wanted = command.arg(0)
        if not wanted:
            ctx.reply(T("Usage: /setlang LANGUAGE, one of: {known}.", known=known))
            return
        found = match(wanted) or locale_named(wanted)
        if found is None:
            ctx.reply(_unknown(wanted, known))
            return
        ctx.member(event.sender).locale = found
        reply = ctx.reply(T("Your language is now {language}.", language=language_name(found)))
        if reply is not None:
            reply.locale = found  # answered in the language just chosen

    def _community(self, event: MessageEvent, ctx: Context, wanted: str, known: str) -> None:
        needed = least_role(Permission.SETTINGS)
        if ctx.role_of(event.sender) < needed:
            ctx.reply(refusal(ctx, needed, "setlang community"))
            return
        if not wanted:
            current = ctx.chat_locale()
            ctx.reply(
                T(
                    "The community's language is {language}. Usage: /setlang community "
                    "LANGUAGE, one of: {known}.",
                    language=language_name(current),
                    known=known,
                )
            )
            return
        found = match(wanted) or locale_named(wanted)
        if found is None:
            ctx.reply(_unknown(wanted, known))
            return
        set_locale(ctx, found)
        ctx.audit("setlang", actor=event.sender, rule="manual", evidence=found, outcome="done")
        # Sent in the new language, unless this chat has a language of its own in settings.
        ctx.reply(T("The community's language is now {language}.", language=language_name(found)))


def _unknown(wanted: str, known: str) -> I18nText:
    return T(
        "I don't speak '{wanted}'. Choose one of: {known}.",
        wanted=wanted[:32],
        known=known,
    )
