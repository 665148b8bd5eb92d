"""Campaign lifecycle: created from the settings file or by `/campaign new`, listed, paused,
resumed and closed by command; members join by `/join` or the Join button. Every running
campaign's kind sees the events it cares about; starts ahead, deadlines and other steps are
scheduled jobs.
"""

from __future__ import annotations

import shlex
from functools import cached_property
from typing import Any

from loguru import logger

from ..commands import PREFIXES
from ..engine import CommandComponent, Context, component, on_command
from ..events import (
    ActionCompleted,
    ButtonPressed,
    Event,
    JobDue,
    MemberJoined,
    MemberLeft,
    MessageReceived,
)
from ..permissions import Permission
from ..points import CheckinDays
from ..segments import T
from .drift import tell_drift
from .kinds import KINDS, STATUS_LABELS, conclude_once
from .members import MemberCommands
from .scheduled import announce_due, end_refused, held, lapse, unannounced
from .spec import SPECS
from .start import CampaignRefused, launch, start, usage
from .store import ACTIVE, CLOSED, PAUSED, Campaigns, campaigns_of, save


@component
class CampaignLifecycle(MemberCommands, CommandComponent):
    name = "campaigns"
    section = "campaigns"
    order = 60
    after = ("checkin",)  # the challenge counts the check-in just made
    events = (MessageReceived, MemberJoined, MemberLeft, ButtonPressed, JobDue, ActionCompleted)
    slices = (Campaigns, CheckinDays)  # the challenge counts check-in days

    def handle(self, event: Event, ctx: Context) -> None:
        if (
            isinstance(event, MessageReceived)
            and event.text[:1] not in PREFIXES
            and not self.declared
            and not campaigns_of(ctx)
        ):
            return  # chatter where no campaign exists: the usual case, nothing to observe
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
            kind = KINDS[campaign.kind]
            if campaign.running(ctx.now) or (
                kind.observes_paused and campaign.paused_in_window(ctx.now)
            ):
                kind.observe(event, ctx, campaign)

    # --- creation -----------------------------------------------------------------------------

    @property
    def declared(self) -> dict[str, Any]:
        """Campaigns written in the settings file."""
        return self.config.root if self.config is not None else {}

    @cached_property
    def _told_ended(self) -> set[tuple[str, str]]:  # (community, campaign) logged once
        return set()

    @cached_property
    def _told_drift(self) -> set[tuple[str, str]]:  # (community, campaign) compared once
        return set()

    def _declare(self, ctx: Context) -> None:
        """Campaigns written in the settings file come to life once, on first sight."""
        known = campaigns_of(ctx)
        for name, spec in self.declared.items():
            if name in known:
                if (ctx.community.name, name) not in self._told_drift:  # once per start
                    self._told_drift.add((ctx.community.name, name))
                    tell_drift(ctx, spec, known[name])
                continue
            if spec.ended(ctx.now, ctx.community.clock) is not None:
                # announced and closed at once, it would only tell every chat of a dead offer
                if (ctx.community.name, name) not in self._told_ended:
                    self._told_ended.add((ctx.community.name, name))
                    logger.warning(
                        "campaign {} of {} in the settings has ended already; not started",
                        name, ctx.community.name,
                    )  # fmt: skip
                continue
            launch(ctx, name, spec, "settings")

    @on_command("campaign", permission=Permission.POINTS)
    def manage(self, event, ctx: Context, command) -> None:
        verb = command.arg(0).lower()
        if verb == "new":
            self._new(event, ctx, command)
            return
        target = {"pause": PAUSED, "resume": ACTIVE, "close": CLOSED}.get(verb)
        campaign = campaigns_of(ctx).get(command.arg(1))
        if (target is None and verb != "end") or campaign is None:
            ctx.reply(
                T(
                    "Usage: /campaign new KIND NAME key=value … | pause NAME | resume NAME | "
                    "close NAME | end NAME. Kinds: {kinds}.",
                    kinds=", ".join(sorted(SPECS)),
                )
            )
            return
        kind = KINDS[campaign.kind]
        refusal = None if campaign.finished else kind.refusal(ctx, campaign, verb)
        if refusal is not None:
            ctx.reply(refusal)
            ctx.audit(f"campaign.{verb}", actor=event.sender, evidence=campaign.name,
                      outcome="refused")  # fmt: skip
            return
        if verb == "end" and not campaign.finished and unannounced(campaign):
            ctx.reply(end_refused(campaign))
            return
        if campaign.finished or (verb == "end" and not conclude_once(ctx, campaign)):
            ctx.reply(T("{title} has already ended.", title=campaign.title))
            return
        if target is None:  # `end`: now, as at its deadline (a giveaway publishes its entrants)
            save(ctx, campaign)
            ctx.audit("campaign.end", actor=event.sender, evidence=campaign.name)
            return
        told = not unannounced(campaign)  # a campaign held for its start was told to nobody
        campaign.status = target
        announce_due(ctx, campaign)  # resumed after its start came: its announcement is due
        save(ctx, campaign)
        ctx.audit(f"campaign.{verb}", actor=event.sender, evidence=campaign.name)
        told_every_chat = target == CLOSED and told and kind.cancelled(ctx, campaign)
        if told_every_chat and event.chat in ctx.community.settings.chats:
            return  # the operator's chat was told with the others: once is enough
        ctx.reply(T("{title} is now {status}.", title=campaign.title, status=STATUS_LABELS[target]))

    def _new(self, event, ctx: Context, command) -> None:
        try:
            words = shlex.split(command.rest)[1:]
        except ValueError:
            words = command.args[1:]
        if len(words) < 2:
            ctx.reply(usage())
            return
        options = dict(word.partition("=")[::2] for word in words[2:])
        try:
            campaign = start(ctx, words[0], words[1].lower(), options, event.sender, command.rest)
        except CampaignRefused as refused:
            ctx.reply(refused.text)
            return
        if unannounced(campaign):
            ctx.reply(held(campaign))

    # --- jobs ---------------------------------------------------------------------------------

    def _job(self, event: JobDue, ctx: Context) -> None:
        if not event.job.startswith("campaign."):
            return
        campaign = campaigns_of(ctx).get(str(event.payload.get("campaign", "")))
        if campaign is None or campaign.status == CLOSED:
            return
        step = event.job.removeprefix("campaign.")
        if step == "deadline":
            if unannounced(campaign) and not campaign.finished:
                lapse(ctx, campaign)
                save(ctx, campaign)
            elif conclude_once(ctx, campaign):
                save(ctx, campaign)
            return
        if step == "start":
            if announce_due(ctx, campaign):
                save(ctx, campaign)
            return
        KINDS[campaign.kind].job(ctx, campaign, step, dict(event.payload))
        save(ctx, campaign)
