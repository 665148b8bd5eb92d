"""The adapter conformance suite run against both WeChat adapters: Wechaty on the real peer,
OneBot 12 on the spec-driven fake in both directions. Plus what WeChat has beyond the table:
recalling the bot's own messages, and member counts."""

from __future__ import annotations

import asyncio
import itertools
import uuid
from collections.abc import Callable

import pytest
from support.onebot_bridge import NETWORK_ERROR, Failed, FakeOneBot
from support.wechat_fixtures import BOT, new_room, wechat_adapter

from groupops.adapters.conformance import AdapterConformance, ConformanceTarget, Failure
from groupops.adapters.wechat import OneBotAdapter
from groupops.core.actions import DeleteMessages, SendMessage
from groupops.core.capabilities import Capability as C
from groupops.core.errors import Forbidden, TargetNotFound, Unsupported
from groupops.core.events import Event, MemberJoined, MemberLeft, MessageReceived
from groupops.core.refs import Ref
from groupops.core.segments import Text

_ids = itertools.count(1)
WECHATY_CANNOT = {
    Failure.RATE_LIMITED: "the puppet protocol carries no rate limit",
    # a back-end's refusal crosses the puppet service as an untyped gRPC error (UNKNOWN)
    Failure.FORBIDDEN: "the mock posts in every room it has",
    Failure.UNREACHABLE: "it serves every test of the session, so it stays up",
}


class WeChatTarget(ConformanceTarget):
    """What both bridges share: wait for the event a world change causes."""

    async def arrived(self, match: Callable[[Event], bool]) -> None:
        for _ in range(500):
            if any(match(e) for e in self.events):
                return
            await asyncio.sleep(0.01)
        raise AssertionError("the adapter never pushed the expected event")

    def new_id(self, name: str) -> str:
        return f"{name.lower()}-{next(_ids)}-{uuid.uuid4().hex[:4]}"

    async def said(self, user: Ref, text: str) -> None:
        await self.arrived(
            lambda e: isinstance(e, MessageReceived) and e.sender == user and e.text == text
        )

    async def joined(self, user: Ref) -> None:
        await self.arrived(lambda e: isinstance(e, MemberJoined) and e.member == user)

    async def left(self, user: Ref) -> None:
        await self.arrived(lambda e: isinstance(e, MemberLeft) and e.member == user)


class WechatyTarget(WeChatTarget):
    def __init__(self, peer) -> None:
        super().__init__()
        self.peer = peer
        self.room = new_room(peer, {})
        self.chat = Ref.chat("wechat", self.room)
        self.adapter = wechat_adapter(peer)

    async def start(self) -> None:
        await self.adapter.start(self)

    async def close(self) -> None:
        await self.adapter.stop()
        await self.adapter.release()

    async def join(self, name: str) -> Ref:
        user = self.new_id(name)
        self.peer("world", contacts=[{"id": user, "name": name}])
        self.peer("add", room=self.room, members=[user], by=BOT["id"])
        await self.joined(Ref.user("wechat", user))
        return Ref.user("wechat", user)

    member = join  # a WeChat member is someone added to the room

    async def say(self, user: Ref, text: str) -> None:
        self.peer("say", **{"from": user.local_id}, room=self.room, text=text)
        await self.said(user, text)

    async def join_request(self, name: str) -> Ref:
        return await self.private_user(name)  # WeChat has no join requests

    async def reply(self, user: Ref, message_id: str, text: str) -> None:
        raise NotImplementedError(
            "Wechaty: the puppet protocol's message payload carries no quoted message"
        )

    async def leave(self, user: Ref) -> None:
        """WeChat announces no one leaving on their own: the member-list sweep finds it."""
        self.peer("quit", room=self.room, member=user.local_id)
        assert await self.adapter.sweep_members() == 1
        await self.left(user)

    async def private_user(self, name: str) -> Ref:
        user = self.new_id(name)
        self.peer("world", contacts=[{"id": user, "name": name}])
        return Ref.user("wechat", user)

    async def refuse_next(self, failure: Failure) -> Ref:
        if failure is Failure.CHAT_NOT_FOUND:  # not in the peer's room list
            return Ref.chat("wechat", f"{self.new_id('gone')}@chatroom")
        raise NotImplementedError(f"the Wechaty peer: {WECHATY_CANNOT[failure]}")

    def observe(self, capability, action, result) -> bool:
        sent = self.peer("sent", conversation=action.chat.local_id)
        checks = {
            C.SEND: lambda: sent[-1]["text"] == "conformance check",
            C.REPLY: lambda: (
                sent[-1]["text"].endswith("conformance check")
                and sent[-1]["mentions"] == [self.talker(action.reply_to)]
            ),
            C.SEND_PRIVATE: lambda: [m["text"] for m in sent] == ["conformance check"],
            C.KICK: lambda: action.user.local_id not in self.peer("members", room=self.room),
        }
        return bool(checks[capability]())

    def talker(self, message_id: str) -> str:
        return next(
            e.sender.local_id
            for e in self.events
            if isinstance(e, MessageReceived) and e.message_id == message_id
        )


