"""Taking a step of the escalation ladder: the actions, what the member and the admins are
told, the warning counted, and the audit entries (saying when a platform fallback was used).

Each step is a row of `STEPS`: the actions it queues and the notice the group sees.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta

from ..actions import Action, Ban, DeleteMessages, Kick, Mute, Priority, SendMessage
from ..engine import Context
from ..points import take_back
from ..refs import Ref
from ..segments import TN, I18nText, Mention, T
from .channel_bans import channel_step, record_ban
from .reasons import reason_of
from .removal import REMOVED, mark_removed, tell_if_refused
from .shared_bans import share_ban
from .state import ModerationState
from .step_texts import INSTEAD, UNAVAILABLE, automatic_instead, removed
from .steps import Step


@dataclass(slots=True)
class Case:
    """One decision about one member: who, where, why, on what evidence, decided by whom."""

    chat: Ref
    user: Ref
    name: str
    rule: str
    evidence: str = ""
    actor: str = "system"
    message_id: str | None = None
    note: str = ""  # an admin's own reason
    # the offending message's deletion, when queued: a reminder follows it once it succeeded
    # (one posted while the spam stayed up told the group the bot had dealt with it)
    removal: Action | None = None

    @property
    def reason(self) -> I18nText:
        return reason_of(self.rule, self.note)

    @property
    def member(self) -> Mention:
        """The member, for a sentence's `{member}`: translations place the name."""
        return Mention(self.user, self.name)


def _group_notice(
    ctx: Context, case: Case, text: I18nText, after: Action | None = None, failure: str = ""
) -> None:
    """Tell the group (`text` names the member as its `{member}`); with `after`, only once that
    action succeeded (the notice states it), or failed in the way `failure` names."""
    ctx.send(text, chat=case.chat,
             thread_id=ctx.thread_of(case.chat), after=after, failure=failure,
             priority=_priority(case))  # fmt: skip


def _priority(case: Case, by_hand: Priority | None = None) -> Priority | None:
    """Automatic moderation's words go before chatter (check-in and /points replies) in a busy
    chat's queue, as its deletes do: a reminder minutes late reads as about something else.
    A moderator's words keep their place, their answers in the order given; a moderator's
    action (`by_hand`) goes before everything the bot queued itself."""
    return Priority.MODERATION if case.actor == "system" else by_hand


Outcome = tuple[Action | None, I18nText | None]  # a member action, and the group's notice


def _remind(ctx: Context, case: Case, step: Step, warnings: int | None) -> Outcome:
    # after the spam is gone: deleted, or found gone by a delete sent again after a crash
    said = T("{member}, please mind the group rules: {reason}.", member=case.member,
             reason=case.reason)  # fmt: skip
    if case.rule == "manual" and not case.note:  # an admin's /warn without a reason: none made up
        said = T("{member}, please mind the group rules.", member=case.member)
    _group_notice(ctx, case, said, after=case.removal, failure="gone" if case.removal else "")
    return None, None


def _warn_private(ctx: Context, case: Case, step: Step, warnings: int | None) -> Outcome:
    n = warnings or 1
    ctx.send_private(
        case.user,
        TN(
            "A warning from {community}: {reason}. You have {n} warning; more may get you removed.",
            "A warning from {community}: {reason}. You have {n} warnings; more may get you "
            "removed.",
            n,
            community=ctx.community.title,
            reason=case.reason,
        ),
        priority=_priority(case),
    )
    return None, None


def _mute(ctx: Context, case: Case, step: Step, warnings: int | None) -> Outcome:
    until = ctx.now + step.duration if step.duration else None
    if step.duration:
        text = T("{member} has been muted for {duration}: {reason}.", member=case.member,
                 duration=step.duration, reason=case.reason)  # fmt: skip
    else:
        text = T("{member} has been muted: {reason}.", member=case.member, reason=case.reason)
    return Mute(chat=case.chat, user=case.user, until=until, lasting=step.duration), text


def _kick(ctx: Context, case: Case, step: Step, warnings: int | None) -> Outcome:
    return Kick(chat=case.chat, user=case.user), removed(case.member, case.reason)


def _ban(ctx: Context, case: Case, step: Step, warnings: int | None) -> Outcome:
    until = ctx.now + step.duration if step.duration else None
    if step.duration:
        text = T("{member} has been banned for {duration}: {reason}.", member=case.member,
                 duration=step.duration, reason=case.reason)  # fmt: skip
    else:
        text = T("{member} has been banned: {reason}.", member=case.member, reason=case.reason)
    return Ban(chat=case.chat, user=case.user, until=until, lasting=step.duration), text


def _nothing(ctx: Context, case: Case, step: Step, warnings: int | None) -> Outcome:
    return None, None


Performer = Callable[[Context, Case, Step, int | None], Outcome]
STEPS: dict[str, Performer] = {
    "log": _nothing,
    "delete": _nothing,
    "remind": _remind,
    "warn_private": _warn_private,
    "mute": _mute,
    "kick": _kick,
    "ban": _ban,
}


def delete_message(ctx: Context, case: Case) -> Action | None:
    """Queue the deletion of the case's message; returns it (None: nothing queued)."""
    if case.message_id is None:
        return None
    before = len(ctx.degraded)
    # what it earned before it was found spam, told with the reason
    take_back(ctx, case.chat, case.message_id, case.reason)
    delete = DeleteMessages(chat=case.chat, message_ids=(case.message_id,))
    delete.priority = _priority(case, by_hand=Priority.BY_HAND)
    done = ctx.act(delete)
    _audit(ctx, case, "delete", before, {}, len(ctx.actions) - 1 if done else None)
    return done


