"""Admin commands on members, in the words Telegram admins know from Rose: /warn /unwarn
/warns /resetwarns /mute /tmute /unmute /ban /tban /unban /kick /approve /unapprove /approved.
Targets by reply, @mention or id; every action lands in the audit log."""

from __future__ import annotations

from ..actions import Priority, Unban, Unmute
from ..commands import Command
from ..durations import DURATION
from ..engine import CommandComponent, Context, component, on_command
from ..events import Event, JobDue, MemberJoined, MemberLeft, MessageEvent, MessageReceived
from ..moderation.channel_bans import JOB as CHANNEL_UNBAN
from ..moderation.channel_bans import ban_ended, banned, forget_ban
from ..moderation.commanding import case_for, duration_arg, name_of, with_note
from ..moderation.ladder import Case, add_warning, take_step
from ..moderation.overrides import CommandSettings, Overrides
from ..moderation.reasons import reason_of
from ..moderation.shared_bans import lift_ban
from ..moderation.state import Moderation, ModerationState
from ..moderation.steps import Step
from ..permissions import Permission
from ..refs import Ref
from ..roles import Role
from ..segments import TN, Mention, T, named

ADMIN = Role.ADMIN


@component
class MemberCommands(CommandComponent):
    name = "modcommands"
    section = "moderation"
    order = 5
    before = ("moderation",)  # an admin's command is not checked as chatter
    slices = (Moderation, CommandSettings)

    events = (MessageReceived, MemberJoined, MemberLeft, JobDue)

    async def prepare(self, event: Event, ctx: Context) -> None:
        found = self.command_of(event)
        if found and found[0].name == "admincache" and event.chat is not None:
            ctx.admins.invalidate(event.chat)  # a new admin need not wait 10 minutes
            await ctx.admins.ensure(event.chat)
        await super().prepare(event, ctx)

    def handle(self, event: Event, ctx: Context) -> None:
        if isinstance(event, JobDue):
            if event.job == CHANNEL_UNBAN:  # a channel's timed ban ends
                ban_ended(event, ctx)
            return
        if isinstance(event, MemberJoined | MemberLeft):
            # An admin who leaves or comes back changes the admin list: read it afresh.
            if event.chat is not None and event.member in ctx.admins.known(event.chat):
                ctx.admins.invalidate(event.chat)
            return
        super().handle(event, ctx)

    @on_command("admincache", aliases=("reload",))
    def admin_cache(self, event: MessageEvent, ctx: Context, command: Command) -> None:
        admins = ctx.admins.known(event.chat) if event.chat else {}
        ctx.reply(
            TN("Admin list refreshed: {n} admin.", "Admin list refreshed: {n} admins.", len(admins))
        )

    # --- warnings ------------------------------------------------------------------------------

    @on_command("warn", permission=Permission.MODERATE)
    def warn(self, event: MessageEvent, ctx: Context, command: Command) -> None:
        case, rest = case_for(event, ctx, command)
        if case is None:
            return
        with_note(case, rest)
        ladder = self.config.escalation
        count = add_warning(ctx, case, ctx.slice(Moderation), self.config.warn_expiry)
        take_step(ctx, case, ladder[min(count, len(ladder)) - 1], count)
        ctx.reply(
            TN("{name} now has {n} warning.", "{name} now has {n} warnings.", count, name=case.name)
        )

    def _active(self, ctx: Context, case: Case):
        state: ModerationState = ctx.slice(Moderation)
        key = ctx.community.member_key(case.user)
        return state.active(key, ctx.now, self.config.warn_expiry)

    def _clear(self, ctx: Context, case: Case, warnings) -> None:
        ctx.slice(Moderation).set_cleared(ctx, [w.id for w in warnings], ctx.now)

    @on_command("unwarn", permission=Permission.MODERATE, aliases=("rmwarn",))
    def unwarn(self, event: MessageEvent, ctx: Context, command: Command) -> None:
        case, _ = case_for(event, ctx, command, protect_admins=False)
        if case is None:
            return
        active = self._active(ctx, case)
        if not active:
            ctx.reply(T("{name} has no warnings.", name=case.name))
            return
        self._clear(ctx, case, active[-1:])
        ctx.audit("unwarn", target=case.user, actor=event.sender, rule="manual", outcome="done")
        left = len(active) - 1
        ctx.reply(
            TN(
                "Removed a warning: {name} has {n} left.",
                "Removed a warning: {name} has {n} left.",
                left,
                name=case.name,
            )
        )

    @on_command("warns")
    def warns(self, event: MessageEvent, ctx: Context, command: Command) -> None:
        if not command.args and event.reply_to_sender is None and not _mentions(event):
            command = Command(command.name, (event.sender,), event.sender)  # their own
        case, _ = case_for(event, ctx, command, protect_admins=False)
        if case is None:
            return
        active = self._active(ctx, case)
        if not active:
            ctx.reply(T("{name} has no warnings.", name=case.name))
            return
        # each reason once, as members read it (a detector's, the moderator's own words, else
        # "a moderator's decision")
        given = dict.fromkeys((w.rule, w.note) for w in active)
        rules = tuple(reason_of(rule, note) for rule, note in given)
        ctx.reply(
            TN(
                "{name} has {n} warning: {rules}.",
                "{name} has {n} warnings: {rules}.",
                len(active),
                name=case.name,
                rules=rules,
            )
        )

    @on_command("resetwarns", permission=Permission.MODERATE, aliases=("resetwarn",))
    def resetwarns(self, event: MessageEvent, ctx: Context, command: Command) -> None:
        case, _ = case_for(event, ctx, command, protect_admins=False)
        if case is None:
            return
        active = self._active(ctx, case)
        self._clear(ctx, case, active)
        ctx.audit(
            "resetwarns",
            target=case.user,
            actor=event.sender,
            rule="manual",
            outcome="done",
            detail={"cleared": [w.id for w in active]},
        )
        ctx.reply(T("Warnings of {name} reset.", name=case.name))

    # --- restrictions --------------------------------------------------------------------------

    def _step(
        self, event: MessageEvent, ctx: Context, command: Command, kind: str, timed: bool
    ) -> None:
        case, rest = case_for(event, ctx, command)
        if case is None:
            return
        duration = None
        if timed:
            duration, rest = duration_arg(ctx, rest)
            if duration is None:
                return
        elif rest and DURATION.fullmatch(rest[0].lower()):  # `/ban 2d spam` means /tban 2d
            duration, rest = duration_arg(ctx, rest)
            if duration is None:  # too long to be a duration (answered)
                return
        take_step(ctx, with_note(case, rest), Step(kind, duration))

    @on_command("mute", permission=Permission.MODERATE)
    def mute(self, event: MessageEvent, ctx: Context, command: Command) -> None:
        self._step(event, ctx, command, "mute", timed=False)

    @on_command("tmute", permission=Permission.MODERATE)
    def tmute(self, event: MessageEvent, ctx: Context, command: Command) -> None:
        self._step(event, ctx, command, "mute", timed=True)

    @on_command("ban", permission=Permission.MODERATE)
    def ban(self, event: MessageEvent, ctx: Context, command: Command) -> None:
        self._step(event, ctx, command, "ban", timed=False)

    @on_command("tban", permission=Permission.MODERATE)
    def tban(self, event: MessageEvent, ctx: Context, command: Command) -> None:
        self._step(event, ctx, command, "ban", timed=True)

    @on_command("kick", permission=Permission.MODERATE)
    def kick(self, event: MessageEvent, ctx: Context, command: Command) -> None:
        self._step(event, ctx, command, "kick", timed=False)

    @on_command("unmute", permission=Permission.MODERATE)
    def unmute(self, event: MessageEvent, ctx: Context, command: Command) -> None:
        case, _ = case_for(event, ctx, command, protect_admins=False)
        if case is None:
            return
        if case.user.kind == "chat":  # a channel is never muted: its timed ban is lifted
            if not banned(ctx, case.chat, case.user):
                ctx.reply(T("{name} is a channel: a channel cannot be muted, only banned "
                            "(/ban, /unban).", name=case.name))  # fmt: skip
                return
            self.unban(event, ctx, command)
            return
        done = ctx.act(Unmute(chat=case.chat, user=case.user, priority=Priority.BY_HAND))
        ctx.audit("unmute", target=case.user, actor=event.sender, rule="manual")
        ctx.reply(T("{name} may speak again.", name=named(case.user, case.name)), after=done)

    @on_command("unban", permission=Permission.MODERATE)
    def unban(self, event: MessageEvent, ctx: Context, command: Command) -> None:
        case, _ = case_for(event, ctx, command, protect_admins=False)
        if case is None:
            return
        # by hand, as the ban: one given right after must not overtake it (or it is lifted)
        done = ctx.act(Unban(chat=case.chat, user=case.user, priority=Priority.BY_HAND))
        lift_ban(ctx, case.user, case.chat)
        if case.user.kind == "chat":
            forget_ban(ctx, case.chat, case.user)
        ctx.audit("unban", target=case.user, actor=event.sender, rule="manual")
        ctx.reply(T("{name} is no longer banned.", name=named(case.user, case.name)), after=done)

    # --- approvals -----------------------------------------------------------------------------

    def _approved(self, ctx: Context) -> tuple[Overrides, list[str]]:
        overrides: Overrides = ctx.slice(CommandSettings)
        return overrides, list(overrides.get("approved", ()))

    @on_command("approve", permission=Permission.MODERATE)
    def approve(self, event: MessageEvent, ctx: Context, command: Command) -> None:
        case, _ = case_for(event, ctx, command, protect_admins=False)
        if case is None:
            return
        overrides, approved = self._approved(ctx)
        key = ctx.community.member_key(case.user)
        if key not in approved:
            overrides.set(ctx, "approved", [*approved, key])
            ctx.audit(
                "approve", target=case.user, actor=event.sender, rule="manual", outcome="done"
            )
        ctx.reply(T("{name} is approved: moderation leaves them alone.", name=case.name))

    @on_command("unapprove", permission=Permission.MODERATE)
    def unapprove(self, event: MessageEvent, ctx: Context, command: Command) -> None:
        case, _ = case_for(event, ctx, command, protect_admins=False)
        if case is None:
            return
        overrides, approved = self._approved(ctx)
        key = ctx.community.member_key(case.user)
        if key in approved:
            overrides.set(ctx, "approved", [k for k in approved if k != key])
            ctx.audit(
                "unapprove", target=case.user, actor=event.sender, rule="manual", outcome="done"
            )
        ctx.reply(T("{name} is no longer approved.", name=case.name))

    @on_command("approved", role=ADMIN)
    def approved(self, event: MessageEvent, ctx: Context, command: Command) -> None:
        _, approved = self._approved(ctx)
        if not approved:
            ctx.reply(T("No approved members."))
            return
        names = ", ".join(name_of(ctx, Ref(key)) for key in approved)
        ctx.reply(
            TN(
                "{n} approved member: {names}.",
                "{n} approved members: {names}.",
                len(approved),
                names=names,
            )
        )


def _mentions(event: MessageEvent) -> bool:
    return any(isinstance(segment, Mention) for segment in event.segments)
