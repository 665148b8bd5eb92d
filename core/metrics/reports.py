"""`/stats [day|week|month] [chat]` and `/stats segments` for admins, and the weekly
digest with a chart posted to the community's admin chat on Mondays (about the week before)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from loguru import logger

from ..actions import SendImage
from ..commands import Command
from ..engine import CommandComponent, Context, Recurring, component, on, on_command
from ..engine.filters import Jobs
from ..events import Event, JobDue, MessageEvent, MessageReceived
from ..extras import missing_extra
from ..roles import Role
from ..segments import Image, Message, T
from .compute import compute_kpis
from .config import HealthConfig, ReportsConfig
from .periods import Period, PeriodKind
from .report import report_message
from .segments import compute_segments

DIGEST = "metrics.digest"
PERIOD_WORDS: dict[str, PeriodKind] = {
    "day": PeriodKind.DAY,
    "today": PeriodKind.DAY,
    "日": PeriodKind.DAY,
    "今日": PeriodKind.DAY,
    "week": PeriodKind.WEEK,
    "周": PeriodKind.WEEK,
    "本周": PeriodKind.WEEK,
    "month": PeriodKind.MONTH,
    "月": PeriodKind.MONTH,
    "本月": PeriodKind.MONTH,
}
CHAT_WORDS = frozenset({"chat", "here", "本群"})
SEGMENT_WORDS = frozenset({"segments", "分层"})
USAGE = T("Usage: /stats day|week|month [chat], or /stats segments")


@dataclass(frozen=True, slots=True)
class Prepared:
    text: Message
    chart: bytes | None = None


@component
class Reports(CommandComponent[Prepared]):
    name = "reports"
    section = "reports"
    order = 90
    events = (MessageReceived, JobDue)

    def recurring(self) -> list[Recurring]:
        config: ReportsConfig = self.config
        if not config.weekly_digest:
            return []
        at = config.digest_at
        return [Recurring(DIGEST, f"{at.minute} {at.hour} * * 1")]

    @property
    def health(self) -> HealthConfig:
        return self.ruleset.health

    async def prepare(self, event: Event, ctx: Context) -> Prepared | None:
        """What handle posts: the weekly digest, or the report a command asks for."""
        if isinstance(event, JobDue):
            if event.job == DIGEST and ctx.community.settings.admin_chat is not None:
                await ctx.settled()
                return await self._digest(ctx)
            return None
        await super().prepare(event, ctx)
        found = self.command_of(event)
        if found is None or not isinstance(event, MessageEvent):
            return None
        if ctx.role_of(event.sender) >= found[0].role:
            await ctx.settled()  # the week's figures count the messages just before it
            return await self._on_demand(event, ctx, found[1])
        return None

    async def _on_demand(self, event: MessageEvent, ctx: Context, command: Command) -> Prepared:
        words = [arg.lower() for arg in command.args]
        if words and words[0] in SEGMENT_WORDS:
            found = await compute_segments(
                ctx.community.name, self.ruleset.segments, ctx.community.clock, ctx.now
            )
            return Prepared(found.message(ctx.community.title))
        kinds = [PERIOD_WORDS[w] for w in words if w in PERIOD_WORDS]
        if len(kinds) > 1 or any(w not in PERIOD_WORDS and w not in CHAT_WORDS for w in words):
            return Prepared((USAGE,))
        kind = kinds[0] if kinds else PeriodKind.WEEK
        chat = event.chat if CHAT_WORDS & set(words) else None
        period = Period.containing(kind, ctx.day)
        kpis = await compute_kpis(
            ctx.settings, ctx.community.name, period, ctx.now, chat, live=True
        )
        return Prepared(report_message(kpis, ctx.community.title, self.health))

    async def _digest(self, ctx: Context) -> Prepared:
        period = Period.containing(PeriodKind.WEEK, ctx.day - timedelta(days=7))
        kpis = await compute_kpis(ctx.settings, ctx.community.name, period, ctx.now, live=True)
        admin_chat = ctx.community.settings.admin_chat
        locale = ctx.chat_locale(admin_chat)
        chart = None
        try:
            from .charts import weekly_chart  # matplotlib loads only when a chart is drawn
        except ModuleNotFoundError as exc:  # the digest still goes out, as text
            logger.warning(
                "weekly digest sent without its chart: {}", missing_extra("the chart", exc)
            )
        else:
            chart = weekly_chart(kpis, ctx.community.title, self.health, locale)
        return Prepared(report_message(kpis, ctx.community.title, self.health), chart)

    @on(Jobs(DIGEST))
    def digest(self, event: Event, ctx: Context) -> None:
        prepared = self.prepared(ctx)
        admin_chat = ctx.community.settings.admin_chat
        if prepared is None or admin_chat is None:
            return
        ctx.send(prepared.text, chat=admin_chat, tag="digest")
        if prepared.chart is not None:
            ctx.act(
                SendImage(
                    chat=admin_chat,
                    image=Image(data=prepared.chart),
                    caption=(T("Weekly digest: activity, joins and leaves, points"),),
                    tag="digest",
                )
            )

    @on_command("stats", role=Role.ADMIN, aliases=("统计", "报告"))
    def report(self, event: Event, ctx: Context, command: Command) -> None:
        prepared = self.prepared(ctx)
        ctx.reply(prepared.text if prepared else (USAGE,))
