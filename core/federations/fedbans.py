"""Federation bans: `/fban` and `/unfban` (reply, @mention or id, then a reason) by the
federation's owner or admins, from any chat of any community in it; a member still banned who
joins any of those chats is removed on arrival. See core/federations/bans.py."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..actions import Kick
from ..commands import Command
from ..engine import CommandComponent, Context, component, on, on_command, target_of, untargeted
from ..engine.filters import Events
from ..events import Event, MemberJoined, MessageEvent, MessageReceived
from ..federations.bans import RULE, Decision, ban, lift
from ..federations.identity import identity_of, names_of, ordered
from ..federations.membership import FederationMembership
from ..federations.store import FederationView, standing_bans, view_of, view_of_community
from ..moderation import name_of
from ..refs import Ref
from ..segments import TN, I18nText, T
from ..storage.models import FederationBan


@dataclass(slots=True)
class Lookup:
    """What a federation ban command or a join needs, read before the event is decided."""

    view: FederationView | None = None
    sender: frozenset[str] = frozenset()
    target: Ref | None = None
    rest: tuple[str, ...] = ()
    identity: frozenset[str] = frozenset()  # the target's (or the newcomer's) accounts
    bans: list[FederationBan] = field(default_factory=list)
    names: dict[str, str] = field(default_factory=dict)  # account -> name, any community


def no_federation() -> I18nText:
    return T("This community is not in a federation; /joinfed ID joins one.")


@component
class FederationBans(CommandComponent[Lookup]):
    name = "fedbans"
    order = 4
    after = ("membership",)
    before = ("captcha", "welcome")  # a banned member gets neither
    events = (MessageReceived, MemberJoined)
    slices = (FederationMembership,)

    async def prepare(self, event: Event, ctx: Context) -> Lookup | None:
        await super().prepare(event, ctx)
        if isinstance(event, MemberJoined):
            federation = ctx.slice(FederationMembership).federation  # None: no read at all
            view = await view_of(federation) if federation is not None else None
            if view is not None:
                identity = await identity_of(ctx, event.member)
                bans = await standing_bans(view.id, identity)
                return Lookup(view, identity=identity, bans=bans)
            return None
        found = self.command_of(event)
        if found is None or not isinstance(event, MessageEvent):
            return None
        lookup = Lookup(await view_of_community(ctx.community.name))
        lookup.sender = await identity_of(ctx, event.sender)
        lookup.target, lookup.rest = target_of(event, found[1], ctx)
        if lookup.view is not None and lookup.target is not None:
            lookup.identity = await identity_of(ctx, lookup.target)
            lookup.bans = await standing_bans(lookup.view.id, lookup.identity)
            lookup.names = await names_of(ctx, [lookup.target])
        return lookup

    @on(Events(MemberJoined))
    def joined(self, event: Event, ctx: Context) -> None:
        """Removed on arrival, not banned: lifting the federation ban then needs no clean-up
        in chats it never reached, and every attempt while banned is removed again."""
        assert isinstance(event, MemberJoined)
        lookup = self.prepared(ctx)
        if lookup is None or not lookup.bans or lookup.view is None or event.chat is None:
            return
        standing = lookup.bans[0]
        done = ctx.act(Kick(chat=event.chat, user=event.member))
        ctx.audit_of(
            done, "kick", target=event.member, rule=RULE, evidence=standing.reason,
            detail={"federation": lookup.view.id, "entry": standing.entry, "on": "join"},
        )  # fmt: skip
        admin_chat = ctx.community.settings.admin_chat
        if admin_chat is not None:
            ctx.send(
                T(
                    "Federation {federation}: {name} ({user}) is banned there and was removed "
                    "on joining {chat}.",
                    federation=lookup.view.name, name=event.name or event.member.local_id,
                    user=event.member, chat=ctx.community.chat_title(event.chat),
                ),
                chat=admin_chat,
            )  # fmt: skip
        ctx.stop()  # no captcha, no welcome, no invite reward

    def _allowed(self, event: MessageEvent, ctx: Context, command: Command) -> Lookup | None:
        """The lookup when the sender runs the community's federation and named a target."""
        lookup = self.prepared(ctx) or Lookup()
        view = lookup.view
        if view is None:
            ctx.reply(no_federation())
            return None
        if not view.run_by(lookup.sender):
            ctx.reply(
                T(
                    "Only admins of the federation {federation} can use /{command}.",
                    federation=view.name, command=command.name,
                )
            )  # fmt: skip
            return None
        if lookup.target is None:
            ctx.reply(untargeted(command, ctx))
            return None
        return lookup

    # the federation's admins, checked in the handler
    @on_command("fban")
    def fban(self, event: MessageEvent, ctx: Context, command: Command) -> None:
        lookup = self._allowed(event, ctx, command)
        if lookup is None or lookup.view is None or lookup.target is None:
            return
        view, target = lookup.view, lookup.target
        name = lookup.names.get(target) or name_of(ctx, target)
        if view.run_by(lookup.identity):
            ctx.reply(
                T("{name} runs the federation {federation}; they cannot be banned from it.",
                  name=name, federation=view.name)
            )  # fmt: skip
            return
        banned = {b.account for b in lookup.bans}
        accounts = [a for a in ordered(lookup.identity, target) if a not in banned]
        if not accounts:
            ctx.reply(T("{name} is banned in {federation} already.", name=name,
                        federation=view.name))  # fmt: skip
            return
        reason = " ".join(lookup.rest).strip()
        decision = Decision(target, accounts, event.sender, reason, event.reply_to_text)
        entry, chats = ban(ctx, view, decision)
        said = reason or T("no reason given")
        ctx.reply(
            TN(
                "Federation ban in {federation}: {name} ({user}) is banned in {n} chat. "
                "Reason: {reason}. Undo with /undo {entry}.",
                "Federation ban in {federation}: {name} ({user}) is banned in {n} chats. "
                "Reason: {reason}. Undo with /undo {entry}.",
                chats, federation=view.name, name=name, user=target, reason=said, entry=entry,
            )
        )  # fmt: skip
        self._tell_communities(ctx, view, T(
            "Federation {federation}: {name} ({user}) was banned from every chat of the "
            "federation. Reason: {reason}.",
            federation=view.name, name=name, user=target, reason=said,
        ))  # fmt: skip

    @on_command("unfban")
    def unfban(self, event: MessageEvent, ctx: Context, command: Command) -> None:
        lookup = self._allowed(event, ctx, command)
        if lookup is None or lookup.view is None or lookup.target is None:
            return
        view, target = lookup.view, lookup.target
        name = lookup.names.get(target) or name_of(ctx, target)
        if not lookup.bans:
            ctx.reply(T("{name} is not banned in {federation}.", name=name, federation=view.name))
            return
        accounts = [Ref(a) for a in dict.fromkeys(b.account for b in lookup.bans)]
        lift(ctx, view, accounts)
        ctx.audit(
            "unfban", target=target, actor=event.sender, rule=RULE, outcome="done",
            evidence=" ".join(lookup.rest),
            detail={"federation": view.id, "accounts": accounts,
                    "entries": sorted({b.entry for b in lookup.bans})},
        )  # fmt: skip
        ctx.reply(T("{name} is no longer banned in {federation}.", name=name,
                    federation=view.name))  # fmt: skip

    @staticmethod
    def _tell_communities(ctx: Context, view: FederationView, notice: I18nText) -> None:
        """Each community's admin (log) chat hears of the ban, this one's included."""
        communities = ctx.settings.communities
        for name in view.communities:
            community = communities.get(name)
            if community is not None and community.admin_chat is not None:
                ctx.send(notice, chat=community.admin_chat)
