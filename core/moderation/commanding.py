"""Helpers shared by the admin commands: finding the member a command is aimed at, and
durations written as admins write them."""

from __future__ import annotations

from datetime import timedelta

from ..commands import Command
from ..durations import parse_duration
from ..engine import Context, target_of, untargeted
from ..events import MessageEvent
from ..refs import Ref
from ..segments import I18nText, T
from .ladder import Case

# an admin's reason as members read it in the notice; the audit keeps 500 characters of evidence
MAX_REASON = 300
LINKED_CHANNEL = T(
    "That message is a post of the group's own linked channel, copied in by the platform; "
    "commands never act on the group or its channel. Reply to a member's message, mention "
    "them or give their id."
)


def elsewhere(ctx: Context) -> I18nText:
    """What an admin hears who named something of a group where they are no admin."""
    return T(
        "That is in another group of {community}, where you are not an admin: send it there.",
        community=ctx.community.title,
    )


def may_act_in(ctx: Context, actor: str, chat: str) -> bool:
    """Whether `actor` may act on what happened in `chat`, a chat of the community: from that
    chat itself or from the admin chat, else only as an admin of `chat` too. An admin of one
    group of a community is none of its other groups': `/undo ID` and `/spam ID` name an
    entry or a message of any of them."""
    here = str(ctx.event.chat) if ctx.event.chat is not None else ""
    admin_chat = ctx.community.settings.admin_chat
    if not chat or chat == here or (admin_chat is not None and here == str(admin_chat)):
        return True
    return ctx.is_admin(actor, Ref(chat))


def name_of(ctx: Context, user: Ref, event: MessageEvent | None = None) -> str:
    """The name members know `user` by: their record's, else the answered message's (a
    channel, which has no record, by its title), else the id."""
    name = ctx.name_of(user)  # a linked member as on this chat's platform
    if name:
        return name
    if event is not None and user == event.reply_to_sender and event.reply_to_sender_name:
        return event.reply_to_sender_name
    return user.local_id


def case_for(
    event: MessageEvent, ctx: Context, command: Command, *, protect_admins: bool = True
) -> tuple[Case | None, tuple[str, ...]]:
    """The case against the command's target, or None after telling the admin why not."""
    target, rest = target_of(event, command, ctx)
    if target is None:
        ctx.reply(untargeted(command, ctx))
        return None, rest
    if event.reply_to_automatic_forward and target == event.reply_to_sender:
        ctx.reply(LINKED_CHANNEL)
        return None, rest
    # a typed chat id names a channel, never one of the community's own chats (its admin chat
    # and its other groups were banned as channels)
    settings = ctx.community.settings
    own = target.kind == "chat" and target in (*settings.chats, settings.admin_chat)
    if target == event.chat or own or ctx.is_platform_account(target):
        if target == event.reply_to_sender:
            # a reply to the bot's own message, or to an anonymous admin posting as the group
            ctx.reply(
                T(
                    "That message is not a member's (it is the bot's or an anonymous admin's); "
                    "reply to a member's message, mention them or give their id."
                )
            )
        else:  # typed: the group's own id, the bot's, or a platform stand-in's (136817688)
            ctx.reply(
                T(
                    "{id} is not a member: it is this group, the bot, or an account the "
                    "platform posts under on others' behalf (an anonymous admin, a channel). "
                    "Reply to a member's message, mention them or give their id.",
                    id=target.local_id,
                )
            )
        return None, rest
    name = name_of(ctx, target, event)
    if protect_admins and ctx.is_admin(target):
        ctx.reply(T("{name} is an admin; that does not apply to admins.", name=name))
        return None, rest
    assert event.chat is not None
    case = Case(
        chat=event.chat,
        user=target,
        name=name,
        rule="manual",
        actor=event.sender,
        message_id=None,
    )
    return case, rest


def with_note(case: Case, words: tuple[str, ...]) -> Case:
    note = " ".join(words).strip()
    if len(note) > MAX_REASON:
        note = note[: MAX_REASON - 1].rstrip() + "…"
    case.note = note
    case.evidence = note
    return case


def duration_arg(ctx: Context, words: tuple[str, ...]) -> tuple[timedelta | None, tuple[str, ...]]:
    if words:
        try:
            return parse_duration(words[0]), words[1:]
        except ValueError:
            pass
    ctx.reply(T("Give a duration such as 10m, 2h or 3d."))
    return None, words
