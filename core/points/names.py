"""How members are named in replies."""

from __future__ import annotations

from ..engine import Context
from ..refs import Ref


def display_name(ctx: Context, account: str) -> str:
    member = ctx.peek_member(account)
    if member is not None and member.name:
        return member.name
    return Ref(account).local_id if ":" in account else account
