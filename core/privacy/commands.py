"""`/privacy` and `/forgetme`, answered in a private chat only (what they carry is for the
member alone; asked in a group, the bot says to ask privately and routes that private chat
to the group's community).

`/privacy`: the member's data export (core/privacy/export.py) as a JSON file where the
platform sends files, as text messages otherwise. `/forgetme`: says what will be erased and
what kept, then `/forgetme confirm` (within ten minutes) erases (core/privacy/erase.py).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta
from typing import NamedTuple

from ..actions import SendFile
from ..capabilities import Capability
from ..commands import Command
from ..community import linked_accounts
from ..engine import CommandComponent, Context, component, on_command
from ..events import Event, MessageEvent
from ..joins import remove_unanswered
from ..moderation import CommandSettings
from ..privacy.alias import new_alias
from ..privacy.approvals import unapprove
from ..privacy.elsewhere import known_elsewhere
from ..privacy.erase import erasure
from ..privacy.export import as_json, export_of
from ..refs import Ref
from ..segments import I18nText, T, Text
from ..storage.models import ForgetRequest
from ..storage.statements import sql, upsert

CONFIRM_WITHIN = timedelta(minutes=10)
TEXT_CHUNK = 3500  # characters per message where the export goes as text
CONFIRM = frozenset({"confirm", "yes", "确认"})
CANCEL = frozenset({"cancel", "no", "取消"})
# When a member asked: in the database, so a restart or another worker still knows.


class AskedRow(NamedTuple):
    """A pending /forgetme, confirmed by a second one within the window."""

    community: str
    member: str
    asked_at: datetime


class Asked(NamedTuple):
    """What /forgetme reads first: when the member asked (None: not yet), and the other
    communities that know them (this erasure leaves them as they are)."""

    at: datetime | None
    elsewhere: list[str | I18nText]


class AskedKey(NamedTuple):
    community: str
    member: str


ASKED_UPSERT = upsert(
    "forget_requests", AskedRow, key=("community", "member"), update=("asked_at",)
)
ASKED_DELETE = sql("DELETE FROM forget_requests WHERE community = ? AND member = ?", AskedKey)


def private_chats(event: MessageEvent, accounts: Iterable[str]) -> set[str]:
    """The chats with the bot that are the member's own: this one, and each account's where a
    platform numbers a person's private chat by their id (Telegram)."""
    chats = {str(event.chat)} if event.chat is not None else set()
    for account in map(Ref, accounts):
        if account.kind == "user":
            chats.add(Ref.chat(account.platform, account.local_id))
    return chats


