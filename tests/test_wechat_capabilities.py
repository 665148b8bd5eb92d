"""Both WeChat adapters do what they declare and refuse the rest with `Unsupported`.

Every capability of the contract is tried against the real peer (Wechaty) or the spec-driven
fake (OneBot 12, both directions): a declared one must change what the bridge shows, an
undeclared one must raise `Unsupported` and change nothing.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pytest
from support.onebot_bridge import FakeOneBot
from support.wechat_fixtures import new_room, wechat_adapter

from groupops.adapters.wechat import OneBotAdapter
from groupops.core.actions import (
    Action,
    ApproveJoin,
    Ban,
    CreateInviteLink,
    DeclineJoin,
    DeleteMessages,
    Kick,
    Mute,
    Pin,
    Reply,
    SendImage,
    SendMessage,
    SendPrivate,
    Unban,
)
from groupops.core.adapter import Adapter
from groupops.core.capabilities import Capability
from groupops.core.errors import Unsupported
from groupops.core.events import MessageReceived
from groupops.core.refs import Ref
from groupops.core.segments import Image, Text

DECLARED = {
    "wechaty": {
        Capability.SEND,
        Capability.REPLY,
        Capability.SEND_PRIVATE,
        Capability.DELETE,
        Capability.KICK,
        Capability.GET_MEMBER,
        Capability.LIST_ADMINS,
    },
    "onebot12": {
        Capability.SEND,
        Capability.REPLY,
        Capability.SEND_PRIVATE,
        Capability.DELETE,
        Capability.KICK,
        Capability.GET_MEMBER,
    },
}


@dataclass
class Bridge:
    """An adapter connected to a bridge, and what the bridge shows."""

    adapter: Adapter
    room: Ref
    texts: Callable[[str], list[str]]
    members: Callable[[], set[str]]
    say: Callable[[str, str], Any]  # (member, text): a member speaks in the room
    recalled: Callable[[str], bool]  # message id -> recalled?
    events: list = field(default_factory=list)

    async def said(self, member: str, text: str) -> str:
        """The message id of what `member` just said, as the adapter reported it."""
        spoken = self.say(member, text)
        if asyncio.iscoroutine(spoken):
            await spoken
        for _ in range(200):
            for event in self.events:
                if isinstance(event, MessageReceived) and event.text == text:
                    return event.message_id
            await asyncio.sleep(0.02)
        raise AssertionError(f"{text!r} never arrived")


async def wechaty_bridge(peer) -> Bridge:
    room = new_room(peer, {"ann": "Ann", "bob": "Bob"})
    adapter = wechat_adapter(peer)
    bridge = Bridge(
        adapter,
        Ref.chat("wechat", room),
        lambda target: [m["text"] for m in peer("sent", conversation=target)],
        lambda: set(peer("members", room=room)),
        lambda member, text: peer("say", **{"from": member}, room=room, text=text),
        lambda message_id: any(
            m["id"] == message_id and m.get("recalled") for m in peer("sent", conversation=room)
        ),
    )

    async def sink(event):
        bridge.events.append(event)

    await adapter.start(sink)
    return bridge


async def onebot_bridge(fake: FakeOneBot, mode: str) -> Bridge:
    room = "3001@chatroom"
    fake.group(room, {"ann": "Ann", "bob": "Bob"})
    options: dict[str, Any] = {"mode": mode, "access_token": fake.access_token}
    if mode == "forward":
        options["url"] = await fake.listen()
    else:
        options["listen_port"] = 0
    adapter = OneBotAdapter(**options, messages_per_second=0, messages_per_minute=0)
    bridge = Bridge(
        adapter,
        Ref.chat("wechat", room),
        fake.texts,
        lambda: set(fake.groups[room]),
        lambda member, text: fake.say(room, member, text),
        lambda message_id: message_id in fake.recalled,
    )

    async def sink(event):
        bridge.events.append(event)

    await adapter.start(sink)
    if mode == "reverse":
        assert await fake.connect(adapter.link.where) == 101
    await asyncio.wait_for(adapter.connected.wait(), 10)
    return bridge


@pytest.fixture(params=["wechaty", "onebot12-forward", "onebot12-reverse"])
async def bridge(request):
    fake = None
    if request.param == "wechaty":
        made = await wechaty_bridge(request.getfixturevalue("wechaty_peer"))
    else:
        fake = FakeOneBot("conformance-token")
        made = await onebot_bridge(fake, request.param.split("-")[1])
    yield made
    await made.adapter.stop()
    if fake is not None:
        await fake.close()


def ann(b: Bridge) -> Ref:
    return Ref.user("wechat", "ann")


UNDECLARED: dict[Capability, Callable[[Bridge], Action]] = {
    Capability.MUTE: lambda b: Mute(chat=b.room, user=ann(b)),
    Capability.BAN: lambda b: Ban(chat=b.room, user=ann(b)),
    Capability.UNBAN: lambda b: Unban(chat=b.room, user=ann(b)),
    Capability.PIN: lambda b: Pin(chat=b.room, message_id="1"),
    Capability.SEND_IMAGE: lambda b: SendImage(chat=b.room, image=Image(url="https://x.invalid")),
    Capability.APPROVE_JOIN: lambda b: ApproveJoin(chat=b.room, user=ann(b)),
    Capability.DECLINE_JOIN: lambda b: DeclineJoin(chat=b.room, user=ann(b)),
    Capability.INVITE_LINK: lambda b: CreateInviteLink(chat=b.room, name="x"),
}


async def test_declared_capabilities_are_honest(bridge: Bridge):
    assert set(bridge.adapter.available) == DECLARED[bridge.adapter.name]
    assert not set(UNDECLARED) & set(bridge.adapter.available)


async def test_undeclared_capabilities_raise_unsupported(bridge: Bridge):
    for capability, build in UNDECLARED.items():
        with pytest.raises(Unsupported) as refused:
            await bridge.adapter.perform(build(bridge))
        assert capability in str(refused.value)
    assert bridge.texts(bridge.room.local_id) == []
    assert {"ann", "bob"} <= bridge.members()


async def test_declared_capabilities_change_what_the_bridge_shows(bridge: Bridge):
    a, room = bridge.adapter, bridge.room
    sent = await a.perform(SendMessage(chat=room, segments=(Text("hello room"),)))
    asked = await bridge.said("ann", "when is the meetup?")
    await a.perform(Reply(chat=room, reply_to=asked, segments=(Text("at eight"),)))
    await a.perform(SendPrivate(chat=ann(bridge), segments=(Text("hello ann"),)))
    shown = bridge.texts(room.local_id)
    assert shown[0] == "hello room" and shown[1].endswith("at eight")
    assert bridge.texts("ann")[-1] == "hello ann"

    assert not bridge.recalled(sent.message_ids[0])
    await a.perform(DeleteMessages(chat=room, message_ids=sent.message_ids))
    assert bridge.recalled(sent.message_ids[0])
    await a.perform(Kick(chat=room, user=Ref.user("wechat", "bob")))
    assert "bob" not in bridge.members()

    member = await a.get_member(room, ann(bridge))
    assert member.user == ann(bridge) and member.name == "Ann"
    assert await a.member_count(room) == 2  # the bot and Ann
    if Capability.LIST_ADMINS in a.available:
        assert [m.status for m in await a.list_admins(room)] == ["owner"]
