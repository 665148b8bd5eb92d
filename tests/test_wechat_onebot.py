"""The OneBot 12 adapter against a spec-driven fake bridge, in both WebSocket directions."""

from __future__ import annotations

import asyncio
import contextlib
import socket
from datetime import UTC, datetime

import pytest
from loguru import logger
from prometheus_client import CollectorRegistry, generate_latest
from support.onebot_bridge import SPEC, FakeOneBot
from support.onebot_fixtures import ROOM, TOKEN
from support.wechat_components import MODERATED, PIPELINE
from support.wechat_fixtures import until

from groupops.adapters.wechat import OneBotAdapter
from groupops.adapters.wechat.onebot.protocol import BridgeAuthError
from groupops.core.capabilities import Capability
from groupops.core.events import MemberJoined
from groupops.core.metrics.prometheus import EngineCollector
from groupops.core.refs import Ref
from groupops.core.sink import CallbackSink
from groupops.core.storage.models import Member

WARNING = "this is an automatic warning: a blocked word. Please follow the group rules."
NO_MODERATION = [a for a in SPEC if a not in ("wx.kick_group_member", "delete_message")]


async def connect(bridge: FakeOneBot, mode: str, token: str = TOKEN) -> OneBotAdapter:
    """An adapter (not yet started) for `bridge` in `mode`; the bridge listens in forward."""
    options = {"mode": mode, "access_token": token, "messages_per_second": 0}
    options |= {"messages_per_minute": 0, "member_sweep_seconds": 3600}
    options |= {"reconnect_max_seconds": 1}
    if mode == "forward":
        options["url"] = await bridge.listen()
    else:
        options["listen_port"] = 0
    return OneBotAdapter(**options)


async def running(harness_with, bridge: FakeOneBot, mode: str, extra: dict | None = None):
    adapter = await connect(bridge, mode)
    h = await harness_with(adapter, ROOM, extra)
    if mode == "reverse":
        assert await bridge.connect(adapter.link.where) == 101
    assert await until(h, adapter.connected.is_set)
    return h, adapter


@pytest.fixture
def room_members() -> dict[str, str]:
    return {"ann": "Ann", "spam": "Spammer"}


@pytest.mark.parametrize("mode", ["forward", "reverse"])
async def test_onebot_join_is_welcomed_and_spam_climbs_to_removal(harness_with, bridge, mode):
    h, _ = await running(harness_with, bridge, mode, MODERATED)
    await bridge.join(ROOM, "newbie", "Newbie", operator="ann")
    for _ in range(3):
        await bridge.say(ROOM, "spam", "加微信 领红包")
    assert await until(h, lambda: "spam" not in bridge.groups[ROOM])
    # The removal goes before its notice (moderation actions jump the chat's queue).
    assert await until(h, lambda: len(bridge.texts(ROOM)) == 4)
    assert bridge.texts(ROOM) == [
        "Welcome to Test Club, Newbie! Please read the group rules and say hello.",
        "@spam , please mind the group rules: a blocked word.",
        f"@spam , {WARNING}",
        "@spam  has been removed from the group: a blocked word.",
    ]
    left = await until(
        h, lambda: Member.get_or_none(community="club", key="wechat:user:spam", status="left")
    )
    assert left is not None
    newbie = await Member.get(community="club", key=Ref.user("wechat", "newbie"))
    assert newbie.status == "member"


async def started(bridge: FakeOneBot, mode: str, token: str = TOKEN) -> OneBotAdapter:
    """An adapter connected to `bridge` without an engine (events are dropped)."""
    adapter = await connect(bridge, mode, token)

    async def drop(event):
        return None

    await adapter.start(CallbackSink(drop))
    if mode == "reverse":
        assert await bridge.connect(adapter.link.where) == 101
    await asyncio.wait_for(adapter.connected.wait(), 10)
    return adapter


