"""A member erased (`/forgetme`) while the captcha is asking them: decided at once as if the
question timed out. Their challenge rows and its timeout job go with the erasure, so the
timeout would find nothing and leave them muted for good with the question naming them
still in the group; the outcome is instead the usual one for a newcomer who did not answer
(removed, or the join request declined) and the question is deleted."""

from __future__ import annotations

from collections.abc import Iterable

from ..actions import Ban, DeclineJoin, Kick, MemberAction
from ..capabilities import Capability
from ..engine import Context
from ..refs import Ref
from . import hints
from .config import CaptchaConfig
from .store import ChallengeSlice


def remove_unanswered(ctx: Context, accounts: Iterable[str]) -> None:
    """Decide the pending challenges of `accounts` as timed out, before they are erased."""
    if ChallengeSlice not in ctx.community.slices:  # no captcha in this community's pipeline
        return
    state = ctx.slice(ChallengeSlice)
    wanted = set(accounts)
    config: CaptchaConfig = ctx.ruleset.captcha
    for found in [c for c in state.pending.values() if c.member in wanted]:
        chat, member = Ref(found.chat), Ref(found.member)
        private = found.via == "private"
        where = member if private else chat
        capabilities = ctx.capabilities(where.platform)
        if capabilities is None or Capability.DELETE in capabilities:
            # read back to message ids once the job is due, delivered or not by then
            hints.clean_up_later(ctx, where, tuple(found.message.split()))
        found.status = "removed"
        state.save(ctx, found)
        removal: MemberAction
        if private:
            removal = DeclineJoin(chat=chat, user=member, tag="captcha")
        elif config.on_timeout == "ban":
            until = ctx.now + config.ban_for if config.ban_for else None
            removal = Ban(chat=chat, user=member, until=until, tag="captcha")
        else:
            removal = Kick(chat=chat, user=member, tag="captcha")
        if private:
            ctx.routes.forget(member)
        done = ctx.act(removal)
        ctx.audit_of(done, "captcha.removed", target=member, chat=chat, evidence=found.mode)
