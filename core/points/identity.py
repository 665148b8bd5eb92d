"""Cross-platform identity: a member links their accounts with a one-time code.

`/link` (from the account the member already uses) sends a code privately; `/link CODE` from
the other account asks to join it, and `/link confirm` from the first account does (`/link
cancel` refuses). Codes are long, single use, expire after `code_ttl`, live in the database,
and wrong guesses lock the guesser (and, past a community-wide count, everyone) out for a
while (`link_codes.py`). With `scope = "shared"` (the default) the accounts
then share points, tiers and warnings: events from either count for one member, and the new
account's balance moves over with a pair of ledger entries, its standing warnings with it
(merging.py). Links listed in the settings (`linked_accounts`) are merged the same way, once,
at the first event after a start (`AccountMap`). With `scope = "separate"` the link
is recorded but each account keeps its own. `/unlink` (either account, or an admin naming the
account) undoes a link; both are audited.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from ..actions import Action, Reply, SendPrivate
from ..capabilities import Capability
from ..commands import Command
from ..engine import CommandComponent, Component, Context, component, on_command
from ..events import PLATFORM_EVENTS, Event, JobDue, MessageEvent
from ..refs import Ref
from ..segments import I18nText, T
from .link_codes import (
    PendingCode,
    digest_of,
    new_code,
)
from .links import Links, LinkState
from .merging import merge_records, unmerged
from .names import account_named, display_name
from .sections import IdentityConfig

LINK_CODE = "the /link code"  # what the outbox keeps of a message carrying one
NO_PRIVATE_CHAT = T(
    "I could not send you a link code privately: open a private chat with me first, then "
    "send /link again."
)


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
        if not links.settings_merged:
            links.settings_merged = True
            self._merge_settings(ctx)
        if self.config.scope != "shared":  # the usual case: nothing to keep in step
            return
        if ctx.community.accounts is not links.accounts:
            # One table, kept by Identity, that still holds the settings' linked_accounts.
            links.accounts = {**ctx.community.accounts, **links.accounts}
            ctx.community.accounts = links.accounts

    @staticmethod
    def _merge_settings(ctx: Context) -> None:
        """The settings' links share the first account's record whatever the scope: what
        another account of theirs earned or was warned before the link moves to it, once
        (an account that holds nothing more moves nothing on the next start)."""
        for group in ctx.community.settings.linked_accounts:
            for account in group[1:]:
                points, warnings = merge_records(
                    ctx, account, group[0], f"settings:{ctx.event.key}"
                )
                if points or warnings:
                    ctx.audit("link", target=group[0], outcome="done",
                              detail={"account": account, "source": "settings",
                                      "points": points, "warnings": warnings})  # fmt: skip


@component
class Identity(CommandComponent):
    name = "identity"
    section = "identity"
    order = 36
    slices = (LinkState,)
    config: IdentityConfig

    @on_command("link")
    def link(self, event: MessageEvent, ctx: Context, command: Command) -> None:
        word = command.args[0].lower() if command.args else ""
        if not word:
            self._issue(event, ctx)
        elif word in ("confirm", "cancel"):
            self._answer(event, ctx, word == "confirm")
        else:
            self._claim(event, ctx, command.args[0])

    def _issue(self, event: MessageEvent, ctx: Context) -> None:
        """A fresh code for the sender, privately; their earlier codes stop working."""
        links: Links = ctx.slice(LinkState)
        if not event.private:
            able = ctx.capabilities(event.sender.platform)
            if able is not None and Capability.SEND_PRIVATE not in able:
                # The fallback would post the code in the group: ask for a private chat.
                ctx.reply(T("Send /link to me in a private chat to get your code."))
                return
        self._forget(ctx, lambda c: c.account == event.sender or c.expires_at <= ctx.now)
        code = new_code()
        pending = PendingCode(
            digest_of(code), self._primary(ctx, event.sender), event.sender,
            ctx.now + self.config.code_ttl,
        )  # fmt: skip
        links.issue(ctx, pending)
        notice = T(
            "Your link code is {code}. Send /link {code} from your other account "
            "within {minutes} minutes.",
            code=code,
            minutes=self._minutes(self.config.code_ttl),
        )
        if event.private:
            ctx.act(
                Reply(
                    chat=event.answer_in or event.chat or event.sender,
                    segments=(notice,),
                    reply_to=event.message_id,
                    thread_id=event.thread_id,
                    reply_to_sender=event.sender,
                    secret=LINK_CODE,
                )
            )
            return
        sent = self._tell_privately(ctx, event.sender, notice, secret=LINK_CODE)  # never the group
        # said once the platform took it: refused (never started the bot), how to get it
        if sent is not None:
            ctx.reply(T("I sent you a link code privately."), after=sent)
        ctx.reply(NO_PRIVATE_CHAT, after=sent, failure="refused" if sent is not None else "")

    def _claim(self, event: MessageEvent, ctx: Context, code: str) -> None:
        """Another account presents a code: the account that asked for it must confirm."""
        links: Links = ctx.slice(LinkState)
        config, account = self.config, event.sender
        locked = links.guesses.locked_until(
            account, ctx.now, config.lockout, config.account_attempts, config.community_attempts
        )
        if locked is not None:
            minutes = self._minutes(locked - ctx.now)
            ctx.reply(T("Too many wrong codes. Try again in {minutes} minutes.", minutes=minutes))
            return
        pending = links.codes.get(digest_of(code))
        if pending is None or pending.expires_at <= ctx.now or pending.claimant:
            limits = (config.account_attempts, config.community_attempts)
            links.wrong(ctx, account, ctx.now, config.lockout, limits)
            ctx.reply(T("That code is unknown or has expired. Ask for a new one with /link."))
            return
        if account == pending.member or account in links.accounts:
            self._forget(ctx, lambda c: c is pending)
            ctx.reply(T("This account is already linked."))
            return
        links.claim(ctx, pending, account, ctx.now + config.code_ttl)
        claimant = account_named(ctx, account)
        self._tell_privately(
            ctx,
            pending.account,
            T(
                "{account} asks to be linked to your account. If that is you, send /link "
                "confirm within {minutes} minutes; if not, send /link cancel.",
                account=claimant,
                minutes=self._minutes(config.code_ttl),
            ),
        )
        ctx.reply(T("Code accepted. Confirm with /link confirm from the account that asked "
                    "for the code."))  # fmt: skip

    def _answer(self, event: MessageEvent, ctx: Context, confirmed: bool) -> None:
        """The account that asked for the code confirms (or refuses) the link."""
        links: Links = ctx.slice(LinkState)
        waiting = [
            c for c in links.codes.values()
            if c.account == event.sender and c.claimant and c.expires_at > ctx.now
        ]  # fmt: skip
        if not waiting:
            ctx.reply(T("No link is waiting for your confirmation."))
            return
        pending = waiting[-1]
        self._forget(ctx, lambda c: c is pending)
        account, member = pending.claimant, pending.member
        if not confirmed:
            ctx.audit("link", target=member, actor=event.sender, outcome="refused",
                      detail={"account": account})  # fmt: skip
            ctx.reply(T("Refused: {account} is not linked.", account=account_named(ctx, account)))
            return
        if account in links.accounts:
            ctx.reply(T("This account is already linked."))
            return
        named = account_named(ctx, account)  # its own name: once linked, it reads as the member
        links.link(ctx, account, member, ctx.now)
        # Two accounts on one platform may be two people agreeing to move a balance: their
        # link shares what is earned from now on, and each keeps what it had.
        if self.config.scope == "shared" and Ref(account).platform != Ref(member).platform:
            self._merge(ctx, account, member)
        ctx.audit("link", target=member, actor=account, outcome="done",
                  detail={"account": account, "scope": self.config.scope,
                          "confirmed_by": event.sender})  # fmt: skip
        ctx.reply(
            T(
                "Linked {account} to {name}.",
                account=named,
                name=display_name(ctx, member),
            )
        )

    def _forget(self, ctx: Context, which: Callable[[PendingCode], bool]) -> None:
        ctx.slice(LinkState).forget(ctx, which)

    @staticmethod
    def _tell_privately(
        ctx: Context, account: Ref, notice: I18nText, secret: str = ""
    ) -> Action | None:
        """A private message with no group fallback: what it says is for that account only
        (`secret`: the one-time secret it carries, not kept once delivered)."""
        return ctx.act(SendPrivate(chat=account, segments=(notice,), secret=secret))

    @staticmethod
    def _minutes(span: timedelta) -> int:
        return max(1, -(-int(span.total_seconds()) // 60))

    def _primary(self, ctx: Context, account: str) -> str:
        return ctx.slice(LinkState).accounts.get(account, account)

    def _merge(self, ctx: Context, account: str, member: str) -> None:
        """Move what the other account had earned, and its standing warnings, to the member
        (its record stays behind)."""
        merge_records(ctx, account, member, ctx.event.key)

    @on_command("unlink")
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
        member = links.unlink(ctx, account)
        if member is None:
            ctx.reply(T("No linked account to unlink."))
            return
        unmerged(ctx, account, member)
        ctx.audit("unlink", target=member, actor=event.sender, outcome="done",
                  detail={"account": account})  # fmt: skip
        ctx.reply(
            T(
                "Unlinked {account}; it counts on its own again.",
                account=account_named(ctx, account),
            )
        )
