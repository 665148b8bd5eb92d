"""Campaign lifecycle: created from the settings file or by `/campaign new`, listed, paused,
resumed and closed by command; members join by `/join` or the Join button. Every running
campaign's kind sees the events it cares about; deadlines and other steps are scheduled jobs.
"""

from __future__ import annotations

import shlex

from pydantic import ValidationError

from ..commands import Command
from ..components.checkin import CheckinDays
from ..engine import CommandComponent, CommandSpec, Context, component, target_of
from ..events import (
    ActionCompleted,
    ButtonPressed,
    Event,
    JobDue,
    MemberJoined,
    MemberLeft,
    MessageReceived,
)
from ..roles import Role
from ..segments import I18nText, T, Text
from ..settings.problems import problems_from
from .kinds import KINDS, arm
from .referral import Referral
from .spec import NAME, SPECS, SpecBase
from .store import ACTIVE, CLOSED, PAUSED, Campaign, Campaigns, campaigns_of, save

referral = Referral()
STATUS_LABELS = {
    "active": T("running"),
    "paused": T("paused"),
    "succeeded": T("succeeded"),
    "failed": T("failed"),
    "closed": T("closed"),
}


def _option(key: str, value: str) -> object:
    """`/campaign new` arguments: lists by comma; group-buy tiers as `size:off,size:off`."""
    if key == "tiers":
        return [
            dict(zip(("size", "off"), part.split(":"), strict=False)) for part in value.split(",")
        ]
    if key == "reasons":
        return value.split(",")
    return value


