"""A bridge outage is logged once when it starts and once when it ends, not on every retry:
the outbox had written "…is not connected or its account is offline" every 2 seconds."""

from __future__ import annotations

from datetime import UTC, datetime

from loguru import logger
from support.onebot_fixtures import ROOM
from support.wechat_fixtures import until
from test_wechat_onebot import running

from groupops.core.events import MemberJoined
from groupops.core.outage import REMIND_SECONDS, Outage
from groupops.core.refs import Ref


async def test_an_offline_account_is_logged_once_and_its_return_once(harness_with, bridge):
    h, adapter = await running(harness_with, bridge, "forward")
    seen: list[str] = []
    sink = logger.add(seen.append, level="INFO", format="{message}")
    try:
        await bridge.set_online(False)
        assert await until(h, lambda: not adapter.connected.is_set())
        joined = MemberJoined(
            key="wechat:test:outage", chat=Ref.chat("wechat", ROOM), time=datetime.now(UTC),
            member=Ref.user("wechat", "late"), name="Late",
        )  # fmt: skip
        await h.engine.submit(joined)
        assert not await h.engine.drain(timeout=4.0)  # retried every second meanwhile
        await bridge.set_online(True)
        assert await until(h, lambda: bridge.texts(ROOM), timeout=15)
    finally:
        logger.remove(sink)
    offline = [line for line in seen if "is not connected or its account is offline" in line]
    assert offline == [
        "outbox wechat: the wechat connection is unreachable (the OneBot bridge at "
        f"{bridge.url} is not connected or its account is offline); retrying until it is back\n"
    ]
    back = [line for line in seen if "reachable again" in line]
    assert len(back) == 1 and back[0].startswith("outbox wechat: the wechat connection")


def test_a_slowing_outage_reminds_ever_less_often():
    now = [0.0]
    outage = Outage("outbox wechat", (lambda e: "the bridge",), lambda: now[0], slowing=True)
    said: list[str] = []
    sink = logger.add(said.append, level="WARNING", format="{message}")
    try:
        for second in range(0, 8 * int(REMIND_SECONDS) + 1, 2):
            now[0] = float(second)
            outage.failed(ConnectionError("down"))
    finally:
        logger.remove(sink)
    # the start, then after 1, 3 and 7 minutes (each reminder twice as far from the last)
    assert [line.split(" after ")[1].split("s ")[0] for line in said[1:]] == ["60", "180", "420"]
