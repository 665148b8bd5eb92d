"""Invites: +10 (by default) for an invitee who stays `invite_stay` (7 days) and speaks.

A join with an inviter (the platform's, or a referral campaign's personal link, whose owner the
campaign hands over with `open_invite`) opens a pending referral and arms a job at the end of
the stay. The invite is confirmed when both conditions hold (at the job, or at the invitee's
first message after it); it is dropped if the invitee leaves first. Self-invites, bots and
re-joins (anyone the community has seen before) never count.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import NamedTuple

from ..engine import Component, Context, MemberState, Slice, Writes, component, schedule
from ..engine.tables import JOB_FINISH, JobFinished
from ..events import Event, JobDue, MemberJoined, MemberLeft, MessageReceived
from ..storage.models import Referral
from ..storage.statements import insert, update
from .config import PointsConfig
from .earning import Earning
from .ledger import ref_of
from .limits import grant
from .notices import announce

JOB = "points.invite"


class ReferralRow(NamedTuple):
    community: str
    invitee: str
    inviter: str
    joined_at: datetime
    status: str


class ReferralSettled(NamedTuple):
    status: str  # confirmed | dropped
    settled_at: datetime
    community: str
    invitee: str


REFERRAL_INSERT = insert("referrals", ReferralRow, unique=("community", "invitee"))
REFERRAL_SETTLE = update("referrals", ReferralSettled, key=("community", "invitee"))


def job_key(community: str, invitee: str) -> str:
    return f"{community}:{JOB}:{invitee}"


@dataclass(slots=True)
class Referrals:
    """Referrals still pending (invitee -> (inviter, joined at)), and every invitee ever."""

    community: str
    pending: dict[str, tuple[str, datetime]] = field(default_factory=dict)
    ever: set[str] = field(default_factory=set)

    def open(self, writes: Writes, invitee: str, inviter: str, at: datetime) -> None:
        self.ever.add(invitee)
        self.pending[invitee] = (inviter, at)
        writes.write(REFERRAL_INSERT, ReferralRow(self.community, invitee, inviter, at, "pending"))

    def settle(self, writes: Writes, invitee: str, status: str, at: datetime) -> None:
        """No longer pending: confirmed, or dropped (the invitee left; its job is cancelled)."""
        del self.pending[invitee]
        writes.write(REFERRAL_SETTLE, ReferralSettled(status, at, self.community, invitee))
        if status == "dropped":
            job = job_key(self.community, invitee)
            writes.write(JOB_FINISH, JobFinished("cancelled", at, job))


class PendingInvites(Slice[Referrals]):
    name = "invites"

    @classmethod
    async def load(cls, community: str, database) -> Referrals:
        rows = await Referral.filter(community=community).values_list(
            "invitee", "inviter", "joined_at", "status"
        )
        pending = {i: (by, at) for i, by, at, status in rows if status == "pending"}
        return Referrals(community, pending, {row[0] for row in rows})


def pending_for(ctx: Context, inviter: str) -> int:
    """Invites of `inviter` still waiting (0 where the invites feature is not in the pipeline)."""
    found = ctx.community.slices.get(PendingInvites)
    if found is None:
        return 0
    return sum(1 for by, _ in found.pending.values() if by == inviter)


def open_invite(ctx: Context, member: MemberState, inviter: str) -> None:
    """`member` joined just now, invited by `inviter`: pending until they stay and speak.

    Nothing where the invites feature is not in the pipeline; self-invites and re-joins (anyone
    the community has seen before) never count, and an invitee counts once whoever names them.
    """
    referrals = ctx.community.slices.get(PendingInvites)
    invitee = member.key
    if referrals is None or inviter == invitee:
        return
    if member.left_at is not None or member.messages > 0 or invitee in referrals.ever:
        return
    referrals.open(ctx, invitee, inviter, ctx.now)
    due = ctx.now + ctx.ruleset.points.invite_stay
    schedule(ctx, JOB, due, {"invitee": invitee}, key=job_key(ctx.community.name, invitee))


@component
class Invites(Component):
    name = "invites"
    section = "points"
    order = 46
    events = (MemberJoined, MemberLeft, MessageReceived, JobDue)
    slices = (PendingInvites, *Earning.slices)
    config: PointsConfig

    def handle(self, event: Event, ctx: Context) -> None:
        referrals = ctx.slice(PendingInvites)
        if isinstance(event, MemberJoined):
            self._joined(event, ctx, referrals)
        elif isinstance(event, MemberLeft):
            invitee = ctx.community.member_key(event.member)
            if invitee in referrals.pending:
                referrals.settle(ctx, invitee, "dropped", ctx.now)
        elif isinstance(event, MessageReceived):
            invitee = ctx.community.member_key(event.sender)
            if invitee in referrals.pending and not event.private:
                self._settle(ctx, referrals, invitee)
        elif isinstance(event, JobDue) and event.job == JOB:
            invitee = str(event.payload.get("invitee", ""))
            if invitee in referrals.pending:
                self._settle(ctx, referrals, invitee)

    def _joined(self, event: MemberJoined, ctx: Context, referrals: Referrals) -> None:
        if event.inviter is None or event.is_bot:
            return
        open_invite(ctx, ctx.member(event.member), ctx.community.member_key(event.inviter))

    def _settle(self, ctx: Context, referrals: Referrals, invitee: str) -> None:
        inviter, joined_at = referrals.pending[invitee]
        member = ctx.peek_member(invitee)
        if member is None or member.status != "member":
            return
        stayed = ctx.now - joined_at >= self.config.invite_stay
        spoke = member.last_message_at is not None and member.last_message_at >= joined_at
        if not (stayed and spoke):
            return
        referrals.settle(ctx, invitee, "confirmed", ctx.now)
        community = ctx.community.name
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
