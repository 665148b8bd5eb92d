"""How members are named in replies: by the name groupops saw them use, else as the platform
names its admins (one who never spoke), else by their id."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from ..adapter_queries import MemberQueries
from ..confusables import screen_form
from ..engine import Context
from ..errors import ActionError
from ..one_line import one_line
from ..refs import Ref


def display_name(ctx: Context, account: str, chat: Ref | None = None) -> str:
    """A linked member is named as on the platform of `chat` (default: the event's, where a
    reply goes): by their account's name there (state.account_name)."""
    name = ctx.name_of(account, chat)
    if name:
        return one_line(name)  # a name kept from before names were folded, too
    return Ref(account).local_id if ":" in account else account


def account_named(ctx: Context, account: str) -> str:
    """An account as members can tell it from another, never by its id: its name and its
    @handle, else the platform it is on ("Linky (@linky)", "Ann W (WeChat)")."""
    return f"{display_name(ctx, account)} ({_platform_or_handle(ctx, account)})"


def _platform_or_handle(ctx: Context, account: str) -> str:
    member = ctx.peek_member(account)
    if member is not None and member.handle:
        return f"@{member.handle}"
    platform = account.partition(":")[0] if ":" in account else ""
    return ctx.platform_name(platform) if platform else account


def _id(account: str) -> str:
    return Ref(account).local_id if ":" in account else account


def listed_names(ctx: Context, accounts: Sequence[str], chat: Ref | None = None) -> list[str]:
    """The display names of a list (a leaderboard): two members shown alike (two "Иван", one
    on Telegram, one on WeChat) are each followed by their @handle, else their platform, else
    (two of one platform without a handle) their id. One member listed twice is one name."""
    shown = {account: display_name(ctx, account, chat) for account in accounts}
    alike = Counter(screen_form(name) for name in shown.values())
    detail = {
        account: _platform_or_handle(ctx, account)
        for account, name in shown.items()
        if alike[screen_form(name)] > 1
    }
    clashes = Counter((screen_form(shown[account]), said) for account, said in detail.items())
    for account, said in detail.items():
        told = _id(account) if clashes[screen_form(shown[account]), said] > 1 else said
        shown[account] = f"{shown[account]} ({told})"
    return [shown[account] for account in accounts]


async def platform_names(asked: MemberQueries, chat: Ref) -> dict[str, str]:
    """The chat's admins as the platform names them (members who never spoke included), for
    /adminlist and /roles to name them alike."""
    try:
        admins = await asked.list_admins(chat)
        return {info.user: info.name for info in admins if info.name}
    except ActionError:
        return {}  # the names groupops knows will do
