"""Cross-platform identity: a member links their accounts with a one-time code.

`/link` (from the account the member already uses) sends a code privately; `/link CODE` from
the other account joins it to the member. With `scope = "shared"` (the default) the accounts
then share points, tiers and warnings: events from either count for one member, and the new
account's balance moves over with a pair of ledger entries. With `scope = "separate"` the link
is recorded but each account keeps its own. `/unlink` (either account, or an admin naming the
account) undoes a link; both are audited. Codes live in memory for `code_ttl`.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Literal

from ..capabilities import Capability
from ..commands import Command
from ..engine import CommandComponent, CommandSpec, Component, Context, Slice, component
from ..events import PLATFORM_EVENTS, Event, JobDue, MessageEvent
from ..segments import T
from ..settings import SectionModel, ruleset_section
from ..settings.types import Duration
from ..storage.models import AccountLink
from ..storage.statements import Insert, Sql
from .names import display_name

LINK_INSERT = Insert(
    "account_links", ("community", "account", "member", "created_at"),
    unique=("community", "account"),
)  # fmt: skip
LINK_DELETE = Sql("DELETE FROM account_links WHERE community = ? AND account = ?")


@ruleset_section("identity")
class IdentityConfig(SectionModel):
    scope: Literal["shared", "separate"] = "shared"  # what linked accounts have in common
    code_ttl: Duration = timedelta(minutes=10)


@dataclass(slots=True)
class Links:
    accounts: dict[str, str] = field(default_factory=dict)  # account -> member key
    codes: dict[str, tuple[str, datetime]] = field(default_factory=dict)  # code -> (member, until)


class LinkState(Slice):
    name = "identity"

    @classmethod
    async def load(cls, community: str, database) -> Links:
        rows = await AccountLink.filter(community=community).values_list("account", "member")
        return Links(accounts=dict(rows))


@component
class AccountMap(Component):
    """Points the community's account table at the links (first in the pipeline, so every
    later component finds the member behind a linked account)."""

    name = "identity_map"
    section = "identity"
    order = -10
    events = (*PLATFORM_EVENTS, JobDue)
    slices = (LinkState,)
    config: IdentityConfig

    def handle(self, event: Event, ctx: Context) -> None:
        links: Links = ctx.slice(LinkState)
        if self.config.scope == "shared" and ctx.community.accounts is not links.accounts:
            # One table, kept by Identity, that still holds the settings' linked_accounts.
            links.accounts = {**ctx.community.accounts, **links.accounts}
            ctx.community.accounts = links.accounts


@component
class Identity(CommandComponent):
    name = "identity"
    section = "identity"
    order = 36
    slices = (LinkState,)
    commands = (CommandSpec("link", "link"), CommandSpec("unlink", "unlink"))
    config: IdentityConfig

    def link(self, event: MessageEvent, ctx: Context, command: Command) -> None:
        links: Links = ctx.slice(LinkState)
        if not command.args:
            member = self._primary(ctx, event.sender)
            code = f"{secrets.randbelow(10**6):06d}"
            links.codes = {c: v for c, v in links.codes.items() if v[1] > ctx.now}
            notice = T(
                "Your link code is {code}. Send /link {code} from your other account "
                "within {minutes} minutes.",
                code=code,
                minutes=int(self.config.code_ttl.total_seconds() // 60),
            )
            if event.private:
                links.codes[code] = (member, ctx.now + self.config.code_ttl)
                ctx.reply(notice)
                return
            able = ctx.engine.capabilities(event.sender.platform)
            if able is not None and Capability.SEND_PRIVATE not in able:
                # The fallback would post the code in the group: ask for a private chat.
                ctx.reply(T("Send /link to me in a private chat to get your code."))
                return
            links.codes[code] = (member, ctx.now + self.config.code_ttl)
            ctx.send_private(event.sender, notice)
            ctx.reply(T("I sent you a link code privately."))
            return
        found = links.codes.pop(command.args[0], None)
        if found is None or found[1] <= ctx.now:
            ctx.reply(T("That code is unknown or has expired. Ask for a new one with /link."))
            return
        member, _ = found
        account = event.sender
        if account == member or account in links.accounts:
            ctx.reply(T("This account is already linked."))
            return
        links.accounts[account] = member
        ctx.write(LINK_INSERT, (ctx.community.name, account, member, ctx.now))
        if self.config.scope == "shared":
            self._merge(ctx, account, member)
        ctx.audit("link", target=member, actor=account, outcome="done",
                  detail={"account": account, "scope": self.config.scope})  # fmt: skip
        ctx.reply(
            T(
                "Linked {account} to {name}.",
                account=account,
                name=display_name(ctx, member),
            )
        )

    def _primary(self, ctx: Context, account: str) -> str:
        return ctx.slice(LinkState).accounts.get(account, account)

    def _merge(self, ctx: Context, account: str, member: str) -> None:
        """Move what the other account had earned to the member (its record stays behind)."""
        own = ctx.community.members.get(account)
        if own is None or own.balance == 0:
            return
        amount = own.balance
        base = f"link:{ctx.community.name}:{account}:{ctx.event.key}"
        ctx.award(own, -amount, "link", f"{base}:out", f"to={member}")
        ctx.award(ctx.member(member), amount, "link", f"{base}:in", f"from={account}")

    def unlink(self, event: MessageEvent, ctx: Context, command: Command) -> None:
        links: Links = ctx.slice(LinkState)
        account: str = event.sender
        if command.args and ctx.is_admin(event.sender):
            account = command.args[0]
        elif command.args:
            wanted = command.args[0]  # a member may unlink any of their own accounts
            mine = self._primary(ctx, event.sender)
            if links.accounts.get(wanted) == mine:
                account = wanted
        member = links.accounts.pop(account, None)
        if member is None:
            ctx.reply(T("No linked account to unlink."))
            return
        ctx.write(LINK_DELETE, (ctx.community.name, account))
        ctx.audit("unlink", target=member, actor=event.sender, outcome="done",
                  detail={"account": account})  # fmt: skip
        ctx.reply(T("Unlinked {account}; it counts on its own again.", account=account))
