"""The Prometheus endpoint, scraped over HTTP the way Prometheus does."""

from __future__ import annotations

import aiohttp

from groupops.core.engine import Component, component
from groupops.core.events import MessageReceived
from groupops.core.metrics.prometheus import start_exporter
from groupops.core.refs import Ref


@component
class LostSender(Component):
    """Answers "lost" by writing to a chat that does not exist: a permanent failure."""

    name = "test_lost_sender"
    default = False
    events = (MessageReceived,)

    def handle(self, event, ctx):
        if event.text == "lost":
            ctx.send("into the void", chat=Ref("local:gone"))
        else:
            ctx.reply("pong")


ENABLED = {
    "metrics": {"prometheus": {"enabled": True, "port": 0}},
    "rulesets": {"main": {"pipeline": ["membership", "recorder", "test_lost_sender"]}},
}


async def scrape(port: int) -> tuple[str, str]:
    async with (
        aiohttp.ClientSession() as session,
        session.get(f"http://127.0.0.1:{port}/metrics") as response,
    ):
        assert response.status == 200
        return response.headers["Content-Type"], await response.text()


def samples(text: str) -> dict[str, float]:
    found = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            name, _, value = line.rpartition(" ")
            found[name] = float(value)
    return found


async def test_scrape_counts_events_latency_depth_and_errors(harness_factory):
    h = await harness_factory(ENABLED)
    exporter = await start_exporter(h.engine)
    assert exporter is not None
    try:
        ann = h.user("ann")
        hello = h.world.message_event(h.chat, ann, "hello")
        await h.engine.submit(hello)
        await h.engine.submit(hello)  # redelivered: a duplicate
        await h.world.say(h.chat, ann, "lost")
        await h.settle()
        content_type, text = await scrape(exporter.port)
    finally:
        await exporter.stop()
    assert content_type.startswith("text/plain")
    found = samples(text)
    assert found['groupops_events_total{outcome="processed"}'] == 2
    assert found['groupops_events_total{outcome="duplicate"}'] == 1
    assert found["groupops_outbox_depth"] == 0
    assert found['groupops_actions_total{result="sent"}'] == 1
    assert found['groupops_action_latency_seconds_count{kind="reply",platform="local"}'] == 1
    assert found['groupops_action_latency_seconds_count{kind="send",platform="local"}'] == 1
    errors = 'groupops_action_errors_total{adapter="local",error="TargetNotFound",platform="local"}'
    assert found[errors] == 1
    assert h.world.texts(h.chat) == ["pong"]


async def test_off_unless_enabled(harness_factory):
    h = await harness_factory()
    assert h.settings.metrics.prometheus.enabled is False
    assert await start_exporter(h.engine) is None