@component
class Privacy(CommandComponent[str | Asked]):
    name = "privacy"
    order = 39
    # the member's own private chat, even connected to a group (/connect): taken as sent in
    # the group, /privacy and /forgetme only said to send them privately
    follows_connections = False
    slices = (CommandSettings,)  # the approved list (approvals.py)

    async def prepare(self, event: Event, ctx: Context) -> str | Asked | None:
        """/privacy's export (JSON), or what /forgetme reads first."""
        found = self.command_of(event)
        if found is None or not isinstance(event, MessageEvent) or not event.private:
            return None
        await ctx.settled()
        if found[0].name == "forgetme":
            key = ctx.community.member_key(event.sender)
            row = await ForgetRequest.get_or_none(community=ctx.community.name, member=key)
            accounts = {str(event.sender), *linked_accounts(ctx, key)}
            elsewhere = await known_elsewhere(ctx, accounts)
            return Asked(row.asked_at if row is not None else None, elsewhere)
        if found[0].name == "privacy":
            key = ctx.community.member_key(event.sender)
            document = await export_of(
                ctx.community.name, key, linked_accounts(ctx, key), ctx.peek_member(key), ctx.now
            )
            return as_json(document)
        return None

    def _in_private(self, event: MessageEvent, ctx: Context, name: str) -> bool:
        if event.private:
            return True
        ctx.routes.route(event.sender, ctx.community.name)  # the private chat's community
        ctx.reply(T("For your privacy, send /{command} to me in a private chat.", command=name))
        return False

    @on_command("privacy", aliases=("mydata",))
    def privacy(self, event: MessageEvent, ctx: Context, command: Command) -> None:
        if not self._in_private(event, ctx, "privacy"):
            return
        prepared = self.prepared(ctx)
        export = prepared if isinstance(prepared, str) else "{}"
        assert event.chat is not None
        caption = T("What {community} stores about you.", community=ctx.community.title)
        if ctx.can(Capability.SEND_FILE):
            filename = f"groupops-{ctx.community.name}-data.json"
            sent = SendFile(
                chat=event.chat, filename=filename, data=export.encode(), caption=(caption,)
            )
            ctx.act(sent)
        else:
            ctx.reply(caption)
            for start in range(0, len(export), TEXT_CHUNK):
                ctx.reply(Text(export[start : start + TEXT_CHUNK]))
        ctx.audit("privacy.export", target=event.sender, actor=event.sender, outcome="done")

    @on_command("forgetme")
    def forget_me(self, event: MessageEvent, ctx: Context, command: Command) -> None:
        if not self._in_private(event, ctx, "forgetme"):
            return
        key = ctx.community.member_key(event.sender)
        prepared = self.prepared(ctx)
        asked, elsewhere = prepared if isinstance(prepared, Asked) else (None, [])
        if command.arg(0).lower() in CANCEL:
            ctx.write(ASKED_DELETE, AskedKey(ctx.community.name, key))
            ctx.reply(T("Cancelled: nothing was erased."))
            return
        confirmed = command.arg(0).lower() in CONFIRM
        if not confirmed or asked is None or ctx.now - asked > CONFIRM_WITHIN:
            ctx.write(ASKED_UPSERT, AskedRow(ctx.community.name, key, ctx.now))
            ctx.reply(
                T(
                    "This erases what {community} stores about you: your profile, linked "
                    "accounts, warnings and points. Kept without your name or id: the "
                    "moderation log, the points ledger, orders and activity counts (the "
                    "community's records must stay whole); a ban stays on your account. "
                    "Send /forgetme confirm within 10 minutes to go ahead.",
                    community=ctx.community.title,
                )
            )
            if elsewhere:
                ctx.reply(
                    T(
                        "This does not erase your data in {communities}: to be forgotten "
                        "there too, send /forgetme in a group of each, then here again.",
                        communities=elsewhere,
                    )
                )
            return
        aliases = {account: new_alias() for account in linked_accounts(ctx, key)}
        alias = aliases.get(key) or new_alias()  # the log keeps that someone was forgotten
        # filed nowhere: the chat it was asked in is the member's own
        ctx.audit("privacy.erase", target=alias, actor=alias, outcome="done", chat="")
        remove_unanswered(ctx, aliases)  # as a timeout would: their challenge rows go now
        members = [m for m in map(ctx.peek_member, aliases) if m is not None]
        names = {name for m in members for name in (m.name, m.handle)}
        chats = private_chats(event, aliases)
        for account in aliases:  # connected to a group here: no longer (its row goes below)
            connected = ctx.connections.of(account)
            if connected is not None and connected[0] == ctx.community.name:
                ctx.connections.disconnect(ctx, Ref(account))
        unapprove(ctx, aliases)
        for statement, row in erasure(ctx.community.name, aliases, chats, names):
            ctx.write(statement, row)
        for account in aliases:
            ctx.community.members.pop(account, None)
            ctx.community.accounts.pop(account, None)
            ctx.touched.pop(account, None)
        # Slices hold what was erased: the community is read afresh once this commits.
        ctx.reload_community(ctx.community.name)
        ctx.reply(
            T(
                "Done: {community} has forgotten you. What it keeps no longer names you.",
                community=ctx.community.title,
            )
        )
        if elsewhere:
            ctx.reply(
                T(
                    "Your data in {communities} is still kept: to erase it, send /forgetme "
                    "in a group of each, then here again.",
                    communities=elsewhere,
                )
            )