@pytest.mark.parametrize("mode", ["forward", "reverse"])
async def test_onebot_capabilities_follow_get_supported_actions(mode):
    plain = FakeOneBot(TOKEN, actions=NO_MODERATION)
    plain.group(ROOM, {"ann": "Ann"})
    adapter = await started(plain, mode)
    try:
        assert adapter.available == {
            Capability.SEND,
            Capability.REPLY,
            Capability.SEND_PRIVATE,
            Capability.GET_MEMBER,
        }
    finally:
        await adapter.stop()
        await adapter.release()
        await plain.close()


async def test_onebot_full_bridge_declares_removal_but_never_mute_or_delete(bridge):
    adapter = await started(bridge, "forward")
    assert Capability.KICK in adapter.available
    assert not {Capability.MUTE, Capability.DELETE} & adapter.available
    assert adapter.kick_action == "wx.kick_group_member"
    await adapter.stop()
    await adapter.release()


@pytest.mark.parametrize("mode", ["forward", "reverse"])
async def test_onebot_mentions_and_private_messages(harness_with, bridge, mode):
    h, _ = await running(harness_with, bridge, mode, PIPELINE)
    await bridge.say(ROOM, "ann", "/poke ", mentions=["spam"])
    await bridge.say(None, "ann", "/poke 7")
    assert await until(h, lambda: len(bridge.sent) == 2)
    assert bridge.texts(ROOM) == ["poked wechat:user:spam"]
    assert bridge.texts("ann") == ["poked wechat:user:7"]


async def test_onebot_forward_refuses_a_bad_access_token(bridge):
    adapter = await connect(bridge, "forward", token="wrong-token-9")
    with pytest.raises(BridgeAuthError) as refused:
        await adapter.start(CallbackSink(lambda event: asyncio.sleep(0)))
    message = str(refused.value)
    assert f"the OneBot bridge at {bridge.url} refused the access token" in message
    assert "wrong-token-9" not in message and bridge.refused == 1


async def test_doctor_says_which_setting_a_refused_access_token_is(bridge):
    """The fix was the generic "start the bridge … scan the QR code", and the error's
    sentence ended at "against the bridge's"."""
    from groupops.core.doctor.findings import Level, Refusal

    [refused] = await (await connect(bridge, "forward", token="wrong-token-9")).diagnose([])
    assert isinstance(refused, Refusal) and refused.level is Level.BLOCKER
    assert (
        refused.what == f"the OneBot bridge at {bridge.url} refused the access token (HTTP 401/403)"
    )
    assert refused.fix == (
        "check platforms.wechat.access_token (in .secrets.toml) against the bridge's "
        "access_token setting"
    )


async def test_onebot_reverse_refuses_a_bridge_with_a_bad_access_token(bridge):
    adapter = await connect(bridge, "reverse")
    await adapter.start(CallbackSink(lambda event: asyncio.sleep(0)))
    try:
        assert await bridge.connect(adapter.link.where, token="wrong-token-9") == 401
        assert await bridge.connect(adapter.link.where) == 101  # the right token is let in
        await asyncio.wait_for(adapter.connected.wait(), 10)
    finally:
        await adapter.stop()
        await adapter.release()


async def test_onebot_quiet_leave_found_by_sweep(harness_with, bridge):
    h, adapter = await running(harness_with, bridge, "forward")
    bridge.quit_quietly(ROOM, "ann")
    assert await adapter.sweep_members() == 1
    await h.settle()
    ann = await Member.get(community="club", key="wechat:user:ann")
    assert ann.status == "left"


