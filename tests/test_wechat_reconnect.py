"""Reconnecting to a bridge: capped backoff that starts over after every outage."""

from __future__ import annotations

import asyncio
import re

from loguru import logger
from support.ports import free_port
from support.wechat_fixtures import login, start_peer, wechat_adapter

from groupops.adapters.wechat.onebot.adapter import OneBotAdapter
from groupops.core.backoff import Backoff
from groupops.core.sink import CallbackSink

PAUSE = re.compile(r"reconnecting in ([0-9.]+)s")


def test_the_pause_doubles_up_to_the_maximum_and_jitter_never_passes_it():
    backoff = Backoff(initial=0.5, maximum=4)
    nominal = []
    for _ in range(6):
        nominal.append(backoff.upcoming)
        backoff.next_pause()
    assert nominal == [0.5, 1, 2, 4, 4, 4]
    pauses = [backoff.next_pause() for _ in range(2000)]
    assert max(pauses) <= 4 and min(pauses) >= 4 * 0.8
    backoff.reset()
    assert backoff.upcoming == 0.5 and backoff.next_pause() <= 0.5 * 1.2


async def _until(check, timeout: float = 20.0) -> bool:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not check() and loop.time() < deadline:
        await asyncio.sleep(0.05)
    return bool(check())


async def test_a_second_outage_starts_again_from_the_shortest_pause(tmp_path):
    peer = start_peer(tmp_path)
    adapter = wechat_adapter(peer, reconnect_max_seconds=1)
    logged: list[str] = []
    sink = logger.add(logged.append, format="{message}", level="INFO")
    try:
        await adapter.start(CallbackSink(lambda event: asyncio.sleep(0)))
        assert adapter.connected.is_set()
        peer.kill()  # a long outage: the pause climbs to the maximum
        assert await _until(lambda: adapter.reconnects >= 3)
        peer.start()
        login(peer)
        assert await _until(adapter.connected.is_set)
        before = len(logged)
        peer.kill()  # a second drop, later
        assert await _until(lambda: any(PAUSE.search(m) for m in logged[before:]))
        pauses = [float(p.group(1)) for m in logged if (p := PAUSE.search(m))]
        first_after_second_drop = next(
            float(p.group(1)) for m in logged[before:] if (p := PAUSE.search(m))
        )
        assert first_after_second_drop <= 0.6, logged
        assert max(pauses) <= 1.0, pauses  # jitter never passes reconnect_max_seconds
    finally:
        logger.remove(sink)
        await adapter.release()
        peer.kill()


async def test_an_unreachable_onebot_bridge_is_logged_as_one_readable_line():
    url = f"ws://127.0.0.1:{free_port()}"  # nothing listens there
    adapter = OneBotAdapter(url=url, reconnect_max_seconds=1)
    logged: list[str] = []
    sink = logger.add(logged.append, format="{message}", level="INFO")
    try:
        await adapter.start(CallbackSink(lambda event: asyncio.sleep(0)))
        assert await _until(lambda: adapter.reconnects >= 1)
    finally:
        logger.remove(sink)
        await adapter.release()
    unreachable = [m for m in logged if "unreachable" in m]
    assert unreachable, logged
    for message in unreachable:  # what failed, not the library's connection key
        assert "ClientConnectorError: Cannot connect to host 127.0.0.1" in message
        assert "ConnectionKey(" not in message
