"""The commands members use (and the few admin ones about a single campaign): list and
progress, join (command or button), the challenge, invites and the referral ranking, rerolls.
Mixed into the lifecycle component, which owns the command table."""

from __future__ import annotations

from datetime import datetime

from ..commands import Command
from ..engine import Context, MemberState, on_command, target_of
from ..events import ActionCompleted, ButtonPressed
from ..permissions import Permission
from ..segments import I18nText, T, Text
from .kinds import KINDS, STATUS_LABELS, Content
from .referral import Referral
from .scheduled import not_started
from .store import ACTIVE, CLOSED, PAUSED, Campaign, campaigns_of, save

referral = Referral()


class MemberCommands:
    """Handlers named in the lifecycle component's `commands` table."""

    @on_command("campaigns")
    def list(self, event, ctx: Context, command) -> None:
        campaigns = campaigns_of(ctx)
        wanted = campaigns.get(command.arg(0))
        if wanted is not None:
            ctx.reply(_progress(ctx, wanted, ctx.member(event.sender)))
            return
        shown = [c for c in campaigns.values() if not c.finished]
        if not shown:
            ctx.reply(T("No campaigns are running."))
            return
        lines: list = [T("Campaigns:")]
        for c in shown:
            lines.append(Text("\n"))
            lines.append(_listed(c, ctx.now))
        ctx.reply(tuple(lines))

    @on_command("join")
    def join(self, event, ctx: Context, command) -> None:
        if event.sender_is_bot:  # a bot is no member: as a bot's join is not welcomed, unanswered
            return
        campaign = self._joinable(ctx, command.arg(0))
        if isinstance(campaign, I18nText):
            ctx.reply(campaign)
            return
        KINDS[campaign.kind].join(ctx, campaign, ctx.member(event.sender), event.sender_name)

    def _joinable(self, ctx: Context, name: str) -> Campaign | I18nText:
        campaigns = campaigns_of(ctx)
        if name:
            campaign = campaigns.get(name)
            if campaign is None or not KINDS[campaign.kind].joinable:
                return T("There is no campaign called {name} to join.", name=name)
            if campaign.scheduled(ctx.now):
                return not_started(campaign)
        else:
            open_ = [c for c in campaigns.values() if KINDS[c.kind].joinable and c.running(ctx.now)]
            if len(open_) != 1:
                names = ", ".join(c.name for c in open_)
                return (
                    T("Which one? /join NAME (open: {names}).", names=names or "-")
                    if open_
                    else T("Nothing is open to join right now.")
                )
            campaign = open_[0]
        if not campaign.running(ctx.now):
            return T("{title} is not open for entries.", title=campaign.title)
        return campaign

    def _button(self, event: ButtonPressed, ctx: Context) -> None:
        prefix, _, name = event.data.partition("campaign:join:")
        if prefix or not name:
            return
        campaign = self._joinable(ctx, name)
        if isinstance(campaign, I18nText):
            ctx.send(campaign)
            return
        KINDS[campaign.kind].join(ctx, campaign, ctx.member(event.member), event.name)

    @on_command("challenge")
    def challenge(self, event, ctx: Context, command) -> None:
        self._show_kind(event, ctx, "challenge", T("No check-in challenge is running."))

    def _show_kind(self, event, ctx: Context, kind: str, none) -> None:
        """The sender's progress in the running campaigns of a kind and when those ahead start,
        else their progress in the latest."""
        of_kind = [c for c in campaigns_of(ctx).values() if c.kind == kind and c.status != CLOSED]
        now = ctx.now
        shown = [c for c in of_kind if c.running(now) or c.scheduled(now)] or of_kind[-1:]
        if not shown:
            ctx.reply(none)
            return
        member = ctx.member(event.sender)
        for campaign in shown:
            ctx.reply(_progress(ctx, campaign, member))

    def _referral(self, ctx: Context) -> Campaign | None:
        """The running referral campaign, else one paused (its links still bring members)."""
        of_kind = [c for c in campaigns_of(ctx).values() if c.kind == "referral"]
        running = next((c for c in of_kind if c.running(ctx.now)), None)
        return running or next((c for c in of_kind if c.paused_in_window(ctx.now)), None)

    def _referral_ahead(self, ctx: Context) -> Campaign | None:
        """A referral campaign whose start is ahead: asked for now, members hear when."""
        of_kind = (c for c in campaigns_of(ctx).values() if c.kind == "referral")
        return next((c for c in of_kind if c.scheduled(ctx.now)), None)

    @on_command("invite")
    def invite(self, event, ctx: Context, command) -> None:
        campaign = self._referral(ctx)
        ahead = self._referral_ahead(ctx) if campaign is None else None
        if campaign is None:
            ctx.reply(not_started(ahead) if ahead else T("No referral campaign is running."))
            return
        if campaign.status == PAUSED:
            ctx.reply(
                T(
                    "{title} is paused: no new invite links until it resumes. Friends who join "
                    "through a link handed out before still count once it resumes.",
                    title=campaign.title,
                )
            )
            return
        chat = None if event.private else event.chat
        referral.invite(ctx, campaign, ctx.member(event.sender), chat)
        save(ctx, campaign)

    @on_command("code")
    def code(self, event, ctx: Context, command) -> None:
        campaign = self._referral(ctx)
        ahead = self._referral_ahead(ctx) if campaign is None else None
        if ahead is not None:  # a newcomer's code would not count: they joined before its start
            ctx.reply(not_started(ahead))
            return
        if campaign is None or not command.args:
            ctx.reply(T("Usage: /code CODE (the invite code of the member who invited you)."))
            return
        referral.code(ctx, campaign, ctx.member(event.sender), command.arg(0))
        save(ctx, campaign)

    @on_command("referrals")
    def referrals(self, event, ctx: Context, command) -> None:
        self._show_kind(event, ctx, "referral", T("No referral campaign is running."))

    def _answered(self, event: ActionCompleted, ctx: Context) -> None:
        if event.tag != "referral":
            return
        for campaign in campaigns_of(ctx).values():
            if campaign.kind == "referral" and referral.link_created(ctx, campaign, event):
                save(ctx, campaign)
                return

    @on_command("reroll", permission=Permission.POINTS)
    def reroll(self, event, ctx: Context, command) -> None:
        campaign = campaigns_of(ctx).get(command.arg(0))
        rest = Command(command.name, command.args[1:], "")
        target, words = target_of(event, rest, ctx)
        reason = " ".join(words)  # announced: a winner is replaced in public, for a reason
        if campaign is None or campaign.kind != "lottery" or target is None or not reason:
            ctx.reply(
                T(
                    "Usage: /reroll GIVEAWAY @winner REASON (the next in the draw order "
                    "replaces them; the reason is announced)."
                )
            )
            return
        member = ctx.community.member_key(target)
        KINDS["lottery"].reroll(ctx, campaign, member, reason, str(event.sender))  # type: ignore[attr-defined]
        ctx.audit("lottery.reroll", actor=event.sender, target=target, evidence=campaign.name,
                  detail={"reason": reason})  # fmt: skip
        save(ctx, campaign)


def _progress(ctx: Context, campaign: Campaign, member: MemberState) -> Content:
    """A member's progress in `campaign`, or when it starts when that is ahead."""
    if campaign.scheduled(ctx.now):
        return not_started(campaign)
    return KINDS[campaign.kind].progress(ctx, campaign, member)


def _listed(c: Campaign, now: datetime) -> I18nText:
    """A campaign's line in /campaigns: its title and the name members type, the name alone
    where it has no title of its own (its title is then its name: "draw (draw)"); one whose
    start is ahead says when it starts instead of "running"."""
    status = STATUS_LABELS[c.status]
    if c.status == ACTIVE and c.scheduled(now):
        status = T("starts {starts}", starts=c.starts_at)
    if c.title == c.name:
        if c.ends_at is None:
            return T("• {name}: {status}", name=c.name, status=status)
        return T("• {name}: {status}, ends {ends}", name=c.name, status=status, ends=c.ends_at)
    if c.ends_at is None:
        return T("• {title} ({name}): {status}", title=c.title, name=c.name, status=status)
    return T(
        "• {title} ({name}): {status}, ends {ends}",
        title=c.title,
        name=c.name,
        status=status,
        ends=c.ends_at,
    )