async def test_onebot_forward_reconnects_and_delivers_what_waited(harness_with, bridge):
    h, adapter = await running(harness_with, bridge, "forward")
    port = int(bridge.url.rsplit(":", 1)[1].strip("/"))
    await bridge.stop_serving()
    joined = MemberJoined(
        key="wechat:test:ob-late",
        chat=Ref.chat("wechat", ROOM),
        time=datetime.now(UTC),
        member=Ref.user("wechat", "late"),
        name="Late",
    )
    await h.engine.submit(joined)
    assert not await h.engine.drain(timeout=1.0)  # nobody to deliver to: the welcome waits
    assert bridge.texts(ROOM) == []
    # the link dials again by itself: /metrics said 0 (all well) while the bridge was away
    failing = 'groupops_intake_failing{loop="bridge",platform="wechat"}'
    assert await until(h, lambda: f"{failing} 1.0" in metrics(h.engine), timeout=15)
    await bridge.listen(port)
    assert await until(h, lambda: bridge.texts(ROOM), timeout=15)
    assert bridge.texts(ROOM) == [
        "Welcome to Test Club, Late! Please read the group rules and say hello."
    ]
    assert adapter.reconnects >= 1
    assert f"{failing} 0.0" in metrics(h.engine)


def metrics(engine) -> str:
    registry = CollectorRegistry()
    registry.register(EngineCollector(engine))
    return generate_latest(registry).decode()


async def test_doctor_beside_a_running_reverse_bridge_warns_instead_of_a_traceback():
    """`groupops doctor` while `groupops run` holds the reverse port had ended in a bind
    OSError traceback; it now says the port is taken and who most likely holds it."""
    from groupops.core.doctor.findings import Level

    with socket.socket() as held:
        held.bind(("127.0.0.1", 0))
        held.listen()
        port = held.getsockname()[1]
        adapter = OneBotAdapter(mode="reverse", listen_port=port, reconnect_max_seconds=1)
        (finding,) = await adapter.diagnose([Ref("wechat:room1@chatroom")])
    assert finding.level is Level.WARNING
    assert finding.what == "cannot listen for the bridge: address already in use"
    assert "if `groupops run` is up, the bridge connects to it" in finding.fix


async def test_onebot_misshapen_events_are_logged_and_skipped(harness_with, bridge):
    """A bridge's event of another shape than the spec's (`message` a string, not a list of
    segments) is logged and skipped; the connection and the events after it go on."""
    h, adapter = await running(harness_with, bridge, "forward", PIPELINE)
    seen: list[str] = []
    sink = logger.add(seen.append, level="WARNING", format="{message}")
    base = {"id": "x1", "time": 1_700_000_000.0, "type": "message", "detail_type": "group"}
    base |= {"sub_type": "", "message_id": "m-x", "group_id": ROOM, "user_id": "ann"}
    await bridge.emit(base | {"message": "签到", "alt_message": "签到"})
    await bridge.emit(base | {"id": "x2", "message": [None], "alt_message": "?"})
    await bridge.say(ROOM, "ann", "/poke 7")
    try:
        assert await until(h, lambda: len(bridge.sent) == 1)
    finally:
        logger.remove(sink)
    assert bridge.texts(ROOM) == ["poked wechat:user:7"]
    assert adapter.connected.is_set()
    assert len([line for line in seen if "malformed OneBot event ignored" in line]) == 2, seen
    assert not [line for line in seen if "stopped" in line or "Traceback" in line], seen


async def test_onebot_private_help_lists_only_what_works_on_wechat(harness_with, bridge):
    """/subscribe pays with Telegram Stars: /help in a WeChat private chat had offered it."""
    plans = {"paid": {"plans": {"basic": {"price": 9, "period": "30d"}}}}
    h, _ = await running(harness_with, bridge, "forward", {"rulesets": {"main": plans}})
    await bridge.say(None, "ann", "/help")
    assert await until(h, lambda: bridge.texts("ann"))
    (answer,) = bridge.texts("ann")
    assert "/points – " in answer and "/plans – " in answer
    assert "/subscribe" not in answer


async def test_onebot_a_member_first_seen_by_a_message_gets_a_name(harness_with, bridge):
    """Message events carry no name: one who joined unseen was an id everywhere."""
    h, _ = await running(harness_with, bridge, "forward")
    bridge.groups[ROOM]["quiet"] = "Quiet Lin"  # joined while the bot was away
    await bridge.say(ROOM, "quiet", "hello")
    assert await until(h, lambda: Member.exists(community="club", key="wechat:user:quiet"))
    member = await Member.get(community="club", key="wechat:user:quiet")
    assert member.name == "Quiet Lin"


