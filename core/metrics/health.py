"""Daily health check: each KPI against its band; outside the alert line, a message to the
community's admin chat with the playbook's suggested action, at most once per KPI and period."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from loguru import logger

from ..engine import Component, Context, Recurring, component, on
from ..engine.filters import Jobs
from ..events import Event, JobDue
from ..i18n import said_percent
from ..segments import I18nText, T, Text
from ..storage.models import HealthAlert, Order
from .compute import compute_kpis
from .config import Band, HealthConfig
from .labels import ACTIONS, KPI_NAMES, percent
from .periods import Period
from .tables import ALERT_INSERT, AlertRow

JOB = "metrics.health"


@dataclass(frozen=True, slots=True)
class Check:
    kpi: str
    days: int  # the window ending with the day just over
    window: I18nText
    needs_orders: bool = False  # skipped in communities that record no orders


CHECKS = (
    Check("activity", 1, T("yesterday")),
    Check("leave_rate", 7, T("the last 7 days")),
    Check("conversion", 30, T("the last 30 days"), needs_orders=True),
    Check("reach", 1, T("yesterday")),
)


@dataclass(frozen=True, slots=True)
class Alert:
    check: Check
    value: float
    band: Band
    period: str  # the alert period's label: one alert per KPI in it

    def message(self, community: str | I18nText) -> tuple[Any, ...]:
        band, check = self.band, self.check
        params = {
            "community": community,
            "kpi": KPI_NAMES[check.kpi],
            "value": said_percent(self.value),
            "window": check.window,
        }
        if band.alert_below is not None and self.value < band.alert_below:
            line = T(
                "Health alert for {community}: {kpi} was {value} ({window}), below the "
                "alert line of {threshold} (healthy: above {healthy}).",
                threshold=said_percent(band.alert_below),
                healthy=said_percent(band.healthy_above),
                **params,
            )
        else:
            line = T(
                "Health alert for {community}: {kpi} was {value} ({window}), above the "
                "alert line of {threshold} (healthy: below {healthy}).",
                threshold=said_percent(band.alert_above),
                healthy=said_percent(band.healthy_below),
                **params,
            )
        return (line, Text("\n"), T("Suggested action: {action}.", action=ACTIONS[check.kpi]))


@component
class HealthCheck(Component[list[Alert]]):
    name = "health"
    section = "health"
    order = 96
    events = (JobDue,)

    def recurring(self) -> list[Recurring]:
        config: HealthConfig = self.config
        if not config.enabled:
            return []
        at = config.check_at
        return [Recurring(JOB, f"{at.minute} {at.hour} * * *")]

    async def prepare(self, event: Event, ctx: Context) -> list[Alert] | None:
        if not isinstance(event, JobDue) or event.job != JOB:
            return None
        return await self.evaluate(ctx)

    async def evaluate(self, ctx: Context) -> list[Alert]:
        config: HealthConfig = self.config
        community = ctx.community.name
        yesterday = ctx.day - timedelta(days=1)
        alert_period = Period.containing(config.alert_once_per, yesterday).label
        sent = set(
            await HealthAlert.filter(community=community, period=alert_period).values_list(
                "kpi", flat=True
            )
        )
        has_orders = await Order.kept(community).exists()  # held payments are no sales
        alerts = []
        for check in CHECKS:
            band = config.band(check.kpi)
            if band is None or check.kpi in sent or (check.needs_orders and not has_orders):
                continue
            period = Period.between(yesterday - timedelta(days=check.days - 1), yesterday)
            kpis = await compute_kpis(ctx.settings, community, period, ctx.now, live=True)
            value = kpis[check.kpi].value
            if value is not None and band.status(value) == "alert":
                alerts.append(Alert(check, value, band, alert_period))
        return alerts

    @on(Jobs(JOB))
    def alert(self, event: Event, ctx: Context) -> None:
        alerts = self.prepared(ctx)
        if not alerts:
            return
        admin_chat = ctx.community.settings.admin_chat
        if admin_chat is None:
            for alert in alerts:
                logger.info(
                    "{}: {} is {} ({}); set admin_chat to receive health alerts",
                    ctx.community.name,
                    alert.check.kpi,
                    percent(alert.value),
                    alert.period,
                )
            return
        for alert in alerts:
            ctx.send(alert.message(ctx.community.title), chat=admin_chat, tag="health")
            ctx.write(
                ALERT_INSERT,
                AlertRow(ctx.community.name, alert.check.kpi, alert.period, alert.value, ctx.now),
            )
