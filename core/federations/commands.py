"""Federations, as in Rose: `/newfed NAME` (any member; they own it, with every account they
link), `/joinfed ID` and `/leavefed` (the community's owner or deputies), `/fedinfo [ID]`,
`/fedadmins [ID]`, `/fedpromote` and `/feddemote` (the federation's owner). The bans are in
fedbans.py."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from ..commands import Command
from ..engine import CommandComponent, Context, component, on_command, target_of, untargeted
from ..events import Event, MessageEvent
from ..federations.identity import identity_of, names_of
from ..federations.membership import FederationMembership
from ..federations.store import (
    ADMIN_DELETE,
    ADMIN_INSERT,
    FEDERATION_INSERT,
    AdminGone,
    AdminRow,
    FederationRow,
    FederationView,
    banned_count,
    owned_by,
    view_of,
    view_of_community,
)
from ..moderation import name_of
from ..permissions import Permission
from ..refs import Ref
from ..segments import T
from ..storage.models import Federation
from .fedbans import no_federation

NAME_LIMIT = 64
NAMED = frozenset({"joinfed", "fedinfo", "fedadmins"})  # commands that may name a federation


@dataclass(slots=True)
class Lookup:
    view: FederationView | None  # the federation named, or else the community's
    current: FederationView | None  # the community's
    sender: frozenset[str]
    owned: Federation | None = None  # what the sender owns already (/newfed)
    target: Ref | None = None
    bans: int = 0
    names: dict[str, str] = field(default_factory=dict)  # account -> name, any community


def federation_id(event_key: str) -> str:
    """Derived from the event that made it, so a redelivered /newfed makes the same one."""
    return hashlib.sha256(event_key.encode()).hexdigest()[:12]


def _name(lookup: Lookup, ctx: Context, account: str) -> str:
    return lookup.names.get(account) or name_of(ctx, Ref(account))


@component
class Federations(CommandComponent[Lookup]):
    name = "federations"
    order = 37
    slices = (FederationMembership,)

    async def prepare(self, event: Event, ctx: Context) -> Lookup | None:
        await super().prepare(event, ctx)
        found = self.command_of(event)
        if found is None or not isinstance(event, MessageEvent):
            return None
        spec, command = found
        current = await view_of_community(ctx.community.name)
        named = await view_of(command.args[0]) if spec.name in NAMED and command.args else None
        lookup = Lookup(named or current, current, await identity_of(ctx, event.sender))
        if spec.name == "newfed":
            lookup.owned = await owned_by(lookup.sender)
        elif spec.name in ("fedpromote", "feddemote"):
            lookup.target = target_of(event, command, ctx)[0]
            if lookup.target is not None:
                lookup.names = await names_of(ctx, [lookup.target])
        if spec.name == "fedinfo" and lookup.view is not None:
            lookup.bans = await banned_count(lookup.view.id)
        if spec.name in ("fedinfo", "fedadmins") and lookup.view is not None:
            lookup.names = await names_of(ctx, [lookup.view.row.owner, *lookup.view.admins])
        return lookup

    def _lookup(self, ctx: Context) -> Lookup:
        return self.prepared(ctx) or Lookup(None, None, frozenset())

    @on_command("newfed")
    def newfed(self, event: MessageEvent, ctx: Context, command: Command) -> None:
        lookup = self._lookup(ctx)
        name = command.rest.strip()
        if not name or len(name) > NAME_LIMIT:
            ctx.reply(T("Usage: /newfed NAME (up to {n} characters).", n=NAME_LIMIT))
            return
        if lookup.owned is not None:
            ctx.reply(T("You own the federation {federation} ({id}) already.",
                        federation=lookup.owned.name, id=lookup.owned.id))  # fmt: skip
            return
        new_id = federation_id(event.key)
        row = FederationRow(new_id, name, event.sender, ctx.community.name, ctx.now)
        ctx.write(FEDERATION_INSERT, row)
        ctx.audit("fed.new", actor=event.sender, rule="manual", evidence=name, outcome="done",
                  detail={"federation": new_id})  # fmt: skip
        ctx.reply(
            T(
                "Federation {federation} created; its id is {id}. The owner or a deputy of a "
                "community adds it with /joinfed {id}.",
                federation=name, id=new_id,
            )
        )  # fmt: skip

    # joining lets the federation's admins ban in the community's chats: a settings change
    @on_command("joinfed", permission=Permission.SETTINGS)
    def joinfed(self, event: MessageEvent, ctx: Context, command: Command) -> None:
        lookup = self._lookup(ctx)
        if not command.args:
            ctx.reply(T("Usage: /joinfed FEDERATION_ID"))
            return
        if lookup.current is not None:
            ctx.reply(T("This community is in the federation {federation} already; /leavefed "
                        "first.", federation=lookup.current.name))  # fmt: skip
            return
        view = lookup.view
        if view is None:
            ctx.reply(T("No federation has the id {id}.", id=command.args[0]))
            return
        ctx.slice(FederationMembership).join(ctx, view.id, event.sender, ctx.now)
        ctx.audit("fed.join", actor=event.sender, rule="manual", outcome="done",
                  evidence=view.name, detail={"federation": view.id})  # fmt: skip
        ctx.reply(T("This community joined the federation {federation}: its bans apply here "
                    "now.", federation=view.name))  # fmt: skip

    @on_command("leavefed", permission=Permission.SETTINGS)
    def leavefed(self, event: MessageEvent, ctx: Context, command: Command) -> None:
        current = self._lookup(ctx).current
        if current is None:
            ctx.reply(no_federation())
            return
        ctx.slice(FederationMembership).leave(ctx)
        ctx.audit("fed.leave", actor=event.sender, rule="manual", outcome="done",
                  evidence=current.name, detail={"federation": current.id})  # fmt: skip
        ctx.reply(T("This community left the federation {federation}.", federation=current.name))

    @on_command("fedinfo")
    def fedinfo(self, event: MessageEvent, ctx: Context, command: Command) -> None:
        lookup = self._lookup(ctx)
        view = lookup.view
        if view is None:
            ctx.reply(no_federation() if not command.args
                      else T("No federation has the id {id}.", id=command.args[0]))  # fmt: skip
            return
        ctx.reply(
            T(
                # counts as labelled figures: "1 admins" reads wrong, and one sentence cannot
                # take three plural forms
                "Federation {federation} ({id}): owned by {owner}; admins: {admins}, "
                "communities: {communities}, banned accounts: {bans}.",
                federation=view.name, id=view.id, owner=_name(lookup, ctx, view.row.owner),
                admins=len(view.admins), communities=len(view.communities), bans=lookup.bans,
            )
        )  # fmt: skip

    @on_command("fedadmins")
    def fedadmins(self, event: MessageEvent, ctx: Context, command: Command) -> None:
        lookup = self._lookup(ctx)
        view = lookup.view
        if view is None:
            ctx.reply(no_federation())
            return
        admins = ", ".join(_name(lookup, ctx, a) for a in sorted(view.admins)) or "-"
        ctx.reply(T("Federation {federation}: owner {owner}; admins: {admins}.",
                    federation=view.name, owner=_name(lookup, ctx, view.row.owner),
                    admins=admins))  # fmt: skip

    def _owner_target(self, event: MessageEvent, ctx: Context, command: Command):
        lookup = self._lookup(ctx)
        view = lookup.current
        if view is None:
            ctx.reply(no_federation())
            return None
        if not view.owned_by(lookup.sender):
            ctx.reply(T("Only the owner of the federation {federation} can use /{command}.",
                        federation=view.name, command=command.name))  # fmt: skip
            return None
        if lookup.target is None:
            ctx.reply(untargeted(command, ctx))
            return None
        return view, lookup.target, _name(lookup, ctx, lookup.target)

    # the federation's owner, checked in the handler
    @on_command("fedpromote")
    def fedpromote(self, event: MessageEvent, ctx: Context, command: Command) -> None:
        found = self._owner_target(event, ctx, command)
        if found is None:
            return
        view, target, name = found
        if target in view.admins or target == view.row.owner:
            ctx.reply(T("{name} is an admin of {federation} already.", name=name,
                        federation=view.name))  # fmt: skip
            return
        ctx.write(ADMIN_INSERT, AdminRow(view.id, target, event.sender, ctx.now))
        ctx.audit("fed.promote", target=target, actor=event.sender, rule="manual",
                  outcome="done", detail={"federation": view.id})  # fmt: skip
        ctx.reply(T("{name} is now an admin of the federation {federation}.", name=name,
                    federation=view.name))  # fmt: skip

    @on_command("feddemote")
    def feddemote(self, event: MessageEvent, ctx: Context, command: Command) -> None:
        found = self._owner_target(event, ctx, command)
        if found is None:
            return
        view, target, name = found
        if target not in view.admins:
            ctx.reply(T("{name} is not an admin of {federation}.", name=name,
                        federation=view.name))  # fmt: skip
            return
        ctx.write(ADMIN_DELETE, AdminGone(view.id, target))
        ctx.audit("fed.demote", target=target, actor=event.sender, rule="manual",
                  outcome="done", detail={"federation": view.id})  # fmt: skip
        ctx.reply(T("{name} is no longer an admin of the federation {federation}.", name=name,
                    federation=view.name))  # fmt: skip
