"""Stopping an engine that has stopped (a signal handler and a `finally`, say) returns at once:
the actions still pending were counted and logged by the first stop, and nothing can send them
now, so waiting a drain time again bought nothing but a slower exit."""

from __future__ import annotations

from test_delivery_outbox import ERRANDS

from groupops.adapters.local import LocalAdapter
from groupops.core.errors import TransientError


class Unreachable(LocalAdapter):
    async def reply(self, action):
        raise TransientError("telegram: Bad Gateway")


async def test_a_second_stop_returns_at_once_and_logs_nothing_again(harness_factory):
    from loguru import logger

    h = await harness_factory(ERRANDS, run=False)
    await h.start_with(Unreachable(h.world))
    await h.world.say(h.chat, h.user("ann"), "hello")
    await h.committed()
    said: list[str] = []
    sink = logger.add(said.append, format="{message}", level="WARNING")
    try:
        await h.engine.stop(drain_timeout=0.2)
        await h.engine.stop()  # the harness's close stops it a third time
    finally:
        logger.remove(sink)
    assert [line for line in said if "still pending at shutdown" in line] == [
        "outbox: 1 actions still pending at shutdown; sent on next start\n"
    ]
