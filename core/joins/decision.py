"""A captcha decided: the question's messages go, and the newcomer is let in (unmuted and
welcomed, or their join request approved) or removed (kicked or banned, or declined)."""

from __future__ import annotations

from ..actions import (
    Action,
    ApproveJoin,
    Ban,
    DeclineJoin,
    DeleteMessages,
    Kick,
    MemberAction,
    Unmute,
)
from ..capabilities import Capability
from ..engine import Context
from ..moderation import name_of, tell_if_refused
from ..refs import Ref
from ..segments import Mention, T
from . import hints
from .admission import admit
from .challenge import Challenge
from .config import CaptchaConfig
from .store import ChallengeSlice


def can(ctx: Context, platform: str, capability: Capability) -> bool:
    capabilities = ctx.capabilities(platform)
    return capabilities is None or capability in capabilities


def clear(found: Challenge, ctx: Context, ids: tuple[str, ...], unsent: tuple[str, ...]) -> None:
    """Delete the challenge's messages: `ids` delivered, `unsent` once they are."""
    where = Ref(found.member) if found.via == "private" else Ref(found.chat)
    message_ids = tuple(dict.fromkeys(str(i) for i in ids if i))
    if can(ctx, where.platform, Capability.DELETE):
        if message_ids:
            ctx.act(DeleteMessages(chat=where, message_ids=message_ids, tag="captcha"))
        hints.clean_up_later(ctx, where, unsent)


def decide(
    found: Challenge,
    outcome: str,
    ctx: Context,
    config: CaptchaConfig,
    ids: tuple[str, ...],
    unsent: tuple[str, ...],
    lift: bool = True,
) -> None:
    """Let them in or remove them; the question goes either way. `lift`: unmute one who
    passed (not when a moderator's mute holds them)."""
    chat, member = Ref(found.chat), Ref(found.member)
    private = found.via == "private"
    clear(found, ctx, ids, unsent)
    found.status = "approved" if outcome == "passed" and private else outcome
    ctx.slice(ChallengeSlice).save(ctx, found)
    if private:
        ctx.routes.forget(member)
        if outcome != "passed":
            log(ctx, found, outcome, ctx.act(DeclineJoin(chat=chat, user=member, tag="captcha")))
            return
        # Telegram lets the bot write through a join request only until it is approved:
        # the thanks go first, and the approval follows however they fared.
        thanks = ctx.send_private(member, T("Thank you! Your request to join is approved."))
        approve = ApproveJoin(chat=chat, user=member, tag="captcha")
        log(ctx, found, outcome, ctx.act(approve, after=thanks, anyway=True))
        return
    if outcome == "passed":
        unmuted = None
        if lift and found.mode != "question" and can(ctx, chat.platform, Capability.MUTE):
            unmuted = ctx.act(Unmute(chat=chat, user=member, tag="captcha"))
        log(ctx, found, outcome, unmuted)
        admit(ctx, chat, member)  # the welcome waited for this
        return
    if config.on_timeout == "ban":
        until = ctx.now + config.ban_for if config.ban_for else None
        removal: MemberAction = Ban(chat=chat, user=member, until=until, tag="captcha")
    else:
        removal = Kick(chat=chat, user=member, tag="captcha")
    done = ctx.act(removal)
    log(ctx, found, outcome, done)
    if done is not None and done.kind in (Kick.kind, Ban.kind):  # refused: the admins remove
        admins = ctx.community.settings.admin_chat
        tell_if_refused(ctx, done, Mention(member, name_of(ctx, member)), admins or chat)


def stand_down(
    found: Challenge, ctx: Context, ids: tuple[str, ...], unsent: tuple[str, ...]
) -> None:
    """A captcha whose question the platform refused for good: nobody is removed for not
    answering what they were never shown. A muted newcomer is unmuted and let in as one who
    passed (welcomed); a join request stays for the admins to decide."""
    chat, member = Ref(found.chat), Ref(found.member)
    clear(found, ctx, ids, unsent)
    found.status = "unasked"
    ctx.slice(ChallengeSlice).save(ctx, found)
    if found.via == "private":
        ctx.routes.forget(member)
        log(ctx, found, "unasked", None)
        return
    unmuted = None
    if found.mode != "question" and can(ctx, chat.platform, Capability.MUTE):
        unmuted = ctx.act(Unmute(chat=chat, user=member, tag="captcha"))
    log(ctx, found, "unasked", unmuted)
    admit(ctx, chat, member)


def log(ctx: Context, found: Challenge, outcome: str, done: Action | None) -> None:
    """The decision's entry, following the action that carries it out."""
    ctx.audit_of(
        done, f"captcha.{outcome}", target=found.member, chat=found.chat, evidence=found.mode
    )
