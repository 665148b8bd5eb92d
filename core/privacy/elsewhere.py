"""The other communities a member is known in, named when they ask to be forgotten.

`/forgetme` erases one community: the one their private chat is routed to (the group they
last sent a command in). Each community's state is its own and may live on another worker,
so one erasure does not reach into the others; the member is told which still keep their
data and how to be forgotten there (`/forgetme` in one of that community's groups routes
the private chat to it).
"""

from __future__ import annotations

from collections.abc import Iterable

from ..engine import Context
from ..segments import I18nText
from ..storage.models import AccountLink, Member


async def known_elsewhere(ctx: Context, accounts: Iterable[str]) -> list[str | I18nText]:
    """The titles, in the settings' order, of the communities other than this one holding
    a member row (whether they stayed or left) or a linked account of one of `accounts`."""
    wanted = sorted(set(accounts))
    members = Member.filter(key__in=wanted).values_list("community", flat=True)
    linked = AccountLink.filter(account__in=wanted).values_list("community", flat=True)
    names: set[str] = {str(name) for name in [*await members, *await linked]}
    for account in wanted:  # a state loaded here knows of joins not yet written
        names |= {name for name, known in ctx.membership_in_memory(account).items() if known}
    return [
        settings.title_said(name)
        for name, settings in ctx.settings.communities.items()
        if name in names and name != ctx.community.name
    ]
