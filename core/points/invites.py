"""Invites: +10 (by default) for an invitee who stays `invite_stay` (7 days) and speaks.

A join with an inviter opens a pending referral and arms a job at the end of the stay. The
invite is confirmed when both conditions hold (at the job, or at the invitee's first message
after it); it is dropped if the invitee leaves first. Self-invites, bots and re-joins (anyone
the community has seen before) never count.
"""

from __future__ import annotations

from datetime import datetime

from ..engine import Component, Context, Slice, component, schedule
from ..engine.tables import JOB_FINISH, JobFinished
from ..events import Event, JobDue, MemberJoined, MemberLeft, MessageReceived
from ..storage.models import Referral
from ..storage.statements import Insert, Update
from .config import PointsConfig
from .earning import Earning
from .ledger import ref_of
from .limits import grant
from .notices import announce

JOB = "points.invite"
REFERRAL_INSERT = Insert(
    "referrals",
    ("community", "invitee", "inviter", "joined_at", "status"),
    unique=("community", "invitee"),
)
REFERRAL_SETTLE = Update("referrals", ("status", "settled_at"), key=("community", "invitee"))


def job_key(community: str, invitee: str) -> str:
    return f"{community}:{JOB}:{invitee}"


class PendingInvites(Slice[tuple[dict[str, tuple[str, datetime]], set]]):
    """invitee -> (inviter, joined at) for referrals still pending; plus every invitee ever."""

    name = "invites"

    @classmethod
    async def load(cls, community: str, database) -> tuple[dict[str, tuple[str, datetime]], set]:
        rows = await Referral.filter(community=community).values_list(
            "invitee", "inviter", "joined_at", "status"
        )
        pending = {i: (by, at) for i, by, at, status in rows if status == "pending"}
        return pending, {row[0] for row in rows}


def pending_for(ctx: Context, inviter: str) -> int:
    """Invites of `inviter` still waiting (0 where the invites feature is not in the pipeline)."""
    found = ctx.community.slices.get(PendingInvites)
    if found is None:
        return 0
    pending, _ = found
    return sum(1 for by, _ in pending.values() if by == inviter)


@component
class Invites(Component):
    name = "invites"
    section = "points"
    order = 46
    events = (MemberJoined, MemberLeft, MessageReceived, JobDue)
    slices = (PendingInvites, *Earning.slices)
    config: PointsConfig

    def handle(self, event: Event, ctx: Context) -> None:
        pending, ever = ctx.slice(PendingInvites)
        if isinstance(event, MemberJoined):
            self._joined(event, ctx, pending, ever)
        elif isinstance(event, MemberLeft):
            invitee = ctx.community.member_key(event.member)
            if pending.pop(invitee, None) is not None:
                community = ctx.community.name
                ctx.write(REFERRAL_SETTLE, ("dropped", ctx.now, community, invitee))
                ctx.write(
                    JOB_FINISH, JobFinished("cancelled", ctx.now, job_key(community, invitee))
                )
        elif isinstance(event, MessageReceived):
            invitee = ctx.community.member_key(event.sender)
            if invitee in pending and not event.private:
                self._settle(ctx, pending, invitee)
        elif isinstance(event, JobDue) and event.job == JOB:
            invitee = str(event.payload.get("invitee", ""))
            if invitee in pending:
                self._settle(ctx, pending, invitee)

    def _joined(self, event: MemberJoined, ctx: Context, pending: dict, ever: set) -> None:
        if event.inviter is None or event.is_bot:
            return
        invitee = ctx.community.member_key(event.member)
        inviter = ctx.community.member_key(event.inviter)
        member = ctx.member(event.member)
        returning = member.left_at is not None or member.messages > 0 or invitee in ever
        if inviter == invitee or returning:
            return
        ever.add(invitee)
        pending[invitee] = (inviter, event.time)
        community = ctx.community.name
        ctx.write(REFERRAL_INSERT, (community, invitee, inviter, event.time, "pending"))
        due = event.time + self.config.invite_stay
        schedule(ctx, JOB, due, {"invitee": invitee}, key=job_key(community, invitee))

    def _settle(self, ctx: Context, pending: dict, invitee: str) -> None:
        inviter, joined_at = pending[invitee]
        member = ctx.peek_member(invitee)
        if member is None or member.status != "member":
            return
        stayed = ctx.now - joined_at >= self.config.invite_stay
        spoke = member.last_message_at is not None and member.last_message_at >= joined_at
        if not (stayed and spoke):
            return
        del pending[invitee]
        community = ctx.community.name
        ctx.write(REFERRAL_SETTLE, ("confirmed", ctx.now, community, invitee))
        points = grant(
            ctx,
            self.config,
            "invite",
            ctx.member(inviter),
            f"invite:{community}:{invitee}",
            ref=ref_of(invitee=invitee),
        )
        if points:
            announce(ctx, inviter, "invite", points)
