"""The member a command is aimed at: by reply, mention, `@handle`, `@name` or id.

A display name may hold spaces ("Li Ming"), so an `@name` is not one word: it runs up to the
separator WeChat puts after a mention's text (U+2005) when there is one, else it is the known
name the text starts with. Names are not unique and one may start another ("Li" and "Li
Ming"): where the text could mean two members, the command aims at none of them and says so.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

from ..commands import Command
from ..confusables import screen_form
from ..events import MessageEvent
from ..refs import Ref
from ..segments import TN, I18nText, Mention, T, Text
from .context import Context

MATRIX_ID = re.compile(r"@[^:\s]+:\S+")  # @localpart:server, as members write one
MATRIX_TO = re.compile(r"https://matrix\.to/#/(@[^:\s/?]+:[^\s/?]+)/?")  # a link to one
SEPARATOR = "\u2005"  # WeChat's end of an @mention's text: "@Li Ming\u2005发广告"
NEVER = datetime.min.replace(tzinfo=UTC)


def _without_mention(args: tuple[str, ...], mention: Mention) -> tuple[str, ...]:
    """The arguments without the mention's own words: `@ann` first (a mention typed first), or
    `@Name` wherever it stands (a WeChat mention after the reason: `/ban 刷屏 @Name`)."""
    rest = args[1:] if args and args[0].startswith("@") else args
    marks = [f"@{mark}" for mark in (mention.name, mention.user.local_id) if mark]
    left = []
    for arg in rest:
        for mark in marks:
            arg = arg.replace(mark, "")
        arg = arg.strip(" \u2005")
        if arg:
            left.append(arg)
    return tuple(left)


def _typed_name(command: Command) -> str:
    """The `@name` as typed: up to WeChat's separator when there is one, else the first word."""
    if command.rest.startswith("@") and SEPARATOR in command.rest:
        return command.rest.partition(SEPARATOR)[0].rstrip()
    return command.args[0] if command.args else ""


def untargeted(command: Command, ctx: Context) -> I18nText:
    """Why a command finds nobody to aim at: an `@name` the bot has not met (a member who has
    neither posted nor joined since the bot arrived; Telegram tells a bot no one's username),
    an `@name` that is a member's display name where an `@` takes a username alone (the member
    has none), or no target given at all."""
    first = _typed_name(command)
    if first.startswith("@") and ":" not in first and first != "@":
        if shown := _without_username(ctx, first[1:]):
            return T(
                "No one has the username {name}; {member} has no username. "
                "Reply to one of their messages, or give their id.",
                name=first,
                member=shown,
            )
        return T(
            "I don't know {name} yet: they have not posted or joined since I arrived. "
            "Reply to one of their messages, or give their id.",
            name=first,
        )
    return T("Reply to their message, mention them or give their id.")


def _without_username(ctx: Context, typed: str) -> str:
    """The display name of a member without a username that `typed` spells (the first word of
    it will do: "@Bob" for "Bob Lee"), as members see it; "" when there is none."""
    wanted = screen_form(typed)
    for member in ctx.community.members.values():
        shown = screen_form(member.name)
        # where an @word may be a display name, the name would have found the member
        if member.handle or not shown or ctx.addresses_by_name(Ref(member.key).platform):
            continue
        if wanted in (shown, shown.split()[0]):
            return member.name.strip()
    return ""


def _by_handle(ctx: Context, wanted: str) -> Ref | None:
    """The member last seen with the public handle `wanted` (Telegram's @name, which
    Telegram's own completion inserts); a handle given up and taken by another member goes to
    the one seen with it last."""
    holders = [m for m in ctx.community.members.values() if m.handle.casefold() == wanted]
    if not holders:
        return None
    latest = max(holders, key=lambda m: m.last_active_at or m.joined_at or NEVER)
    return Ref(latest.key)


class AmbiguousTarget(Exception):
    """`@name` could be several members (one name held by several, or names one of which
    starts another): the command aims at none of them."""

    def __init__(
        self, name: str, count: int, names: tuple[str, ...] = (), holders: tuple[Ref, ...] = ()
    ) -> None:
        super().__init__(name, count)
        self.name, self.count, self.names, self.holders = name, count, names, holders

    def say(self, ctx: Context) -> None:
        """Tell the one who gave the command, who then picks one by reply or id."""
        if len(self.names) > 1:
            ctx.reply(
                T(
                    "{name} could mean {names}: reply to one of their messages, or give their id.",
                    name=self.name,
                    names=self.names,
                )
            )
            return
        said = TN(
            "{n} member is named {name}: reply to one of their messages, or give their id.",
            "{n} members are named {name}: reply to one of their messages, or give their id.",
            self.count,
            name=self.name,
        )
        if not self.holders:
            ctx.reply(said)
            return
        # names that look alike on screen are told apart by what is not alike: @handle or id
        ids = tuple(_told_apart(ctx, ref) for ref in self.holders)
        ctx.reply((said, Text(" "), T("Their ids: {ids}.", ids=ids)))


