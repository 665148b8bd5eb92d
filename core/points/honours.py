"""/top week|month|all, and the playbook's monthly honours (特殊荣誉设置) settled on schedule.

At the start of each month (the community's day start on the 1st, in its own time zone) the
month before is settled: top contributor (most rewarded shares), best answerer (most rewarded
answers), most active (most messages) and top inviter (most confirmed invites). Ties go to
whoever got there first. The result is recorded and announced in every chat of the
community, each in its own language.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import NamedTuple

from ..commands import Command
from ..days import Month
from ..engine import CommandComponent, Context, Recurring, component, on, on_command
from ..engine.filters import Jobs
from ..engine.state import GONE
from ..events import Event, JobDue, MessageEvent, MessageReceived
from ..refs import Ref
from ..segments import TN, I18nText, T, Text, named
from ..storage.statements import insert
from .coupons import issue
from .names import listed_names
from .standings import (
    Standing,
    entries_counted,
    folded,
    messages_counted,
    month_bounds,
    period_start,
    points_earned,
)

JOB = "points.honours"
TOP_LINES = 10
# i18n: the period /top ranks, as it follows "Top members," and "No points earned … yet"
# (German puts it in the genitive: "Top-Mitglieder dieser Woche")
PERIODS = {"week": T("this week"), "month": T("this month"), "all": T("all time")}
TITLES: dict[str, I18nText] = {
    "contributor": T("Top contributor"),
    "answerer": T("Best answerer"),
    "active": T("Most active"),
    "inviter": T("Top inviter"),
}


class HonourRow(NamedTuple):
    community: str
    month: date  # its first day
    title: str
    member: str
    score: int
    created_at: datetime


HONOUR_INSERT = insert("honours", HonourRow, unique=("community", "month", "title"))


@component
class Honours(CommandComponent[list[Standing] | dict[str, list[Standing]]]):
    name = "honours"
    order = 32
    events = (MessageReceived, JobDue)

    def recurring(self):
        start = self.ruleset.day_starts_at
        return [Recurring(JOB, f"{start.minute} {start.hour} 1 * *")]

    async def prepare(
        self, event: Event, ctx: Context
    ) -> list[Standing] | dict[str, list[Standing]] | None:
        """The month's standings by title for the honours job, or the period's for /top."""
        community = ctx.community.name
        clock = ctx.community.clock
        if isinstance(event, JobDue):
            if event.job == JOB:
                await ctx.settled()
                month = settled_month(ctx.day)
                since, until = month_bounds(clock, month)
                last_day = clock.day_of(until) - timedelta(days=1)
                return {
                    "contributor": await entries_counted(community, "share", since, until),
                    "answerer": await entries_counted(community, "answer", since, until),
                    "active": await messages_counted(community, month, last_day),
                    "inviter": await entries_counted(community, "invite", since, until),
                }
            return None
        found = self.command_of(event)
        if found is not None:
            period = self._period(found[1])
            start = period_start(clock, ctx.day, period)
            await ctx.settled()
            return await points_earned(community, start)
        return None

    def _period(self, command: Command) -> str:
        wanted = command.arg(0, "week").lower()
        return wanted if wanted in PERIODS else "week"

    @on_command("top", aliases=("排行",))
    def top(self, event: MessageEvent, ctx: Context, command: Command) -> None:
        fetched = self.prepared(ctx)
        standings = in_community(ctx, fetched if isinstance(fetched, list) else [])[:TOP_LINES]
        period = PERIODS[self._period(command)]
        if not standings:
            ctx.reply(T("No points earned {period} yet.", period=period))
            return
        lines: list = [T("Top members, {period}:", period=period)]
        names = listed_names(ctx, [standing.member for standing in standings])
        for place, (standing, name) in enumerate(zip(standings, names, strict=True), 1):
            # i18n: one line of the leaderboard: the place, the member and their points
            # named, never notified: a ranking pings no one (a pill on Matrix, no `m.mentions`)
            member = named(Ref(standing.member), name, notify=False)
            # the points with their unit: a bare number read as a count of anything ("成员03 · 1")
            score = TN("{n} point", "{n} points", standing.score)
            line = T("{place}. {name} · {score}", place=place, name=member, score=score)
            lines.extend((Text("\n"), line))
        ctx.reply(tuple(lines))

    @on(Jobs(JOB))
    def settle(self, event: Event, ctx: Context) -> None:
        fetched = self.prepared(ctx)
        results = fetched if isinstance(fetched, dict) else {}
        month = settled_month(ctx.day)
        lines: list = [T("Honours for {month}:", month=Month(month.year, month.month, 1))]
        winners = {
            title: standings[0]
            for title in TITLES
            if (standings := in_community(ctx, results.get(title) or []))
        }
        for title, winner in winners.items():
            ctx.write(
                HONOUR_INSERT,
                HonourRow(ctx.community.name, month, title, winner.member, winner.score, ctx.now),
            )
            if ctx.ruleset.coupons.honours:  # the honour's coupon, privately, once a month
                reward = ctx.ruleset.coupons.honours
                code, _ = issue(ctx, winner.member, reward, f"honour:{month}:{title}")
                # never as a mention in the group: a code said there is anyone's to show;
                # a winner the platform will not let the bot write to finds it with /coupons
                ctx.send_private(Ref(winner.member), T(
                    "For {title} in {month}: a coupon, {reward}, code {code}.",
                    title=TITLES[title], month=Month(month.year, month.month, 1), reward=reward,
                    code=code,
                ), fallback=False)  # fmt: skip
        if not winners:
            return
        for chat in ctx.community.settings.chats:  # each names a linked winner as on its platform
            names = listed_names(ctx, [w.member for w in winners.values()], chat)
            said = list(lines)
            for (title, winner), name in zip(winners.items(), names, strict=True):
                said.append(Text("\n"))
                said.append(
                    T("{title}: {name} · {score}", title=TITLES[title], name=name,
                      score=winner.score)
                )  # fmt: skip
            ctx.send(tuple(said), chat=chat)


def in_community(ctx: Context, standings: list[Standing]) -> list[Standing]:
    """Standings without members banned or gone: a leaderboard showed a spammer banned on
    Telegram and removed from the WeChat room by the shared ban list."""
    members = ctx.community.members
    standings = folded(standings, ctx.community.accounts)  # a linked account's are its member's
    return [s for s in standings if s.member not in members or members[s.member].status not in GONE]


def settled_month(today: date) -> date:
    """The month a settlement on community day `today` covers: the one before."""
    return (today.replace(day=1) - timedelta(days=1)).replace(day=1)