class OneBotTarget(WeChatTarget):
    def __init__(self, mode: str) -> None:
        super().__init__()
        self.mode = mode
        self.fake = FakeOneBot("conformance-token")
        self.room = "4001@chatroom"
        self.fake.group(self.room, {})
        self.chat = Ref.chat("wechat", self.room)

    async def start(self) -> None:
        options = {"mode": self.mode, "access_token": self.fake.access_token}
        if self.mode == "forward":
            options["url"] = await self.fake.listen()
        else:
            options["listen_port"] = 0
        self.adapter = OneBotAdapter(**options, messages_per_second=0, messages_per_minute=0)
        await self.adapter.start(self)
        if self.mode == "reverse":
            assert await self.fake.connect(self.adapter.link.where) == 101
        await asyncio.wait_for(self.adapter.connected.wait(), 10)

    async def close(self) -> None:
        await self.adapter.stop()
        await self.adapter.release()
        await self.fake.close()

    async def member(self, name: str) -> Ref:
        user = self.new_id(name)
        self.fake.groups[self.room][user] = name
        return Ref.user("wechat", user)

    async def join(self, name: str) -> Ref:
        user = self.new_id(name)
        await self.fake.join(self.room, user, name, operator=BOT["id"])
        await self.joined(Ref.user("wechat", user))
        return Ref.user("wechat", user)

    async def say(self, user: Ref, text: str) -> None:
        await self.fake.say(self.room, user.local_id, text)
        await self.said(user, text)

    async def join_request(self, name: str) -> Ref:
        return await self.private_user(name)

    async def reply(self, user: Ref, message_id: str, text: str) -> None:
        await self.fake.say(self.room, user.local_id, text, reply_to=message_id)
        await self.said(user, text)

    async def leave(self, user: Ref) -> None:
        await self.fake.leave(self.room, user.local_id)
        await self.left(user)

    async def private_user(self, name: str) -> Ref:
        return Ref.user("wechat", self.new_id(name))

    async def refuse_next(self, failure: Failure) -> Ref:
        """The spec's retcodes: 35xxx (logic: no such group), 34xxx (the platform refused:
        the account was removed from the group), 33xxx (the bridge could not reach WeChat)."""
        if failure is Failure.RATE_LIMITED:
            raise NotImplementedError("OneBot 12 has no rate limit: no retcode carries a wait")
        if failure is Failure.CHAT_NOT_FOUND:
            return Ref.chat("wechat", "4999@chatroom")  # no such group on the bridge
        if failure is Failure.FORBIDDEN:
            self.fake.group("4002@chatroom", {})
            self.fake.quit_quietly("4002@chatroom", self.fake.self_id)
            return Ref.chat("wechat", "4002@chatroom")
        unreachable = Failed(NETWORK_ERROR, "WeChat's servers did not answer")
        self.fake.refuse["send_message"] = [unreachable]
        return self.chat

    async def last_text(self) -> str:
        """As a WeChat client shows it: a mention segment carries the user id, and the
        client writes the member's name in the group in its place."""
        [*_, last] = [m for m in self.fake.sent if m.get("group_id") == self.room]
        names = self.fake.groups[self.room]
        return "".join(
            s["data"].get("text", "")
            if s["type"] == "text"
            else f"@{names.get(s['data']['user_id'], s['data']['user_id'])} "
            for s in last["message"]
            if s["type"] in ("text", "mention")
        )

    def observe(self, capability, action, result) -> bool:
        last = self.fake.sent[-1] if self.fake.sent else {}
        checks = {
            C.SEND: lambda: self.fake.texts(self.room)[-1] == "conformance check",
            C.REPLY: lambda: (
                last["message"][0] == {"type": "reply", "data": {"message_id": action.reply_to}}
            ),
            C.SEND_PRIVATE: lambda: self.fake.texts(action.chat.local_id) == ["conformance check"],
            C.KICK: lambda: action.user.local_id not in self.fake.groups[self.room],
        }
        return bool(checks[capability]())


@pytest.fixture(params=["wechaty", "onebot12-forward", "onebot12-reverse"])
async def wechat_target(request):
    if request.param == "wechaty":
        target: WeChatTarget = WechatyTarget(request.getfixturevalue("wechaty_peer"))
    else:
        target = OneBotTarget(request.param.split("-")[1])
    await target.start()
    yield target
    await target.close()


class TestWeChatAdapters(AdapterConformance):
    @pytest.fixture
    async def conformance_target(self, wechat_target):
        return wechat_target


DECLARED = {
    "wechaty": {C.SEND, C.REPLY, C.SEND_PRIVATE, C.KICK, C.GET_MEMBER, C.LIST_ADMINS},
    "onebot12": {C.SEND, C.REPLY, C.SEND_PRIVATE, C.KICK, C.GET_MEMBER},
}


async def test_the_declared_table_is_what_wechat_can_do(wechat_target):
    assert wechat_target.adapter.available == DECLARED[wechat_target.adapter.name]


async def test_the_bot_recalls_its_own_messages_but_deletes_no_one_elses(wechat_target):
    t, adapter = wechat_target, wechat_target.adapter
    sent = await adapter.perform(SendMessage(chat=t.chat, segments=(Text("oops"),)))
    own = sent.message_ids[0]
    await adapter.recall(own)
    if isinstance(t, WechatyTarget):
        assert [m["recalled"] for m in t.peer("sent", conversation=t.room)] == [True]
    else:
        assert t.fake.recalled == [own]
    with pytest.raises((Forbidden, TargetNotFound)):
        await adapter.recall(own)  # gone already (WeChat: only the bot's own, only once)
    with pytest.raises(Unsupported):
        await adapter.perform(DeleteMessages(chat=t.chat, message_ids=(own,)))


async def test_member_count_is_the_room_list(wechat_target):
    await wechat_target.member("Mo")
    assert await wechat_target.adapter.member_count(wechat_target.chat) == 2  # the bot and Mo