def _told_apart(ctx: Context, ref: Ref) -> str:
    member = ctx.community.members.get(str(ref))
    return f"@{member.handle}" if member is not None and member.handle else ref.local_id


def _spelled(body: str, shown: str) -> int:
    """How many characters of `body` spell the name whose screen form is `shown` (then a space
    or the end), or 0: compared as a screen shows them, so invisible characters and look-alike
    letters neither part nor tell apart two names."""
    if not shown:
        return 0
    for size in range(len(shown), len(body) + 1):
        if size < len(body) and not body[size].isspace():
            continue
        if screen_form(body[:size]) == shown:
            return size
    return 0


def _by_name(ctx: Context, platform: str, body: str) -> tuple[Ref, int] | None:
    """The member of `platform` that `body` (the text after the @) names, and how many of its
    characters the name takes: the member whose id or display name runs up to WeChat's
    separator, else whose id or name `body` starts with. A guess between members could punish
    the wrong person, so several raise `AmbiguousTarget`."""
    head, separated, _ = body.partition(SEPARATOR)
    head = head.rstrip()
    first = body.split(maxsplit=1)[0] if body.split() else ""
    # a name as a screen shows it -> (as written, how much of `body` it takes, its holders)
    named: dict[str, tuple[str, int, list[Ref]]] = {}
    shown_head = screen_form(head)
    for member in ctx.community.members.values():
        ref = Ref(member.key)
        if ref.platform != platform:
            continue
        token = head if separated else first
        if ref.local_id.casefold() in (token.casefold(), f"@{token}".casefold()):  # or Matrix's
            return ref, len(head) if separated else len(first)
        name, shown = member.name.strip(), screen_form(member.name)
        used = (len(head) if shown == shown_head else 0) if separated else _spelled(body, shown)
        if used:
            named.setdefault(shown, (name, used, []))[2].append(ref)
    if not named:
        return None
    if len(named) > 1:
        spelled = tuple(sorted((written for written, _, _ in named.values()), key=len))
        raise AmbiguousTarget(f"@{spelled[-1]}", len(spelled), spelled)
    ((written, used, holders),) = named.values()
    if len(holders) > 1:
        raise AmbiguousTarget(f"@{written}", len(holders), holders=tuple(holders))
    return holders[0], used


def target_of(
    event: MessageEvent, command: Command, ctx: Context
) -> tuple[Ref | None, tuple[str, ...]]:
    """The member a command is aimed at, and the arguments left over.

    By reply (the replied-to sender), by a mention segment, by `@handle` or `@name` of a known
    member (a display name only where members address one another so,
    `Adapter.addressed_by_name`: on Telegram an `@word` is a username alone), or by a platform
    id (a Matrix id `@name:server`, or a matrix.to link to one, or a word the platform's adapter
    reads as an id, `Adapter.user_id`); in that order, except that an `@name` typed first
    outranks the reply (`/give @eve 3` in reply to Bob is for Eve; an
    `@name` of nobody known aims at nobody, never at the replied-to sender).
    """
    args = command.args
    named_first = bool(args) and args[0].startswith("@")
    if event.reply_to_sender is not None and not named_first:
        return event.reply_to_sender, args
    for segment in event.segments:
        if isinstance(segment, Mention):
            return segment.user, _without_mention(args, segment)
    if not args:
        return None, args
    platform = event.sender.platform
    link = MATRIX_TO.fullmatch(args[0])
    first = link[1] if link else args[0]
    if first.startswith("@"):
        if not first[1:]:  # a bare "@" (a mention half typed) names nobody, not everyone unnamed
            return None, args
        if (handled := _by_handle(ctx, first[1:].casefold())) is not None:
            return handled, args[1:]
        if not link and not ctx.addresses_by_name(platform):  # a username nobody holds here
            return None, args
        # a link is one id; a name may be words, read from the text as typed (a command built
        # from another's arguments, /reroll's, has only its words)
        typed = command.rest if command.rest.startswith(first) else " ".join(args)
        body = first[1:] if link else typed[1:]
        if (named := _by_name(ctx, platform, body)) is not None:
            ref, used = named
            return ref, args[1:] if link else tuple(body[used:].split())
        if platform == "matrix" and MATRIX_ID.fullmatch(first):  # an account not seen yet
            return Ref.user(platform, first), args[1:]
        return None, args
    if (chat := ctx.sender_chat_of(platform, first)) is not None:  # a channel's id
        return chat, args[1:]
    if first.isdecimal():  # ١٠٠ and 100 are one account: the id as digits (never below 0)
        return Ref.user(platform, int(first)), args[1:]
    if first.startswith("wxid_"):
        return Ref.user(platform, first), args[1:]
    if (own := ctx.user_id_of(platform, first)) is not None:  # the adapter's own form
        return own, args[1:]
    if first.count(":") >= 2:
        try:
            ref = Ref(first)
        except ValueError:
            return None, args
        return (ref, args[1:]) if ref.kind == "user" else (None, args)
    return None, args
