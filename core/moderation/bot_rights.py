"""The bot demoted or removed: the admins are told, once, what it can no longer do in that
chat (spam stayed up and nobody knew the bot had lost the right to delete it).

Told in the community's admin chat; without one (or when the admin chat is the chat the bot
left), privately to the chat's owner, else to whoever made the change; the log says it as
well. `groupops doctor` reports the same standing when run."""

from __future__ import annotations

from loguru import logger

from ..engine import Component, Context, component
from ..events import BotRightsLost, Event
from ..refs import Ref
from ..roles import Role
from ..segments import I18nText, T

ABILITIES: dict[str, I18nText] = {
    "delete": T("delete messages (spam stays up)"),
    "restrict": T("mute, ban or remove members"),
    "mute": T("mute members"),
    "ban": T("ban members"),
    "remove": T("remove members"),
}
# rights a platform grants apart, said in one phrase when all of them are lost
SAID_TOGETHER: dict[str, frozenset[str]] = {"restrict": frozenset({"mute", "ban", "remove"})}


def abilities(lost: tuple[str, ...]) -> tuple[I18nText, ...]:
    """What the bot can no longer do, in words: only the rights it lost (a bot that may still
    ban is not said to have lost banning)."""
    said = list(lost)
    for together, parts in SAID_TOGETHER.items():
        if parts <= set(said):
            said = [together if r in parts else r for r in said]
    return tuple(ABILITIES[right] for right in dict.fromkeys(said) if right in ABILITIES)


@component
class BotRights(Component):
    name = "bot_rights"
    order = 5
    events = (BotRightsLost,)

    async def prepare(self, event: Event, ctx: Context) -> None:
        """The chat's owner, for want of an admin chat (a removed bot cannot ask: then the
        member who removed it is told)."""
        if event.chat is not None and ctx.community.settings.admin_chat is None:
            await ctx.admins.ensure(event.chat)

    def handle(self, event: Event, ctx: Context) -> None:
        assert isinstance(event, BotRightsLost) and event.chat is not None
        chat = ctx.community.chat_title(event.chat)
        if event.removed:
            text = T(
                "The bot was removed from {chat}: it no longer reads, moderates or answers "
                "there. Add it back as an admin to moderate again.",
                chat=chat,
            )
        else:
            text = T(
                "The bot lost its admin rights in {chat}: it can no longer {abilities}. Make "
                "it an admin with those rights again to moderate.",
                chat=chat,
                abilities=abilities(event.lost),
            )
        # the operator watching the log hears it too: the admins may not read their messages
        if event.removed:
            logger.warning(
                "{}: the bot was removed{}: it no longer reads, moderates or answers there",
                event.chat, f" by {event.actor.local_id}" if event.actor else "",
            )  # fmt: skip
        else:
            logger.warning(
                "{}: the bot lost the right to {} there (groupops doctor says what it lacks)",
                event.chat, ", ".join(event.lost),
            )  # fmt: skip
        detail = {"removed": event.removed, "lost": list(event.lost)}
        ctx.audit("bot.rights_lost", actor=event.actor or "system", detail=detail, chat=event.chat)
        admin_chat = ctx.community.settings.admin_chat
        if admin_chat is not None and not (event.removed and admin_chat == event.chat):
            ctx.send(text, chat=admin_chat, tag="bot_rights")
            return
        owners = [
            Ref(user)
            for user, role in ctx.admins.known(event.chat).items()
            if role >= Role.OWNER and Ref(user).kind == "user"
        ]
        for owner in owners or ([event.actor] if event.actor is not None else []):
            ctx.send_private(owner, text, tag="bot_rights")
