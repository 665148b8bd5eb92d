"""Moderation: every group message (and edit) checked against the ruleset's detectors; a
broken rule deletes the message and takes the action the rule names, usually the next step
of the escalation ladder (群内提醒 -> 私聊警告 -> 移出群聊)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..capabilities import Capability
from ..engine import Component, Context, component
from ..events import Event, MessageEdited, MessageEvent, MessageReceived
from ..moderation.behaviour import FLOOD_TAIL
from ..moderation.cas import lookup_of
from ..moderation.classifier import Classifier, facts_of
from ..moderation.config import ModerationBase
from ..moderation.evidence import said_of
from ..moderation.ladder import Case, add_warning, delete_message, take_step
from ..moderation.learning import (
    Seen,
    community_scope,
    load_lessons,
    review_buttons,
    ruleset_scope,
)
from ..moderation.moderator import Hit, Moderator, acting_first
from ..moderation.notices import tell_admins
from ..moderation.overrides import CommandSettings, Overrides
from ..moderation.recall import review_detail
from ..moderation.removal import removed_just_now, uncount
from ..moderation.sampling import read_text, sample_of
from ..moderation.spam_features import platform_tokens
from ..moderation.stand_in import step_with_warnings
from ..moderation.state import Moderation, ModerationState
from ..moderation.waves import index_of, worth_remembering
from ..points import moderation_exempt
from ..roles import ROLE_NAMES
from ..segments import T, Text

if TYPE_CHECKING:
    from ..moderation.spam_model import SpamModel


def spam_model(moderator: Moderator, config: ModerationBase) -> SpamModel:
    """The community's model where its classifier is on, else the ruleset's shared one."""
    classifier = moderator.detector("classifier")
    if isinstance(classifier, Classifier):
        return classifier.model
    from .spam_models import shared_model

    return shared_model(config.classifier)


@component
class Moderate(Component[bool]):
    name = "moderation"
    section = "moderation"
    order = 10
    after = ("membership",)
    before = ("welcome", "autoreply", "checkin")  # spam earns nothing and gets no answer
    events = (MessageReceived, MessageEdited)
    slices = (Moderation, CommandSettings)

    def __init__(self, ruleset) -> None:
        super().__init__(ruleset)
        self.exempt_role = ROLE_NAMES[self.config.exempt_role]
        self.exempt_tiers = frozenset(self.config.exempt_tiers)

    def warm(self) -> None:
        """scikit-learn imported and the starter samples learned (about 2 s of CPU), before
        the first message rather than on it."""
        config = self.config
        if config.enabled and (config.classifier.enabled or config.waves.enabled):
            from .spam_models import shared_model  # waves ask it whether deleted words are spam

            shared_model(config.classifier)

    async def prepare(self, event: Event, ctx: Context) -> bool | None:
        """Whether the sender is on the global (CAS) list (None: not asked or not answered);
        newcomers on a ban list are banned as they join (arrivals.py)."""
        assert isinstance(event, MessageEvent)
        cas = self.config.cas
        listed = None
        if cas.enabled and isinstance(event, MessageReceived) and not event.private:
            listed = await lookup_of(ctx.scope).listed(cas, event.sender)
        if not event.private and event.chat is not None:
            # Both are usually in memory already: no coroutine to await for every message.
            if not ctx.admins.fresh(event.chat):
                await ctx.admins.ensure(event.chat)
            if self.config.classifier.enabled and not ctx.slice(Moderation).learning.loaded:
                await ensure_lessons(ctx, self.config)
        return listed

    def exempt(self, event: MessageEvent, ctx: Context, overrides: Overrides) -> bool:
        if event.automatic_forward:  # the group's own channel, not a forward from outside
            return True
        role = ctx.role_of(event.sender)
        if role >= self.exempt_role:
            return True
        key = ctx.community.member_key(event.sender)
        if key in overrides.get("approved", ()):
            return True
        member = ctx.peek_member(event.sender)
        if member is None:
            return False
        tiers = self.exempt_tiers
        return (
            member.tier in tiers
            or member.consumption in tiers
            or moderation_exempt(ctx.ruleset, member, role)
        )  # a tier whose perks include moderation_exempt ([tiers.perks])

    def handle(self, event: Event, ctx: Context) -> None:
        assert isinstance(event, MessageEvent)
        listed = self.prepared(ctx)
        config: ModerationBase = self.config
        if not config.enabled or event.private or event.chat is None:
            return
        if isinstance(event, MessageEdited) and not config.recheck_edits:
            return
        state: ModerationState = ctx.slice(Moderation)
        overrides: Overrides = ctx.slice(CommandSettings)
        text = read_text(event)
        seen = Seen(event.chat, event.sender, event.sender_name, text, event.time)
        if event.message_id:
            state.learning.see(f"{event.chat}|{event.message_id}", seen)
        if self.exempt(event, ctx, overrides):
            return
        judged = f"{event.chat}|{event.message_id}" if event.message_id else None
        if isinstance(event, MessageEdited) and judged is not None and judged in state.acted:
            self.later_edit(ctx, event, state.acted[judged])
            return
        album_rule = state.albums.note(event)
        if album_rule is not None:  # the rest of an album already removed
            self.take_with_album(ctx, event, album_rule, judged)
            return
        sample = sample_of(event, ctx, text)
        if config.classifier.enabled:  # kept for a lesson, should an admin judge it
            seen.facts = tuple(platform_tokens(facts_of(sample)))
        if listed:
            sample.found["cas"] = True
        moderator = state.moderator_for(config, overrides)
        if config.classifier.enabled or config.waves.enabled:
            moderator.attach(
                spam_model=state.learning.model_for(config.classifier) if state.learning.loaded
                else None,
                waves=index_of(ctx.scope),
            )  # fmt: skip
        hits = moderator.check(sample, ctx.community.settings.admin_chat is not None)
        if not hits:
            if sample.found.get(FLOOD_TAIL):  # a flooder's /top after the mute: no answer,
                ctx.stop()  # no points, as for the message that got them muted
            return
        can = ctx.capabilities(event.chat.platform)
        hits = acting_first(hits, can is None or Capability.DELETE in can)
        hit = hits[0]
        removing = hit.delete and hit.action != "log"
        if judged is not None and not hit.review:
            state.acted[judged] = hit.rule if removing else ""
        first_entry = ctx.audits
        channel = event.sender_chat not in (None, event.chat)  # posted as a channel
        case = Case(
            chat=event.chat,
            user=event.sender_chat if channel else event.sender,  # type: ignore[arg-type]
            name=event.sender_name,
            rule=hit.rule,
            evidence=hit.evidence,
            message_id=event.message_id,
        )
        if not channel and removed_just_now(ctx.peek_member(event.sender), event.time):
            # the tail of a burst from a member removed moments ago: gone, not punished again
            if removing:
                delete_message(ctx, case)
                uncount(ctx, case.user)
            return
        if hit.review:
            self.ask_review(ctx, case, event, hit, seen)
            return
        if removing:
            case.removal = delete_message(ctx, case)
            album = state.albums.condemn(event, hit.rule)
            for item in album:
                delete_message(ctx, replace(case, message_id=item))
                state.acted[f"{event.chat}|{item}"] = hit.rule
            uncount(ctx, case.user, 1 + len(album))
            acting = (h.rule for h in hits if not h.review)
            if config.waves.enabled and worth_remembering(acting, sample, lambda: spam_model(
                moderator, config
            )):  # fmt: skip
                index_of(ctx.scope).add(sample.found.get("words") or sample.norm, event.chat)
        step = hit.step
        warnings = None
        if step is None:
            warnings = add_warning(ctx, case, state, config.warn_expiry)
            step = config.escalation[min(warnings, len(config.escalation)) - 1]
        else:
            step, warnings = step_with_warnings(
                ctx, case, state, step, config.escalation, config.warn_expiry
            )
        if not (removing and event.message_id and step.kind == "delete"):  # one deletion, one entry
            take_step(ctx, case, step, warnings)
        seen.entries = [f"{event.key}#a{n}" for n in range(first_entry, ctx.audits)]
        tell_admins(ctx, config, case, step, [h.rule for h in hits])
        ctx.stop()  # spam is not chatter: no auto-reply, no check-in

    def later_edit(self, ctx: Context, event: MessageEdited, deleted_for: str) -> None:
        """An edit of a message already acted on: one message, one violation. Where the edit
        is a message of its own (`edit_id`: a Matrix edit, which the original's redaction
        leaves readable) and the message was deleted, the edit is deleted too, no strike."""
        if not (deleted_for and event.edit_id and event.chat is not None):
            return
        case = Case(chat=event.chat, user=event.sender, name=event.sender_name,
                    rule=deleted_for, message_id=event.edit_id)  # fmt: skip
        delete_message(ctx, case)
        ctx.stop()

    def take_with_album(
        self, ctx: Context, event: MessageEvent, rule: str, judged: str | None
    ) -> None:
        """An item of an album removed for another item's sake: deleted, no second strike."""
        assert event.chat is not None
        case = Case(chat=event.chat, user=event.sender, name=event.sender_name, rule=rule,
                    message_id=event.message_id)  # fmt: skip
        delete_message(ctx, case)
        uncount(ctx, case.user)
        if judged is not None:
            ctx.slice(Moderation).acted[judged] = rule
        ctx.stop()

    def ask_review(
        self, ctx: Context, case: Case, event: MessageEvent, hit: Hit, seen: Seen
    ) -> None:
        """An uncertain verdict: the admins decide with /spam or /notspam and the message id."""
        ctx.audit(
            "review", target=case.user, rule=hit.rule, evidence=hit.evidence, outcome="done",
            detail=review_detail(event, case.name, seen.facts),
        )  # fmt: skip
        admin_chat = ctx.community.settings.admin_chat
        if admin_chat is None:
            return
        ctx.send(
            (
                T(
                    "Review: is this spam? {name} ({user}) in {chat}. Answer /spam {id} or "
                    "/notspam {id}.",
                    name=case.name or case.user.local_id,
                    user=case.user,
                    chat=ctx.community.chat_title(case.chat),
                    id=event.message_id,
                ),
                Text(f"\n{quoted(event.text[:300])}\n"),
                said_of(hit.evidence),
            ),
            chat=admin_chat,
            buttons=review_buttons(f"{event.chat}|{event.message_id}"),
        )


def quoted(text: str) -> str:
    """The member's message as a quote, each line opening with "> ": a line of theirs written
    as the bot's own (`Review: … Answer /spam 12`, naming another member's message) cannot
    pass for it, and an admin answering it would ban that member."""
    return "\n".join(f"> {line}" for line in text.splitlines() or [""])


async def ensure_lessons(ctx: Context, config: ModerationBase) -> None:
    """Read the classifier's lessons for this community once (they survive restarts)."""
    if not config.classifier.enabled:
        return
    learning = ctx.slice(Moderation).learning
    if learning.loaded:
        return
    own = await load_lessons(community_scope(ctx.community.name))
    shared = await load_lessons(ruleset_scope(ctx.community.settings.ruleset))
    if not learning.loaded:  # another event may have loaded them meanwhile
        learning.shared, learning.own = list(shared.values()), own