@component
class CampaignLifecycle(CommandComponent):
    name = "campaigns"
    section = "campaigns"
    order = 60
    events = (MessageReceived, MemberJoined, MemberLeft, ButtonPressed, JobDue, ActionCompleted)
    slices = (Campaigns, CheckinDays)  # the challenge counts check-in days
    commands = (
        CommandSpec("campaigns", "list"),
        CommandSpec("campaign", "manage", role=Role.ADMIN),
        CommandSpec("join", "join"),
        CommandSpec("reroll", "reroll", role=Role.ADMIN),
        CommandSpec("challenge", "challenge"),
        CommandSpec("invite", "invite"),
        CommandSpec("referrals", "referrals", aliases=("top",)),
        CommandSpec("code", "code"),
    )

    def handle(self, event: Event, ctx: Context) -> None:
        self._declare(ctx)
        if isinstance(event, JobDue):
            self._job(event, ctx)
        elif isinstance(event, ButtonPressed):
            self._button(event, ctx)
        elif isinstance(event, ActionCompleted):
            self._answered(event, ctx)
        elif isinstance(event, MessageReceived):
            super().handle(event, ctx)  # commands; other messages reach on_message
        else:
            self._observe(event, ctx)

    def on_message(self, event: Event, ctx: Context) -> None:
        if isinstance(event, MessageReceived) and not event.private:
            self._observe(event, ctx)

    def _observe(self, event: Event, ctx: Context) -> None:
        for campaign in list(campaigns_of(ctx).values()):
            if campaign.running(ctx.now):
                KINDS[campaign.kind].observe(event, ctx, campaign)

    # --- creation -----------------------------------------------------------------------------

    def _declare(self, ctx: Context) -> None:
        """Campaigns written in the settings file come to life once, on first sight."""
        declared = self.config.root if self.config is not None else {}
        known = campaigns_of(ctx)
        for name, spec in declared.items():
            if name not in known:
                launch(ctx, name, spec, "settings")

    def manage(self, event, ctx: Context, command) -> None:
        verb = command.arg(0).lower()
        if verb == "new":
            self._new(event, ctx, command)
            return
        target = {"pause": PAUSED, "resume": ACTIVE, "close": CLOSED}.get(verb)
        campaign = campaigns_of(ctx).get(command.arg(1))
        if target is None or campaign is None:
            ctx.reply(
                T(
                    "Usage: /campaign new KIND NAME key=value … | pause NAME | resume NAME | "
                    "close NAME. Kinds: {kinds}.",
                    kinds=", ".join(SPECS),
                )
            )
            return
        if campaign.finished:
            ctx.reply(T("{title} has already ended.", title=campaign.title))
            return
        campaign.status = target
        save(ctx, campaign)
        ctx.audit(f"campaign.{verb}", actor=event.sender, evidence=campaign.name)
        ctx.reply(T("{title} is now {status}.", title=campaign.title, status=STATUS_LABELS[target]))

    def _new(self, event, ctx: Context, command) -> None:
        try:
            words = shlex.split(command.rest)[1:]
        except ValueError:
            words = command.args[1:]
        if len(words) < 2 or words[0] not in SPECS:
            ctx.reply(
                T(
                    "Usage: /campaign new KIND NAME key=value … (kinds: {kinds}).",
                    kinds=", ".join(SPECS),
                )
            )
            return
        kind_name, name = words[0], words[1].lower()
        if not NAME.match(name) or name in campaigns_of(ctx):
            ctx.reply(T("{name} is taken or not a valid campaign name.", name=name))
            return
        options = {}
        for word in words[2:]:
            key, _, value = word.partition("=")
            options[key] = _option(key, value)
        try:
            spec = SPECS[kind_name].model_validate(options)
        except ValidationError as exc:
            problems = "; ".join(str(p) for p in problems_from(exc, SPECS[kind_name]))
            ctx.reply(T("Cannot create {name}: {problems}", name=name, problems=problems))
            return
        launch(ctx, name, spec, event.sender)
        ctx.audit("campaign.new", actor=event.sender, evidence=command.rest)

    # --- taking part --------------------------------------------------------------------------

    def list(self, event, ctx: Context, command) -> None:
        campaigns = campaigns_of(ctx)
        wanted = campaigns.get(command.arg(0))
        if wanted is not None:
            kind = KINDS[wanted.kind]
            ctx.reply(kind.progress(ctx, wanted, ctx.member(event.sender)))
            return
        shown = [c for c in campaigns.values() if not c.finished]
        if not shown:
            ctx.reply(T("No campaigns are running."))
            return
        lines: list = [T("Campaigns:")]
        for c in shown:
            lines.append(Text("\n"))
            if c.ends_at is None:
                lines.append(
                    T(
                        "• {title} ({name}): {status}",
                        title=c.title,
                        name=c.name,
                        status=STATUS_LABELS[c.status],
                    )
                )
            else:
                lines.append(
                    T(
                        "• {title} ({name}): {status}, ends {ends}",
                        title=c.title,
                        name=c.name,
                        status=STATUS_LABELS[c.status],
                        ends=c.ends_at,
                    )
                )
        ctx.reply(tuple(lines))

    def join(self, event, ctx: Context, command) -> None:
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

    def challenge(self, event, ctx: Context, command) -> None:
        self._show_kind(event, ctx, "challenge", T("No check-in challenge is running."))

    def _show_kind(self, event, ctx: Context, kind: str, none) -> None:
        """The sender's progress in the running (else the latest) campaigns of a kind."""
        of_kind = [c for c in campaigns_of(ctx).values() if c.kind == kind and c.status != CLOSED]
        shown = [c for c in of_kind if c.running(ctx.now)] or of_kind[-1:]
        if not shown:
            ctx.reply(none)
            return
        member = ctx.member(event.sender)
        for campaign in shown:
            ctx.reply(KINDS[kind].progress(ctx, campaign, member))

    def _referral(self, ctx: Context) -> Campaign | None:
        running = [c for c in campaigns_of(ctx).values() if c.kind == "referral"]
        return next((c for c in running if c.running(ctx.now)), None)

    def invite(self, event, ctx: Context, command) -> None:
        campaign = self._referral(ctx)
        if campaign is None:
            ctx.reply(T("No referral campaign is running."))
            return
        chat = None if event.private else event.chat
        referral.invite(ctx, campaign, ctx.member(event.sender), chat)
        save(ctx, campaign)

    def code(self, event, ctx: Context, command) -> None:
        campaign = self._referral(ctx)
        if campaign is None or not command.args:
            ctx.reply(T("Usage: /code CODE (the invite code of the member who invited you)."))
            return
        referral.code(ctx, campaign, ctx.member(event.sender), command.arg(0))
        save(ctx, campaign)

    def referrals(self, event, ctx: Context, command) -> None:
        self._show_kind(event, ctx, "referral", T("No referral campaign is running."))

    def _answered(self, event: ActionCompleted, ctx: Context) -> None:
        if event.tag != "referral":
            return
        for campaign in campaigns_of(ctx).values():
            if campaign.kind == "referral" and referral.link_created(ctx, campaign, event):
                save(ctx, campaign)
                return

    def reroll(self, event, ctx: Context, command) -> None:
        campaign = campaigns_of(ctx).get(command.arg(0))
        rest = Command(command.name, command.args[1:], "")
        target, _ = target_of(event, rest, ctx)
        if campaign is None or campaign.kind != "lottery" or target is None:
            ctx.reply(
                T("Usage: /reroll GIVEAWAY @winner (the next in the draw order replaces them).")
            )
            return
        KINDS["lottery"].reroll(ctx, campaign, ctx.community.member_key(target))  # type: ignore[attr-defined]
        ctx.audit("lottery.reroll", actor=event.sender, target=target, evidence=campaign.name)
        save(ctx, campaign)

    # --- jobs ---------------------------------------------------------------------------------

    def _job(self, event: JobDue, ctx: Context) -> None:
        if not event.job.startswith("campaign."):
            return
        campaign = campaigns_of(ctx).get(str(event.payload.get("campaign", "")))
        if campaign is None or campaign.status == CLOSED:
            return
        step = event.job.removeprefix("campaign.")
        if step == "deadline":
            if not campaign.finished:
                KINDS[campaign.kind].conclude(ctx, campaign)
                save(ctx, campaign)
            return
        KINDS[campaign.kind].job(ctx, campaign, step, dict(event.payload))
        save(ctx, campaign)


def launch(ctx: Context, name: str, spec: SpecBase, created_by: str) -> Campaign:
    starts, ends = spec.window(ctx.now, ctx.community.clock)
    campaign = Campaign(
        name=name,
        kind=spec.kind,  # type: ignore[attr-defined]
        title=spec.title or name,
        status=ACTIVE,
        config=spec.settings(),
        starts_at=starts,
        ends_at=ends,
        created_by=created_by,
        created_at=ctx.now,
    )
    campaigns_of(ctx)[name] = campaign
    KINDS[campaign.kind].launched(ctx, campaign)
    if ends is not None:
        arm(ctx, campaign, "deadline", ends)
    save(ctx, campaign)
    return campaign
