"""A platform's receiving loop that dies is restarted by the engine: through both Telegram
drivers against the fake Bot API, a getUpdates answer the poller cannot read ends its loop,
and members' messages are answered again once it is back; a loop that keeps failing is
reported in the log and on /metrics until it receives again."""

from __future__ import annotations

import asyncio

import pytest
from loguru import logger
from prometheus_client import CollectorRegistry, generate_latest
from support.ping import PIPELINE
from support.telegram_harness import CHAT_ID

from groupops.core.intake import IntakeSupervisor
from groupops.core.metrics.prometheus import EngineCollector

pytestmark = pytest.mark.parametrize("driver", ["aiogram", "ptb"])
SECRET_SHAPE = "123456:"  # the fake's token starts so; no log line may carry it


@pytest.fixture(autouse=True)
def quick_restarts(monkeypatch):
    monkeypatch.setattr(IntakeSupervisor, "first_pause", 0.05)
    monkeypatch.setattr(IntakeSupervisor, "steady", 1.0)


@pytest.fixture
def log_lines():
    lines: list[str] = []
    sink = logger.add(lines.append, level="INFO", format="{level} {message}")
    yield lines
    logger.remove(sink)


async def until(predicate, timeout: float = 10) -> None:
    async def check() -> None:
        while not predicate():
            await asyncio.sleep(0.02)

    await asyncio.wait_for(check(), timeout)


def metrics(engine) -> str:
    registry = CollectorRegistry()
    registry.register(EngineCollector(engine))
    return generate_latest(registry).decode()


async def test_members_are_answered_again_after_the_poller_died(driver, open_harness, log_lines):
    h = await open_harness(driver, PIPELINE)
    ann = h.member(42, "Ann")
    h.fake.garbled_updates = 1  # the poll after the one waiting now
    h.world.say(CHAT_ID, ann, "ping")
    await until(lambda: h.texts() == ["pong"])
    await until(lambda: h.fake.garbled_updates == 0)
    h.world.say(CHAT_ID, ann, "ping")
    await until(lambda: h.texts() == ["pong", "pong"])
    stopped = [line for line in log_lines if "telegram polling stopped" in line]
    assert len(stopped) == 1 and stopped[0].startswith("WARNING")
    assert "restarting in" in stopped[0].splitlines()[0]


async def test_a_poller_that_keeps_failing_is_reported_until_it_recovers(
    driver, open_harness, log_lines
):
    h = await open_harness(driver, PIPELINE)
    h.fake.garbled_updates = 3
    h.world.say(CHAT_ID, h.member(42, "Ann"), "ping")  # ends the poll waiting now
    await until(lambda: any("keeps failing" in line for line in log_lines))
    (failing,) = [line for line in log_lines if "keeps failing" in line]
    assert failing.startswith("ERROR telegram polling keeps failing (3 times in a row")
    assert "KeyError: 'update_id'" in failing and "no events come in from telegram" in failing
    assert "\n" not in failing.rstrip("\n")  # one line, no traceback
    assert 'groupops_intake_failing{loop="polling",platform="telegram"} 1.0' in metrics(h.engine)
    await until(lambda: any("receiving again" in line for line in log_lines))
    assert h.texts() == ["pong"]
    exported = metrics(h.engine)
    assert 'groupops_intake_failing{loop="polling",platform="telegram"} 0.0' in exported
    assert 'groupops_intake_restarts_total{loop="polling",platform="telegram"} 3.0' in exported
    assert not any(SECRET_SHAPE in line for line in log_lines)
