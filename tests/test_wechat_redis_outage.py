"""A WeChat bridge sends each event once: while the sink cannot queue events (`groupops
receive` with Redis away) they wait in the receiver and go in once it can, in order, and the
outage is two log lines, not one per event nor a dead event loop."""

from __future__ import annotations

from typing import Any

import pytest
from loguru import logger
from support.onebot_fixtures import ROOM
from support.wechat_components import MODERATED
from support.wechat_fixtures import until
from test_wechat_onebot import running

from groupops.core.errors import NotQueued
from groupops.core.events import Event


@pytest.fixture
def room_members() -> dict[str, str]:
    return {"ann": "Ann", "spam": "Spammer"}


class RedisAwayFor:
    """The sink of `groupops receive` while Redis refuses connections, `times` submits long."""

    def __init__(self, sink: Any, times: int) -> None:
        self.sink, self.times = sink, times

    async def submit(self, event: Event) -> Any:
        if self.times > 0:
            self.times -= 1
            raise NotQueued("Redis", "Error 111 connecting to 127.0.0.1:6379. Connection refused.")
        return await self.sink.submit(event)

    def submit_nowait(self, event: Event) -> Any:
        raise AssertionError("the bridge submits one event at a time")


async def test_spam_sent_while_redis_is_away_is_still_removed(harness_with, bridge):
    h, adapter = await running(harness_with, bridge, "forward", MODERATED)
    adapter._sink = RedisAwayFor(adapter._sink, times=4)
    seen: list[str] = []
    sink = logger.add(seen.append, level="INFO", format="{level} {message}")
    try:
        for _ in range(3):
            await bridge.say(ROOM, "spam", "加微信 领红包")
        assert await until(h, lambda: "spam" not in bridge.groups[ROOM], timeout=20)
    finally:
        logger.remove(sink)
    held = [line for line in seen if "bridge events held" in line]
    assert held == [
        "WARNING wechat: bridge events held: Redis is unreachable (Error 111 connecting to "
        "127.0.0.1:6379. Connection refused.); retrying until it is back\n",
        held[1],
    ]
    assert held[1].startswith("INFO wechat: bridge events held: Redis reachable again after")
