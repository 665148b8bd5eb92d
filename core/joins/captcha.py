"""The join captcha: a newcomer is restricted and asked (a button, a sum, a code to type or
the community's own question) until solved; one who fails or never answers is removed.

Where the chat takes join requests the question goes privately before approval. Whoever is
asked in the group is welcomed only once they pass (admission.py). On a platform without
buttons (Matrix, WeChat) the question is one to type (the community's own, or a sum): the
newcomer is not muted, so they can answer, and their other messages are deleted until they
pass where the bot may delete; failure removes.
A member a moderator's mute holds is asked nothing on rejoining, and passing lifts no such
mute (muted.py).
Admins: /captcha [on|off|button|math|text|question], /captcha exempt|unexempt @member.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any

from ..actions import DeleteMessages, Mute, Priority
from ..capabilities import Capability
from ..commands import PREFIXES, command_of
from ..engine import CommandComponent, Context, component
from ..engine.filters import Always, Filter
from ..engine.routing import split_route
from ..events import (
    ButtonPressed,
    Event,
    JobDue,
    JoinRequested,
    MemberJoined,
    MemberLeft,
    MessageEvent,
    MessageReceived,
)
from ..moderation import CommandSettings, Overrides
from ..paid import holds_plan_for
from ..refs import Ref
from ..roles import Role
from . import antiraid as raids
from . import asking, decision, hints, raid_end
from .asking import DATA, TIMEOUT_JOB
from .captcha_command import CaptchaCommand, current_settings
from .challenge import Challenge
from .config import CHOICE_MODES, CaptchaConfig
from .decision import can
from .muted import under_mute
from .store import Challenges, ChallengeSlice, passed_elsewhere

# A question shown this much after it was asked or less was not held back by a queue (it
# is the time a delivery takes): its newcomer is decided at once, with no second deadline.
SHOWN_LATE = timedelta(seconds=5)


@dataclass(frozen=True, slots=True)
class LookedUp:
    """What captcha reads before an event is decided."""

    passed_elsewhere: bool = False  # a newcomer passed in another community
    message_ids: tuple[str, ...] = ()  # the pending challenge's messages, to delete
    unsent: tuple[str, ...] = ()  # outbox ids of its messages still on their way
    held: tuple[tuple[str, str], ...] = ()  # (chat, member) a raid that ended now muted
    held_press: bool = False  # the one pressing "Let me in" was held by a raid, not let in yet
    unasked: bool = False  # the platform refused the question for good: never shown
    queued: bool = False  # the question is still on its way (a wave's questions wait their turn)
    shown_at: datetime | None = None  # when the platform took the question
    muted: bool = False  # a moderator's mute holds the member (not the captcha's own)

    @classmethod
    def of(cls, sent: hints.Sent, question: str = "") -> LookedUp:
        unasked = bool(question) and question in sent.failed
        return cls(
            message_ids=sent.message_ids, unsent=sent.unsent, unasked=unasked,
            queued=question in sent.unsent, shown_at=sent.delivered_at.get(question),
        )  # fmt: skip


@component
class Captcha(CaptchaCommand, CommandComponent[LookedUp]):
    name = "captcha"
    section = "captcha"
    order = 5
    after = ("membership",)
    before = ("welcome", "checkin", "earning")  # nothing greets, counts or rewards first
    events = (MemberJoined, JoinRequested, ButtonPressed, MessageReceived, JobDue, MemberLeft)
    slices = (ChallengeSlice, CommandSettings)

    # --- settings admins change by command ------------------------------------------------------

    def settings(self, ctx: Context) -> dict[str, Any]:
        return current_settings(ctx)

    def enabled(self, ctx: Context) -> bool:
        return bool(self.settings(ctx).get("enabled", self.config.enabled))

    def mode(self, ctx: Context) -> str:
        return str(self.settings(ctx).get("mode", self.config.mode))

    # --- what prepare fetches -------------------------------------------------------------------

    def preparing(self) -> Filter:
        return Always(True)

    def idle(self, event: Event, ctx: Context) -> bool:
        """A message that is no command while nobody is being asked: nothing to look up or
        do (the usual case, decided before any of the steps below)."""
        return (
            isinstance(event, MessageReceived)
            and event.text[:1] not in PREFIXES
            and not ctx.slice(ChallengeSlice).pending
        )

    async def prepare(self, event: Event, ctx: Context) -> LookedUp | None:
        if self.idle(event, ctx):
            return None
        await super().prepare(event, ctx)
        if not self.enabled(ctx) and not isinstance(event, (JobDue, ButtonPressed)):
            return None
        config: CaptchaConfig = self.config
        if isinstance(event, MemberJoined):
            elsewhere = config.passed_anywhere and await passed_elsewhere(
                event.member, ctx.community.name
            )
            muted = not event.is_bot and await under_mute(ctx, event.member, event.time)
            return LookedUp(passed_elsewhere=elsewhere, muted=muted)
        if isinstance(event, JobDue) and event.job == hints.CLEANUP_JOB:
            return LookedUp.of(await hints.of_job(event))
        if isinstance(event, JobDue) and event.job == raids.AFTER_JOB and self.enabled(ctx):
            return LookedUp(held=await raids.held_members(event, ctx))
        if isinstance(event, ButtonPressed) and raid_end.is_press(event):
            return LookedUp(held_press=await raid_end.still_held(event, ctx))
        if not ctx.slice(ChallengeSlice).pending:  # the usual case: nobody is being asked
            return None
        found = self._challenge_for(event, ctx)
        if found is not None:  # one made an admin since joining (ChanServ's +o) passes
            await ctx.admins.ensure(Ref(found.chat))
        if found is None:
            return None
        looked_up = LookedUp()
        if found.message:
            outbox_ids = found.message.split()  # the question's first
            looked_up = LookedUp.of(await hints.sent(outbox_ids), outbox_ids[0])
        if isinstance(event, (JobDue, ButtonPressed)):  # deciding: a mute since is kept
            looked_up = replace(looked_up, muted=await under_mute(ctx, found.member, event.time))
        return looked_up

    def _challenge_for(self, event: Event, ctx: Context) -> Challenge | None:
        state: Challenges = ctx.slice(ChallengeSlice)
        if isinstance(event, JobDue) and event.job == TIMEOUT_JOB:
            return state.find(str(event.payload.get("chat")), str(event.payload.get("member")))
        if isinstance(event, MemberLeft):
            return state.find(str(event.chat), str(event.member))
        if isinstance(event, ButtonPressed):
            return self._pending(
                state,
                event.chat,
                event.member,
                private=event.chat == Ref.chat(event.member.platform, event.member.local_id),
            )
        if isinstance(event, MessageEvent) and event.chat is not None:
            return self._pending(state, event.chat, event.sender, private=event.private)
        return None

    @staticmethod
    def _pending(
        state: Challenges, chat: Ref | None, member: Ref, private: bool
    ) -> Challenge | None:
        if private:
            return state.private_of(member)
        return state.find(str(chat), member) if chat is not None else None

    # --- events ---------------------------------------------------------------------------------

    def handle(self, event: Event, ctx: Context) -> None:
        if self.idle(event, ctx):
            return
        looked_up = self.prepared(ctx) or LookedUp()
        if isinstance(event, MemberJoined):
            self.joined(event, ctx, looked_up)
        elif isinstance(event, JoinRequested):
            self.requested(event, ctx)
        elif isinstance(event, ButtonPressed) and raid_end.is_press(event):
            ctx.stop()  # "Let me in" under a raid's end: the presser is asked, if held
            if looked_up.held_press and event.chat is not None:
                self.challenge(ctx, event.chat, event.member, event.name, False)
        elif isinstance(event, ButtonPressed):
            self.pressed(event, ctx, looked_up.message_ids)
        elif isinstance(event, JobDue):
            if event.job == TIMEOUT_JOB:
                self.timed_out(event, ctx, looked_up.message_ids)
            elif event.job == raids.AFTER_JOB:  # held by a raid, asked nothing: asked now
                raid_end.ask_held(ctx, looked_up.held, self.challenge)
            elif event.job == hints.CLEANUP_JOB and looked_up.message_ids:
                where = Ref(str(event.payload.get("chat")))
                ctx.act(
                    DeleteMessages(chat=where, message_ids=looked_up.message_ids, tag="captcha")
                )
        elif isinstance(event, MemberLeft):
            found = ctx.slice(ChallengeSlice).find(str(event.chat), event.member)
            if found is not None:  # gone before answering (removed by moderation, or left)
                found.status = "left"
                ctx.slice(ChallengeSlice).save(ctx, found)
                # a rejoin is asked afresh: this question goes
                decision.clear(found, ctx, looked_up.message_ids, looked_up.unsent)
        else:
            super().handle(event, ctx)

    def on_message(self, event: Event, ctx: Context) -> None:
        assert isinstance(event, MessageEvent)
        if not ctx.slice(ChallengeSlice).pending:  # the usual case: nobody is being asked
            return
        found = self._challenge_for(event, ctx)
        if found is None:
            return
        ids = (self.prepared(ctx) or LookedUp()).message_ids
        if self.exempt_now(found, ctx):
            self.decide(found, "passed", ctx, ids)
            return  # their message goes on: an admin's command runs
        if (
            event.chat is not None
            and not event.private
            and can(ctx, event.chat.platform, Capability.DELETE)
        ):
            ctx.act(DeleteMessages(chat=event.chat, message_ids=(event.message_id,), tag="captcha"))
        if self.is_command(event, ctx):
            pass  # `/rules` is no answer: it costs no try, and is removed as any line before one
        elif found.mode in CHOICE_MODES and not found.solves(event.text):
            pass  # the answer is pressed there: a line typed meanwhile costs no try
        elif hints.first_words_to_a_sum(found, event.text):
            hints.ask_for_the_number(found, ctx)  # "hello, what do I do?" costs no try, once
            ctx.slice(ChallengeSlice).save(ctx, found)
        elif found.mode != "button":
            self.answered(found, event.text, ctx, ids)
        ctx.stop()  # an unsolved newcomer's message is not chatter: no points, no moderation

    # --- asking ---------------------------------------------------------------------------------

    def exempt(self, chat: Ref, account: Ref, ctx: Context, passed_elsewhere: bool) -> bool:
        config: CaptchaConfig = self.config
        key = ctx.community.member_key(account)
        overrides: Overrides = ctx.slice(CommandSettings)
        exempted = {*self.settings(ctx).get("exempt", ()), *overrides.get("approved", ())}
        member = ctx.peek_member(account)
        return (
            passed_elsewhere
            or key in exempted
            or account in exempted
            or (config.exempt_linked and key != account)
            or (member is not None and bool(member.tier) and member.tier in config.exempt_tiers)
            or ctx.role_of(account, chat) >= Role.VOLUNTEER
            or holds_plan_for(ctx, str(chat), key)
        )

    def joined(self, event: MemberJoined, ctx: Context, looked_up: LookedUp) -> None:
        if event.chat is None or event.is_bot or not self.enabled(ctx):
            return
        if looked_up.muted:  # rejoined while muted: the mute holds them, and no answer could
            return
        self.challenge(ctx, event.chat, event.member, event.name, looked_up.passed_elsewhere)

    def challenge(
        self, ctx: Context, chat: Ref, account: Ref, name: str, passed_elsewhere: bool,
        priority: Priority | None = None,
    ) -> None:  # fmt: skip
        """Ask a newcomer (or one a raid held until now), unless exempt or asked already."""
        state: Challenges = ctx.slice(ChallengeSlice)
        key = (str(chat), str(account))
        if key in state.approved:  # solved in private before the request was approved
            state.approved.discard(key)
            return
        if key in state.pending or self.exempt(chat, account, ctx, passed_elsewhere):
            return
        platform = chat.platform
        restricts = can(ctx, platform, Capability.MUTE)
        if not restricts and self.config.where_no_mute == "off":
            return
        mode = self.mode(ctx)
        if not restricts or not ctx.offers_buttons(platform):
            mode = "question"  # nothing to press (Matrix, WeChat): a typed answer
        # A typed answer needs the right to type: the newcomer stays unmuted, and whatever
        # else they send before passing is deleted (`on_message`).
        if restricts and mode != "question":
            ctx.act(Mute(chat=chat, user=account, tag="captcha", priority=priority))
        member = ctx.peek_member(account)
        name = name or (member.name if member else "")
        # asked once the question is out: it reads failed if the platform refused it
        question = asking.ask(ctx, self.config, chat, account, name, mode, "group", priority)
        ctx.audit_of(question, "captcha.asked", target=account, evidence=mode)

    def requested(self, event: JoinRequested, ctx: Context) -> None:
        if event.chat is None or not self.enabled(ctx) or self.config.join_requests == "off":
            return
        if not can(ctx, event.member.platform, Capability.SEND_PRIVATE):
            return
        typed = not ctx.offers_buttons(event.member.platform)  # a knock on Matrix
        mode = "question" if typed else self.mode(ctx)
        chat, member = event.chat, event.member
        question = asking.ask(ctx, self.config, chat, member, event.name, mode, "private")
        ctx.audit_of(question, "captcha.asked", target=member, evidence="private")
        ctx.routes.route(event.member, ctx.community.name)

    # --- answers --------------------------------------------------------------------------------

    def pressed(self, event: ButtonPressed, ctx: Context, ids: tuple[str, ...]) -> None:
        _, data = split_route(event.data)
        kind, _, choice = data.partition("|")
        if kind != DATA:
            return
        found = self._challenge_for(event, ctx)
        if found is None:  # someone else's captcha, or one already decided
            return
        ctx.stop()
        if ids and event.message_id not in ids:
            return  # a newcomer pressing under another newcomer's question answers neither
        self.answered(found, choice, ctx, (*ids, event.message_id))

    def answered(self, found: Challenge, answer: str, ctx: Context, ids: tuple[str, ...]) -> None:
        if found.solves(answer) or self.exempt_now(found, ctx):
            self.decide(found, "passed", ctx, ids)
            return
        found.attempts_left -= 1
        if found.attempts_left <= 0:
            self.decide(found, "failed", ctx, ids)
            return
        hints.hint(found, ctx)
        ctx.slice(ChallengeSlice).save(ctx, found)

    def timed_out(self, event: JobDue, ctx: Context, ids: tuple[str, ...]) -> None:
        found = self._challenge_for(event, ctx)
        if found is None or found.due_at is None or found.due_at > event.time:
            return  # solved meanwhile, or asked again later
        looked_up = self.prepared(ctx) or LookedUp()
        # The question promises `timeout` from when it is read: one a wave's questions kept
        # in the queue (a group takes 20 messages a minute) is given its time from then.
        shown = event.time if looked_up.queued else looked_up.shown_at
        if shown is not None and shown + self.config.timeout > event.time + SHOWN_LATE:
            asking.postpone(ctx, found, shown + self.config.timeout)
            return
        self.decide(found, "removed", ctx, ids)

    def exempt_now(self, found: Challenge, ctx: Context) -> bool:
        """Exempt by the time the captcha is decided: made an admin after joining (an IRC
        op's +o, a Telegram promotion) or exempted by an admin meanwhile."""
        return self.exempt(Ref(found.chat), Ref(found.member), ctx, passed_elsewhere=False)

    @staticmethod
    def is_command(event: MessageEvent, ctx: Context) -> bool:
        """A command of this ruleset (`/mute Carol 10m`), not another bot's or a typed answer
        that happens to start with `!`."""
        command = command_of(event)
        pipeline = ctx.community.pipeline
        return command is not None and pipeline.command_name(command.name) is not None

    def decide(self, found: Challenge, outcome: str, ctx: Context, ids: tuple[str, ...]) -> None:
        if outcome != "passed" and self.exempt_now(found, ctx):
            outcome = "passed"
        looked_up = self.prepared(ctx) or LookedUp()
        if outcome != "passed" and looked_up.unasked:
            # never shown the question: not removed for it (the admins were told)
            decision.stand_down(found, ctx, ids, looked_up.unsent)
            return
        if looked_up.muted and (outcome == "passed" or found.mode == "question"):
            # muted by a moderator meanwhile: passing lifts not their mute, and one who cannot
            # type is not removed for the answer they could not give
            decision.decide(found, "passed", ctx, self.config, ids, looked_up.unsent, lift=False)
            return
        decision.decide(found, outcome, ctx, self.config, ids, looked_up.unsent)
