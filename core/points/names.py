"""How members are named in replies: by the name groupops saw them use, else as the platform
names its admins (one who never spoke), else by their id."""

from __future__ import annotations

from ..adapter_queries import MemberQueries
from ..engine import Context
from ..errors import ActionError
from ..one_line import one_line
from ..refs import Ref


def display_name(ctx: Context, account: str) -> str:
    member = ctx.peek_member(account)
    if member is not None and member.name:
        return one_line(member.name)  # a name kept from before names were folded, too
    return Ref(account).local_id if ":" in account else account


async def platform_names(asked: MemberQueries, chat: Ref) -> dict[str, str]:
    """The chat's admins as the platform names them (members who never spoke included), for
    /adminlist and /roles to name them alike."""
    try:
        admins = await asked.list_admins(chat)
        return {info.user: info.name for info in admins if info.name}
    except ActionError:
        return {}  # the names groupops knows will do
