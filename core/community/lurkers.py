"""The lurker sweep (长期潜水: 定期清理, 清理前私聊询问): members silent for N days get a notice
first (a private message, or a mention in the group where the platform has none); those
still silent after the grace period are removed, at most `cap` a run. Paid members, partners
and admins are exempt. Dry-run by default: a run reports whom it would remove.

/lurkers shows the list; /lurkers run notices and sweeps as configured; a `schedule` (cron in
the community clock) runs it regularly, reporting to the admin chat.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from ..actions import Kick
from ..commands import Command
from ..engine import CommandComponent, Context, Recurring, Slice, component, on, on_command
from ..engine.filters import Jobs
from ..engine.state import MemberState
from ..events import Event, JobDue, MessageEvent, MessageReceived
from ..moderation import CommandSettings, Overrides
from ..permissions import Permission
from ..refs import Ref
from ..roles import Role
from ..segments import TN, T, Text
from ..storage.models import AuditEntry
from .sections import LurkersConfig

SWEEP_JOB = "lurkers.sweep"
SHOWN = 20
REPORT_LINES = {
    "noticed": T("noticed:"),
    "removed": T("removed:"),
    "would_remove": T("would remove:"),
}


class Notices(dict[str, datetime]):
    """When each member was last told they would be removed, by member key; the audit log is
    the record."""

    def record(self, ctx: Context, member: str) -> None:
        """A notice sent now: remembered and audited in one step."""
        ctx.audit("lurker_notice", target=member, rule="lurkers", outcome="done")
        self[member] = ctx.now


class LurkerNotices(Slice[Notices]):
    name = "lurker_notices"

    @classmethod
    async def load(cls, community: str, database: Any) -> Notices:
        rows = await AuditEntry.filter(
            community=community, action="lurker_notice", undone_at=None
        ).values_list("target", "created_at")
        notices = Notices()
        for target, created_at in rows:
            notices[target] = max(created_at, notices.get(target, created_at))
        return notices


@component
class Lurkers(CommandComponent):
    name = "lurkers"
    section = "lurkers"
    order = 50
    events = (MessageReceived, JobDue)
    slices = (LurkerNotices, CommandSettings)

    async def prepare(self, event: Event, ctx: Context) -> None:
        if isinstance(event, JobDue):  # admins are exempt: know them in every chat
            for chat in ctx.community.settings.chats:
                await ctx.admins.ensure(Ref(chat))
        else:
            await super().prepare(event, ctx)
            if self.command_of(event) and event.chat is not None:
                for chat in ctx.community.settings.chats:
                    await ctx.admins.ensure(Ref(chat))

    def recurring(self):
        return [Recurring(SWEEP_JOB, self.config.schedule)] if self.config.schedule else []

    @on(Jobs(SWEEP_JOB))
    def swept(self, event: Event, ctx: Context) -> None:
        self.report(ctx, self.sweep(ctx), ctx.community.settings.admin_chat)

    # --- who ---------------------------------------------------------------------------------

    def silent_since(self, member: MemberState) -> datetime | None:
        return member.last_message_at or member.joined_at

    def exempt(self, ctx: Context, member: MemberState, approved: set[str]) -> bool:
        config: LurkersConfig = self.config
        if member.tier in config.exempt_tiers or member.consumption in config.exempt_tiers:
            return True
        if member.key in approved:
            return True
        chats = ctx.community.settings.chats
        least = Role[config.exempt_role.upper()]
        return any(ctx.role_of(member.key, Ref(chat)) >= least for chat in chats)

    def candidates(self, ctx: Context) -> list[MemberState]:
        cutoff = ctx.now - timedelta(days=self.config.days)
        overrides: Overrides = ctx.slice(CommandSettings)
        approved = set(overrides.get("approved", ()))
        found = []
        for member in ctx.community.members.values():
            since = self.silent_since(member)
            if member.status != "member" or since is None or since > cutoff:
                continue
            if not self.exempt(ctx, member, approved):
                found.append(member)
        return sorted(found, key=lambda m: (self.silent_since(m), m.key))

    # --- doing -------------------------------------------------------------------------------

    def sweep(self, ctx: Context) -> dict[str, list[str]]:
        """Notice the newly found, remove those noticed long enough ago (unless dry-run)."""
        config: LurkersConfig = self.config
        notices = ctx.slice(LurkerNotices)
        outcome: dict[str, list[str]] = {"noticed": [], "removed": [], "would_remove": []}
        for member in self.candidates(ctx):
            name = member.name or Ref(member.key).local_id
            noticed = notices.get(member.key)
            spoke_since = noticed is not None and (self.silent_since(member) or noticed) > noticed
            if noticed is None or spoke_since:
                self.notice(ctx, member, name)
                notices.record(ctx, member.key)
                outcome["noticed"].append(name)
            elif ctx.now - noticed >= config.grace:
                removed = outcome["removed"] + outcome["would_remove"]
                if len(removed) >= config.cap:
                    continue
                if config.dry_run:
                    outcome["would_remove"].append(name)
                else:
                    self.remove(ctx, member)
                    outcome["removed"].append(name)
        return outcome

    def notice(self, ctx: Context, member: MemberState, name: str) -> None:
        user = Ref(member.key)
        text = T(
            "Hi {name}, you have been quiet in {community} for over {days} days. Say something "
            "in the group within {grace} days if you want to stay; otherwise we will make room.",
            name=name,
            community=ctx.community.title,
            days=self.config.days,
            grace=self.config.grace.days,
        )
        ctx.send_private(user, text)

    def remove(self, ctx: Context, member: MemberState) -> None:
        user = Ref(member.key)
        for chat in ctx.community.settings.chats:
            if Ref(chat).platform == user.platform:
                ctx.act(Kick(chat=Ref(chat), user=user))
                ctx.audit("kick", target=user, rule="lurkers", chat=chat, evidence="silent")

    def report(self, ctx: Context, outcome: dict[str, list[str]], chat: Ref | None) -> None:
        if chat is None:
            return
        parts: list[Any] = [
            T("Lurker sweep, dry run:") if self.config.dry_run else T("Lurker sweep:")
        ]
        for key, names in outcome.items():
            parts += [Text("\n"), REPORT_LINES[key], Text(" " + (", ".join(names) or "-"))]
        ctx.send(tuple(parts), chat=chat)

    # --- /lurkers [run] ------------------------------------------------------------------------

    @on_command("lurkers", permission=Permission.MODERATE)
    def command(self, event: MessageEvent, ctx: Context, command: Command) -> None:
        if command.arg(0).lower() == "run":
            self.report(ctx, self.sweep(ctx), event.chat)
            return
        found = self.candidates(ctx)
        if not found:
            ctx.reply(T("No one has been silent for {days} days.", days=self.config.days))
            return
        names = ", ".join(m.name or Ref(m.key).local_id for m in found[:SHOWN])
        more = " …" if len(found) > SHOWN else ""
        ctx.reply(
            TN(
                "{n} member silent for {days}+ days: {names}",
                "{n} members silent for {days}+ days: {names}",
                len(found),
                days=self.config.days,
                names=names + more,
            )
        )
