"""The OneBot 12 adapter against independent parties: NoneBot's v12 models for every event
and action shape, npm `ws` for the reverse-WebSocket handshake; and the spec's meta events
(the account going offline, heartbeats), newcomers' names and the bot's own join."""

from __future__ import annotations

import asyncio
import json
import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest
from support.onebot_bridge import FakeOneBot
from support.onebot_spec import check_answer, check_event, check_request
from support.wechat_components import MODERATED
from support.wechat_fixtures import until
from test_wechat_onebot import ROOM, TOKEN, connect, running, started

from groupops.adapters.wechat.wechaty import stubgen
from groupops.core.events import MemberJoined
from groupops.core.refs import Ref
from groupops.core.sink import CallbackSink
from groupops.core.storage.models import OutboxItem

CLIENT = Path(__file__).resolve().parents[1] / "scripts" / "onebot-client"


@pytest.fixture
async def bridge():
    fake = FakeOneBot(TOKEN)
    fake.group(ROOM, {"ann": "Ann", "spam": "Spammer"})
    yield fake
    await fake.close()


def _joined(user: str) -> MemberJoined:
    return MemberJoined(
        key=f"wechat:test:{user}", chat=Ref.chat("wechat", ROOM), time=datetime.now(UTC),
        member=Ref.user("wechat", user), name=user.title(),
    )  # fmt: skip


async def test_every_event_and_action_matches_nonebots_onebot12_models(harness_with, bridge):
    h, _ = await running(harness_with, bridge, "forward", MODERATED)
    await bridge.beat()
    await bridge.join(ROOM, "newbie", "Newbie", operator="ann")
    hello = await bridge.say(ROOM, "ann", "hello", mentions=["spam"])
    await bridge.say(ROOM, "ann", "as I said", reply_to=hello)
    for _ in range(3):
        await bridge.say(ROOM, "spam", "加微信 领红包")
    await bridge.say(None, "ann", "hi bot")
    assert await until(h, lambda: "spam" not in bridge.groups[ROOM], timeout=15)
    await bridge.set_online(False)
    await bridge.set_online(True)
    assert await until(h, lambda: len(bridge.texts(ROOM)) == 4, timeout=15)
    kinds = {(e["type"], e["detail_type"]) for e in bridge.emitted}
    assert ("meta", "connect") in kinds and ("notice", "group_member_decrease") in kinds
    for event in bridge.emitted:
        check_event(event)
    actions = {r["action"] for r in bridge.requests}
    assert {"send_message", "get_group_member_info", "get_status"} <= actions
    for request in bridge.requests:
        check_request(request)
    for action, data in bridge.answers:
        check_answer(action, data)


async def test_the_connect_event_of_the_test_bridge_is_spec_valid(bridge):
    adapter = await started(bridge, "forward")
    try:
        connect_event = next(e for e in bridge.emitted if e["detail_type"] == "connect")
        assert check_event(connect_event).version.version == "1.0.0"
        assert (adapter.status.impl, adapter.status.version) == ("fake", "1.0.0")
    finally:
        await adapter.stop()
        await adapter.release()


async def test_reverse_mode_answers_the_onebot_subprotocol(bridge):
    adapter = await started(bridge, "reverse")
    try:
        assert bridge.protocol == "12.fake"
    finally:
        await adapter.stop()
        await adapter.release()


def _client_ready() -> str:
    node = shutil.which("node")
    if node is None:
        pytest.skip("node is not installed; the npm ws client runs on Node")
    try:
        stubgen.npm_install(CLIENT)
    except stubgen.StubsMissing as exc:
        pytest.fail(f"could not install npm ws for the OneBot client: {exc}")
    return node


async def test_npm_ws_completes_the_reverse_handshake():
    node = _client_ready()
    adapter = await connect(FakeOneBot(TOKEN), "reverse")
    await adapter.start(CallbackSink(lambda event: asyncio.sleep(0)))
    client = await asyncio.create_subprocess_exec(
        node, str(CLIENT / "client.mjs"), adapter.link.where, TOKEN,
        stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE,
    )  # fmt: skip
    try:
        assert client.stdout is not None
        first = json.loads(await asyncio.wait_for(client.stdout.readline(), 30))
        assert first == {"open": "12.wsclient"}
        await asyncio.wait_for(adapter.connected.wait(), 10)
        assert (adapter.status.impl, adapter.status.version) == ("wsclient", "1.0.0")
    finally:
        assert client.stdin is not None
        client.stdin.close()
        await adapter.stop()
        await adapter.release()
        await asyncio.wait_for(client.wait(), 10)


async def test_actions_wait_while_the_account_is_offline(harness_with, bridge):
    h, adapter = await running(harness_with, bridge, "forward")
    await bridge.set_online(False)
    assert await until(h, lambda: not adapter.connected.is_set())
    await h.engine.submit(_joined("late"))
    assert not await h.engine.drain(timeout=1.0)  # the account is logged out: it waits
    assert bridge.texts(ROOM) == []
    assert await OutboxItem.filter(status="pending").count() == 1
    await bridge.set_online(True)
    assert await until(h, lambda: bridge.texts(ROOM), timeout=15)
    assert bridge.texts(ROOM) == [
        "Welcome to Test Club, Late! Please read the group rules and say hello."
    ]


async def test_a_newcomer_is_welcomed_by_name(harness_with, bridge):
    h, _ = await running(harness_with, bridge, "reverse")
    await bridge.join(ROOM, "wxid_9f3k", "小明", operator="ann")
    assert await until(h, lambda: bridge.texts(ROOM))
    assert bridge.texts(ROOM) == [
        "Welcome to Test Club, 小明! Please read the group rules and say hello."
    ]


async def test_the_bots_own_join_reaches_the_engine(bridge):
    seen: list = []

    async def sink(event):
        seen.append(event)

    adapter = await connect(bridge, "forward")
    await adapter.start(CallbackSink(sink))
    try:
        await asyncio.wait_for(adapter.connected.wait(), 10)
        await bridge.join("3001@chatroom", "bot", "GroupBot", operator="ann")
        for _ in range(100):
            if seen:
                break
            await asyncio.sleep(0.05)
        assert [(type(e), e.chat, e.is_bot) for e in seen] == [
            (MemberJoined, Ref.chat("wechat", "3001@chatroom"), True)
        ]
    finally:
        await adapter.stop()
        await adapter.release()


async def test_a_bridge_that_stops_beating_is_reconnected(bridge):
    adapter = await started(bridge, "forward")
    try:
        await bridge.beat(interval_ms=200)  # then silence
        for _ in range(200):
            if adapter.reconnects:
                break
            await asyncio.sleep(0.05)
        assert adapter.reconnects >= 1
        await asyncio.wait_for(adapter.connected.wait(), 10)
    finally:
        await adapter.stop()
        await adapter.release()
