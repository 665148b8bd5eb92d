"""Check-in challenge (打卡挑战): check in N community days in a row (default 7) within the
campaign to earn points or a coupon; a missed day starts the run over. It counts the daily
check-in's own records, so it needs the `checkin` component in the pipeline."""

from __future__ import annotations

from collections.abc import Container
from datetime import date, timedelta

from ..engine import Context, MemberState
from ..events import Event, MessageReceived
from ..points import CheckinDays, award, display_name, issue
from ..segments import TN, T
from .kinds import Kind, kind
from .spec import ChallengeSpec
from .store import FAILED, SUCCEEDED, Campaign, Entry, save_entry

ACTIVE, COMPLETED = "active", "completed"


def run_length(days: Container[date], last: date, first: date) -> int:
    """Consecutive check-in days ending at `last`, none before `first`."""
    count = 0
    while last in days and last >= first:
        count += 1
        last -= timedelta(days=1)
    return count


@kind
class Challenge(Kind):
    kind = "challenge"
    spec = ChallengeSpec

    def launched(self, ctx: Context, campaign: Campaign) -> None:
        text = T(
            "Check-in challenge “{title}”: check in {days} days in a row to earn {reward}. "
            "A missed day starts you over; /challenge shows your progress.",
            title=campaign.title,
            days=campaign.config["days"],
            reward=self._reward(campaign),
        )
        for chat in ctx.community.settings.chats:
            ctx.send(text, chat=chat)

    def _reward(self, campaign: Campaign):
        """What completing pays, all of it: the points and the coupon when both are set (said
        as the reader's language joins a list, "20 points and a coupon: …")."""
        points, coupon = campaign.config.get("points", 0), campaign.config.get("coupon", "")
        paid = [TN("{n} point", "{n} points", points)] if points or not coupon else []
        if coupon:
            paid.append(T("a coupon: {coupon}", coupon=coupon))
        return tuple(paid)

    def _first_day(self, ctx: Context, campaign: Campaign, entry: Entry | None) -> date:
        """The first community day that counts for a member: the campaign's first, unless it
        began after that day's start and the member's check-in that day came before it (no
        entry was made that day: a check-in counts from the start on)."""
        clock = ctx.community.clock
        first = clock.day_of(campaign.starts_at)
        if campaign.starts_at == clock.day_start(first):
            return first
        if entry is not None and clock.day_of(entry.created_at) == first:
            return first
        return first + timedelta(days=1)

    def observe(self, event: Event, ctx: Context, campaign: Campaign) -> None:
        if not isinstance(event, MessageReceived):
            return
        member = ctx.peek_member(event.sender)
        days = ctx.slice(CheckinDays).get(member.key) if member else None
        today = ctx.day
        if member is None or not days or today not in days:
            return
        if days.last_at is not None and days.last_at < campaign.starts_at:
            # today's check-in came before the challenge began: this message (a check-in
            # refused as the day's second, or any word) carries no progress
            return
        entry = campaign.entries.get(member.key) or Entry(member.key, ACTIVE, ctx.now)
        if entry.status == COMPLETED or entry.data.get("last") == today.isoformat():
            return  # done already, or today's check-in was counted
        run = run_length(days, today, self._first_day(ctx, campaign, entry))
        need = campaign.config["days"]
        entry.data.update(last=today.isoformat(), run=run, best=max(run, entry.data.get("best", 0)))
        name = event.sender_name or display_name(ctx, member.key)
        if run < need:
            save_entry(ctx, campaign, entry)
            ctx.reply(
                T(
                    "Challenge “{title}”: day {n} of {days}.",
                    title=campaign.title,
                    n=run,
                    days=need,
                ),
                joined=True,  # in the check-in's reply: one message a check-in
            )
            return
        entry.status = COMPLETED
        self._reward_member(ctx, campaign, member, entry)
        save_entry(ctx, campaign, entry)
        ctx.reply(
            T(
                "{name} completed the challenge “{title}”: {days} days in a row! Reward: {reward}.",
                name=name,
                title=campaign.title,
                days=need,
                reward=self._reward(campaign),
            ),
            joined=True,
        )

    def _reward_member(
        self, ctx: Context, campaign: Campaign, member: MemberState, entry: Entry
    ) -> None:
        community = ctx.community.name
        points = campaign.config.get("points", 0)
        if points:
            key = f"challenge:{community}:{campaign.name}:{member.key}"
            award(ctx, member, points, "challenge", key, ref=campaign.name)
        if campaign.config.get("coupon"):
            cause = f"challenge:{campaign.name}:{member.key}"
            code, _ = issue(ctx, member.key, campaign.config["coupon"], cause)
            entry.data["coupon_code"] = code
            ctx.send_private(
                ctx.event.sender,  # type: ignore[attr-defined]
                T(
                    "Your reward for {title}: {coupon}, code {code}.",
                    title=campaign.title,
                    coupon=campaign.config["coupon"],
                    code=code,
                ),
            )

    def progress(self, ctx: Context, campaign: Campaign, member: MemberState):
        entry = campaign.entries.get(member.key)
        need = campaign.config["days"]
        if entry is not None and entry.status == COMPLETED:
            return T("You completed “{title}”. Well done!", title=campaign.title)
        days: Container[date] = ctx.slice(CheckinDays).get(member.key) or set()
        today, first = ctx.day, self._first_day(ctx, campaign, entry)
        run = run_length(days, today, first) or run_length(days, today - timedelta(days=1), first)
        if run == 0 and entry is not None and entry.data.get("best", 0) > 0:
            return T(
                "{title}: you missed a day, so your run starts over: 0 of {days}. "
                "Check in today to begin again.",
                title=campaign.title,
                days=need,
            )
        checked = today in days
        return T(
            "{title}: {n} of {days} days in a row; {today}.",
            title=campaign.title,
            n=run,
            days=need,
            today=T("checked in today") if checked else T("not checked in yet today"),
        )

    def cancelled(self, ctx: Context, campaign: Campaign) -> bool:
        text = T(
            "The challenge “{title}” is closed: check-ins no longer count toward it.",
            title=campaign.title,
        )
        return self.announce_close(ctx, campaign, text)

    def conclude(self, ctx: Context, campaign: Campaign) -> None:
        done = campaign.count(COMPLETED)
        campaign.status = SUCCEEDED if done else FAILED
        text = TN(
            "The challenge “{title}” has ended: {n} member completed it.",
            "The challenge “{title}” has ended: {n} members completed it.",
            done,
            title=campaign.title,
        )
        for chat in ctx.community.settings.chats:
            ctx.send(text, chat=chat)