def add_warning(ctx: Context, case: Case, state: ModerationState, expiry: timedelta) -> int:
    """Count a warning; returns how many are active now."""
    entry = ctx.audit(
        "warn",
        target=case.user,
        actor=case.actor,
        rule=case.rule,
        evidence=case.evidence,
        outcome="done",
    )
    key = ctx.community.member_key(case.user)
    state.warn(ctx, ctx.community.name, key, entry, case.rule, ctx.now, expiry, case.note)
    return len(state.active(key, ctx.now, expiry))


def take_step(ctx: Context, case: Case, step: Step, warnings: int | None = None) -> None:
    """Queue the step's actions and notices and audit each, noting fallbacks."""
    detail = {"step": str(step), "warnings": warnings}
    if case.user.kind == "chat":  # a channel posting in the group: no inbox, only a ban
        step = channel_step(step)
        detail["as"] = str(step)  # "kick" taken as "ban 1h"
    before, queued = len(ctx.degraded), len(ctx.actions)
    action, notice = STEPS[step.kind](ctx, case, step, warnings)
    index, done = None, None
    if action is not None:
        # what stands in for it where the platform lacks it (a warning for a mute) keeps the
        # step's place in the chat's queue, before a later step's removal and its notice
        action.priority = _priority(case, by_hand=Priority.BY_HAND)
        done = ctx.act(action)
        index = len(ctx.actions) - 1 if done is not None else None
        said_instead = INSTEAD.get(action.kind)
        if isinstance(done, SendMessage) and said_instead:
            # the fallback's warning says what it was for: in the moderator's words and saying
            # what it replaces, or as the bot's own for an automatic step
            if case.actor == "system":
                said_instead = automatic_instead
            done.segments = (said_instead(case.member, case.reason),)
        if notice is not None and done is not None and done.kind != action.kind:
            # a fallback did something else (a kick for a ban): the group is told what it did
            notice = _kick(ctx, case, step, warnings)[1] if done.kind == Kick.kind else None
        if notice is not None and done is not None:
            _group_notice(ctx, case, notice, after=done)
        if done is not None and done.kind in REMOVED:  # refused for good: said, not silent
            # to the admins where they have a chat, not beside the spam (a moderator's own
            # command hears it where it was given)
            admins = ctx.community.settings.admin_chat if case.actor == "system" else None
            thread = None if admins else ctx.thread_of(case.chat)
            tell_if_refused(ctx, done, case.member, admins or case.chat, thread)
        if done is None and case.actor != "system":  # a moderator's, dropped: said, not silent
            _group_notice(ctx, case, UNAVAILABLE[action.kind](case.member))
    elif len(ctx.actions) > queued:  # a reminder or a private warning: its message is the step
        index = len(ctx.actions) - 1
    entry = _audit(ctx, case, step.kind, before, detail, index)
    if done is not None:
        mark_removed(ctx, case, done.kind)
    if case.actor != "system":
        _tell_admins(ctx, case, step)
    if case.user.kind == "chat" and isinstance(action, Ban):
        record_ban(ctx, case.chat, case.user, action.until)
    if step.kind == "ban" and action is not None:
        share_ban(ctx, case, getattr(action, "until", None), entry)


def _tell_admins(ctx: Context, case: Case, step: Step) -> None:
    """A manual action is reported to the admin chat (automatic ones by the detector)."""
    admin_chat = ctx.community.settings.admin_chat
    moderation = getattr(ctx.ruleset, "moderation", None)
    if admin_chat is None or not getattr(moderation, "notify_admins", False):
        return
    # the console's operator is no account: named as recorded
    account = ":" in str(case.actor)
    member = ctx.peek_member(case.actor) if account else None
    actor: I18nText | str = (member.name if member else "") or (
        Ref(case.actor).local_id if account else str(case.actor)
    )
    if account and Ref(case.actor).kind == "chat":  # posted as the group: the admin is hidden
        actor = T("an anonymous admin")
    ctx.send(
        T(
            "Moderation: {actor} took {step} against {name} ({user}) in {chat}: {reason}.",
            actor=actor,
            step=step.said,
            name=case.name,
            user=case.user,
            chat=ctx.community.chat_title(case.chat),
            reason=case.reason,
        ),
        chat=admin_chat,
    )


def _audit(
    ctx: Context, case: Case, action: str, before: int, detail: dict, index: int | None = None
) -> str:
    """Record the step; `index` is its action's place among the event's actions, followed
    until the platform answers."""
    fallbacks = [d.describe() for d in ctx.degraded[before:]]
    if fallbacks:
        detail = {**detail, "fallback": fallbacks}
    # queued until the platform answers the action it follows; a step that queued nothing
    # (log, delete's own entry when the message is gone) is done as recorded
    outcome = "degraded" if fallbacks else "queued" if index is not None else "done"
    entry = ctx.audit(
        action,
        target=case.user,
        actor=case.actor,
        rule=case.rule,
        evidence=case.evidence,
        outcome=outcome,
        detail=detail,
        chat=case.chat,
    )
    if index is not None:  # kept with the action in the outbox, so a restart does not lose it
        ctx.actions[index].audit = entry
    return entry