async def test_onebot_a_frame_over_the_size_limit_is_a_warning_not_silence(harness_with, bridge):
    h, adapter = await running(harness_with, bridge, "forward", PIPELINE)
    seen: list[str] = []
    sink = logger.add(seen.append, level="WARNING", format="{message}")
    try:
        base = {"id": "big", "time": 1_700_000_000.0, "type": "message", "detail_type": "group"}
        huge = [{"type": "text", "data": {"text": "x" * (5 * 1024 * 1024)}}]  # over 4 MiB
        with contextlib.suppress(ConnectionError):  # the adapter hangs up mid-frame
            await bridge.emit(
                base | {"group_id": ROOM, "user_id": "ann", "message_id": "m-big", "message": huge}
            )
        assert await until(h, lambda: any("connection broke" in line for line in seen))
    finally:
        logger.remove(sink)
    assert await until(h, adapter.connected.is_set)  # back again
    await bridge.say(ROOM, "ann", "/poke 7")
    assert await until(h, lambda: bridge.texts(ROOM) == ["poked wechat:user:7"])


async def test_onebot_each_malformed_frame_is_one_warning_with_its_reason_and_ids(
    harness_with, bridge
):
    """Non-JSON frames, events without `type`, a group message without `group_id` were
    skipped without a word; the ones said were cut at 200 characters, hiding the ids."""
    h, _ = await running(harness_with, bridge, "forward", PIPELINE)
    seen: list[str] = []
    sink = logger.add(seen.append, level="WARNING", format="{message}")
    base = {"id": "ev-1", "time": 1_700_000_000.0, "type": "message", "detail_type": "group"}
    base |= {"sub_type": "", "message_id": "m-x", "user_id": "ann", "alt_message": "x" * 300}
    base |= {"message": [{"type": "text", "data": {"text": "x" * 300}}]}
    await bridge.ws.send_str("not json at all access_token=s3cr3t-value")
    await bridge.emit({k: v for k, v in base.items() if k != "type"} | {"id": "ev-2"})
    await bridge.emit(base | {"id": "ev-3", "message_id": "m-nogroup"})  # no group_id
    await bridge.emit(base | {"id": "ev-4", "group_id": ROOM, "message": "签到"})
    await bridge.say(ROOM, "ann", "/poke 7")
    try:
        assert await until(h, lambda: len(bridge.sent) == 1)
    finally:
        logger.remove(sink)
    said = [line for line in seen if "malformed OneBot event ignored" in line]
    assert len(said) == 4, seen
    assert "(not a JSON object)" in said[0] and "s3cr3t" not in said[0]
    assert "(no type): message_id=m-x id=ev-2;" in said[1]
    assert "(message.group without group_id): message_id=m-nogroup id=ev-3;" in said[2]
    assert "message_id=m-x id=ev-4;" in said[3]
    assert all(len(line) < 300 for line in said), said


async def test_onebot_a_misshapen_field_is_said_by_its_name_not_by_a_python_error(
    harness_with, bridge
):
    """The reason read "AttributeError: 'str' object has no attribute 'get'" or "KeyError:
    'user_id'": the operator looking in the bridge's log needs the field."""
    h, _ = await running(harness_with, bridge, "forward", PIPELINE)
    seen: list[str] = []
    sink = logger.add(seen.append, level="WARNING", format="{message}")
    base = {"time": 1_700_000_000.0, "type": "message", "detail_type": "group", "sub_type": ""}
    base |= {"group_id": ROOM, "user_id": "ann", "alt_message": "签到"}
    for n, shape in enumerate(
        [
            {"message": "签到"},
            {"time": "yesterday", "message": [{"type": "text", "data": {"text": "签到"}}]},
            {"message": [{"type": "mention", "data": {}}]},
            {"message": [{"type": "text"}]},
        ]
    ):
        await bridge.emit(base | {"id": f"ev-{n}", "message_id": f"m-{n}"} | shape)
    await bridge.say(ROOM, "ann", "/poke 7")
    try:
        assert await until(h, lambda: len(bridge.sent) == 1)
    finally:
        logger.remove(sink)
    said = [line for line in seen if "malformed OneBot event ignored" in line]
    reasons = [line.split("ignored (", 1)[1].split("): ", 1)[0] for line in said]
    assert reasons == [
        "message is a str, not a list of segments",
        "time 'yesterday' is not a number",
        "message segment 0 (mention) without user_id",
        "message segment 0 has no type and data",
    ], said


