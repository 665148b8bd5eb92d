"""Operations metrics for Prometheus, served at /metrics when `[metrics.prometheus]` enables it.

Counts the engine already keeps (events by outcome, outbox depth) are read at scrape time, so
the hot path pays nothing; action latency (commit to platform answer) and errors by adapter
come from the outbox's outcome listener. One registry per engine: nothing global.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import TYPE_CHECKING

from aiohttp import web
from loguru import logger
from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Histogram,
    generate_latest,
)
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, Metric
from prometheus_client.registry import Collector

from ..errors import StartupError, reason_of

if TYPE_CHECKING:
    from ..actions import ActionResult
    from ..engine import Engine
    from ..engine.delivery import Delivery
    from ..errors import ActionError
    from ..intake import IntakeSupervisor
    from ..settings.schema import PrometheusSettings

OUTCOMES = ("processed", "duplicate", "ignored", "failed")
LATENCY_BUCKETS = (0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300)


class EngineCollector(Collector):
    """What the engine counts anyway, read when Prometheus scrapes."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def collect(self) -> Iterator[Metric]:
        events = CounterMetricFamily(
            "groupops_events", "Events taken from the platforms, by outcome", labels=["outcome"]
        )
        for outcome in OUTCOMES:
            events.add_metric([outcome], self.engine.stats[outcome])
        yield events
        outbox = self.engine.outbox
        yield GaugeMetricFamily(
            "groupops_outbox_depth",
            "Actions committed and not yet delivered (queued, in flight or waiting to retry)",
            value=outbox.pending(),
        )
        held = GaugeMetricFamily(
            "groupops_outbox_held_chats",
            "Chats whose first action failed and waits to be tried again, by platform",
            labels=["platform"],
        )
        for platform, lane in outbox.lanes.items():
            held.add_metric([platform], lane.held())
        yield held
        delivered = CounterMetricFamily(
            "groupops_actions", "Actions finished, by result", labels=["result"]
        )
        delivered.add_metric(["sent"], outbox.sent)
        delivered.add_metric(["failed"], outbox.failed)
        yield delivered
        yield from intake_metrics(self.engine.intake)


def intake_metrics(supervisor: IntakeSupervisor) -> Iterator[Metric]:
    """The platforms' receiving loops: restarts, and whether each keeps failing."""
    restarts = CounterMetricFamily(
        "groupops_intake_restarts",
        "Receiving loops restarted after an error, by platform and loop",
        labels=["platform", "loop"],
    )
    failing = GaugeMetricFamily(
        "groupops_intake_failing",
        "1 while a platform's receiving loop keeps failing (no events come in from it)",
        labels=["platform", "loop"],
    )
    for health in supervisor.health.values():
        restarts.add_metric([health.platform, health.loop], health.restarts)
        failing.add_metric([health.platform, health.loop], int(health.failing))
    yield restarts
    yield failing


class MetricsServer:
    """/metrics over HTTP for a registry, on `[metrics.prometheus]`'s host and port."""

    def __init__(self, settings: PrometheusSettings, registry: CollectorRegistry) -> None:
        self.settings = settings
        self.registry = registry
        self._runner: web.AppRunner | None = None
        self.port = settings.port

    async def _metrics(self, request: web.Request) -> web.Response:
        return web.Response(
            body=generate_latest(self.registry), headers={"Content-Type": CONTENT_TYPE_LATEST}
        )

    async def start(self) -> None:
        app = web.Application()
        app.router.add_get("/metrics", self._metrics)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.settings.host, self.settings.port)
        try:
            await site.start()
        except OSError as exc:  # a busy port, an unknown host: one line naming the setting
            await self._runner.cleanup()
            self._runner = None
            where = f"{self.settings.host}:{self.settings.port}"
            raise StartupError(
                "metrics.prometheus.port", f"cannot listen on {where}: {reason_of(exc)}"
            ) from None
        self.port = self._runner.addresses[0][1]  # the port chosen when 0 was asked for
        logger.info("prometheus metrics at http://{}:{}/metrics", self.settings.host, self.port)

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None


async def serve_metrics(
    settings: PrometheusSettings, *collectors: Collector
) -> MetricsServer | None:
    """Serve what `collectors` read at each scrape, if the settings enable it (`groupops
    receive`, which runs no engine); None otherwise."""
    if not settings.enabled:
        return None
    registry = CollectorRegistry(auto_describe=True)
    for collector in collectors:
        registry.register(collector)
    server = MetricsServer(settings, registry)
    await server.start()
    return server


class Exporter(MetricsServer):
    """The engine's figures, and its actions' latency and errors from the outbox."""

    def __init__(self, engine: Engine, settings: PrometheusSettings) -> None:
        super().__init__(settings, CollectorRegistry(auto_describe=True))
        self.engine = engine
        self.registry.register(EngineCollector(engine))
        self.latency = Histogram(
            "groupops_action_latency_seconds",
            "From the commit of an action to the platform's answer",
            ["platform", "kind"],
            buckets=LATENCY_BUCKETS,
            registry=self.registry,
        )
        self.errors = Counter(
            "groupops_action_errors",
            "Actions the platform refused for good, by adapter and error",
            ["adapter", "platform", "error"],
            registry=self.registry,
        )

    def on_outcome(
        self, delivery: Delivery, result: ActionResult | None, error: ActionError | None
    ) -> None:
        platform = delivery.action.chat.platform
        self.latency.labels(platform, delivery.action.kind).observe(
            time.monotonic() - delivery.queued_at
        )
        if error is not None:
            adapter = self.engine.adapters.get(platform)
            name = adapter.name if adapter is not None else "none"
            self.errors.labels(name, platform, type(error).__name__).inc()

    async def start(self) -> None:
        await super().start()
        self.engine.outbox.listeners.append(self.on_outcome)

    async def stop(self) -> None:
        if self.on_outcome in self.engine.outbox.listeners:
            self.engine.outbox.listeners.remove(self.on_outcome)
        await super().stop()


async def start_exporter(engine: Engine) -> Exporter | None:
    """Serve /metrics if the settings enable it; None otherwise."""
    settings = engine.settings.metrics.prometheus
    if not settings.enabled:
        return None
    exporter = Exporter(engine, settings)
    await exporter.start()
    return exporter
