"""/metrics for `groupops receive`: it runs no engine, so it serves what it does itself (events
put on the streams, events kept until the workers commit them, Redis reachable or not) and its
platforms' receiving loops, read at each scrape."""

from __future__ import annotations

from collections.abc import Iterator

from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, Metric
from prometheus_client.registry import Collector

from ..intake import IntakeSupervisor
from ..metrics.prometheus import intake_metrics
from .intake import StreamIntake


class ReceiverCollector(Collector):
    def __init__(self, intake: StreamIntake, supervisor: IntakeSupervisor) -> None:
        self.intake = intake
        self.supervisor = supervisor

    def collect(self) -> Iterator[Metric]:
        intake = self.intake
        yield CounterMetricFamily(
            "groupops_events_queued", "Events put on the Redis streams for the workers",
            value=intake.queued,
        )  # fmt: skip
        yield CounterMetricFamily(
            "groupops_events_refused",
            "Events refused while Redis was away (the platform sends them again)",
            value=intake.refused,
        )
        yield CounterMetricFamily(
            "groupops_events_requeued",
            "Events queued again because Redis lost them before the workers committed them",
            value=intake.requeued,
        )
        yield GaugeMetricFamily(
            "groupops_events_uncommitted",
            "Events queued that the workers have not committed yet (kept should Redis lose them)",
            value=intake.kept_count(),
        )
        yield GaugeMetricFamily(
            "groupops_redis_unreachable", "1 while Redis cannot be reached",
            value=int(intake.outage.away),
        )  # fmt: skip
        yield from intake_metrics(self.supervisor)