@pytest.mark.parametrize(
    "account", [{"platform": "wechat", "user_id": "wxid_otherbot"}, {"platform": "qq"}]
)
async def test_onebot_events_for_another_account_are_left_alone(harness_with, bridge, account):
    h, _ = await running(harness_with, bridge, "forward", PIPELINE)
    seen: list[str] = []
    sink = logger.add(seen.append, level="INFO", format="{message}")
    account = {"user_id": bridge.self_id} | account
    event = bridge._event("message", "group", message_id="m-other", group_id=ROOM,
                          user_id="ann", alt_message="/poke 1",
                          message=[{"type": "text", "data": {"text": "/poke 1"}}])  # fmt: skip
    for n in range(2):
        await bridge.emit(event | {"self": account, "message_id": f"m-other{n}"})
    await bridge.say(ROOM, "ann", "/poke 7")
    try:
        assert await until(h, lambda: len(bridge.sent) == 1)
    finally:
        logger.remove(sink)
    assert bridge.texts(ROOM) == ["poked wechat:user:7"]  # not answered through our account
    told = [line for line in seen if "another account" in line]
    assert len(told) == 1, seen  # once, not for every event


async def test_the_log_names_what_the_bridge_can_do_as_the_capability_table_does(
    harness_with, bridge
):
    """It read `can [<Capability.GET_MEMBER: 'member.get'>, …]`, Python's notation."""
    said: list[str] = []
    sink = logger.add(said.append, format="{message}", level="INFO")
    try:
        await running(harness_with, bridge, "forward")
    finally:
        logger.remove(sink)
    (line,) = [line for line in said if "OneBot bridge connected" in line]
    assert line == (
        "wechat: OneBot bridge connected; can member.get, member.kick, message.reply, "
        "message.send, message.send_private\n"
    )


async def test_a_bridge_away_is_said_once_when_it_goes_and_once_when_it_is_back(
    harness_with, bridge
):
    """Each reconnection try wrote two lines ('unreachable: …', then 'reconnecting … in Ns'):
    sixteen for a two-minute outage, beside the outbox's own one line."""
    h, adapter = await running(harness_with, bridge, "forward")
    port = int(bridge.url.rsplit(":", 1)[1].strip("/"))
    said: list[str] = []
    sink = logger.add(said.append, format="{level} {message}", level="INFO")
    try:
        await bridge.stop_serving()
        assert await until(h, lambda: adapter.reconnects >= 4, timeout=15)
        await bridge.listen(port)
        assert await until(h, lambda: any("reachable again" in line for line in said), 15)
    finally:
        logger.remove(sink)
    where = f"ws://127.0.0.1:{port}/"
    closed, *bridge_lines = [line for line in said if "OneBot bridge at" in line]
    assert (
        closed == f"INFO wechat: the OneBot bridge at {where} closed the connection; reconnecting\n"
    )
    assert len(bridge_lines) == 2, said
    assert bridge_lines[0].startswith(
        f"WARNING wechat: the OneBot bridge at {where} is unreachable (ClientConnectorError: "
    )
    assert bridge_lines[0].rstrip().endswith("retrying until it is back")
    assert bridge_lines[1].startswith(
        f"INFO wechat: the OneBot bridge at {where} reachable again after "
    )
    assert not [line for line in said if "reconnecting to the OneBot bridge" in line], said
