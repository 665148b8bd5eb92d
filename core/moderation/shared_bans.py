"""Shared ban lists: one operator's communities keep a banned member out of all of them.

A ruleset names a list (`moderation.shared_bans = "acme"`); every community whose ruleset
names it shares it. A ban (by the ladder or /ban) is recorded on the list and carried out in
every linked chat, on every platform where the member has a linked account; a member on the
list who joins any of those chats is banned on arrival. /unban and /undo lift it everywhere.

A platform with no ban of its own (WeChat: a ban is carried out as a removal, and anyone may
invite the member back) has the community keep its bans on a list of its own, `community:NAME`,
checked on arrival the same way.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, NamedTuple

from ..actions import Ban, Kick, Unban
from ..capabilities import Capability
from ..engine.state import UNBANNED
from ..refs import Ref
from ..segments import Mention
from ..storage.models import SharedBan
from ..storage.statements import insert, update
from .step_texts import removed

if TYPE_CHECKING:
    from ..engine import Context
    from .ladder import Case


class SharedBanRow(NamedTuple):
    id: str
    list_name: str
    member: str
    community: str
    reason: str
    until: datetime | None
    created_at: datetime
    lifted_at: datetime | None


class SharedBanLifted(NamedTuple):
    lifted_at: datetime
    list_name: str
    member: str


SHARED_BAN_INSERT = insert("shared_bans", SharedBanRow, unique=("id",))
SHARED_BAN_LIFT = update("shared_bans", SharedBanLifted, key=("list_name", "member"))


def list_of(ctx: Context) -> str | None:
    moderation = getattr(ctx.ruleset, "moderation", None)
    return getattr(moderation, "shared_bans", None)


def kept_list(ctx: Context, platform: str) -> str | None:
    """The community's own list of the bans it carried out on `platform`, where the platform
    keeps none (None where it does: a ban lifted in its app must stay lifted)."""
    if ctx.can(Capability.BAN, platform):
        return None
    return f"community:{ctx.community.name}"


def sharing_chats(ctx: Context, name: str, platform: str) -> list[tuple[Ref, str]]:
    """Every chat on `platform` of the communities sharing list `name`, with its community."""
    settings = ctx.settings
    chats: list[tuple[Ref, str]] = []
    for key, community in settings.communities.items():
        ruleset = settings.rulesets.get(community.ruleset)
        moderation = getattr(ruleset, "moderation", None)
        if getattr(moderation, "shared_bans", None) == name:
            chats += [(Ref(c), key) for c in community.chats if Ref(c).platform == platform]
    return chats


def linked_chats(ctx: Context, name: str, platform: str) -> list[Ref]:
    """Every chat on `platform` of the communities sharing list `name`."""
    return [chat for chat, _ in sharing_chats(ctx, name, platform)]


def accounts_of(ctx: Context, user: Ref) -> list[Ref]:
    """The member's accounts: this one and those linked to it on other platforms, the
    member's key account (the first linked, to which the others point) among them."""
    key = ctx.community.member_key(user)
    linked = [key, *(a for a, k in ctx.community.accounts.items() if k == key)]
    return [user, *(Ref(a) for a in dict.fromkeys(linked) if a != user)]


def share_ban(ctx: Context, case: Case, until: datetime | None, entry: str) -> None:
    """The ban put on the list and carried out in every other linked chat; each of those bans
    is logged in the community whose chat it happened in (where /log and /undo are used),
    naming the entry it came from, and reads done or failed once the platform answered."""
    name = list_of(ctx)
    if name is None:
        kept = kept_list(ctx, case.chat.platform)
        if kept is not None:
            row = SharedBanRow(entry, kept, case.user, ctx.community.name, case.evidence, until,
                               ctx.now, None)  # fmt: skip
            ctx.write(SHARED_BAN_INSERT, row)
        return
    for number, account in enumerate(accounts_of(ctx, case.user)):
        ctx.write(
            SHARED_BAN_INSERT,
            SharedBanRow(
                entry if number == 0 else f"{entry}/{number}", name, account, ctx.community.name,
                case.evidence, until, ctx.now, None,
            ),
        )  # fmt: skip
        for chat, community in sharing_chats(ctx, name, account.platform):
            if chat != case.chat:
                done = ctx.act(Ban(chat=chat, user=account, until=until))
                ctx.audit_of(
                    done,
                    "ban", target=account, actor=case.actor, rule="shared_bans", chat=chat,
                    evidence=case.evidence, community=community,
                    detail={"list": name, "from": case.chat, "entry": entry},
                )  # fmt: skip
                if done is not None and done.kind == Kick.kind:
                    # carried out as a kick (WeChat): the room saw the member go, and is told
                    # why once they are out, as a ban given there is; a ban proper keeps out
                    # someone who may never have been in the chat, and says nothing
                    # named as on that chat's platform, not as where the ban was given
                    name = ctx.name_of(account, chat) or case.name
                    said = removed(Mention(account, name), case.reason)
                    ctx.send(said, chat=chat, thread_id=ctx.thread_of(chat), after=done)


def lift_ban(ctx: Context, user: Ref, chat: Ref | None) -> None:
    """Lifted here and on the shared list. The member's record says the ban was lifted: out of
    the chat until they come back (the platform tells no one of an unban, and a record still
    saying banned kept them out of the counts), yet not gone as one who left is: an entry in a
    giveaway made before the ban stands, and /top lists them."""
    member = ctx.peek_member(user)
    if member is not None and member.status == "banned":
        member.status = UNBANNED
        ctx.touch(member)
    if (kept := kept_list(ctx, user.platform)) is not None:
        ctx.write(SHARED_BAN_LIFT, SharedBanLifted(ctx.now, kept, user))
    name = list_of(ctx)
    if name is None:
        return
    for account in accounts_of(ctx, user):
        ctx.write(SHARED_BAN_LIFT, SharedBanLifted(ctx.now, name, account))
        for linked in linked_chats(ctx, name, account.platform):
            if linked != chat:
                ctx.act(Unban(chat=linked, user=account))


async def banned(name: str, user: str, now: datetime) -> SharedBan | None:
    """The member's standing ban on list `name`, if any."""
    rows = await SharedBan.filter(list_name=name, member=user, lifted_at=None)
    return next((r for r in rows if r.until is None or r.until > now), None)
