"""The adapter conformance suite (adapters/conformance) run against the local adapter and both
Telegram drivers, the way a third-party adapter would run it."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime

import pytest
from support.fake_telegram import FakeBotAPI, payments
from support.fake_telegram.methods import ApiError
from support.harness import START
from support.telegram_harness import CHAT_ID, OWNER_ID, make_adapter

from groupops.adapters.conformance import (
    FOREVER,
    AdapterConformance,
    ConformanceTarget,
    Failure,
)
from groupops.adapters.local import LocalAdapter, LocalWorld
from groupops.core.capabilities import Capability as C
from groupops.core.clock import ManualClock
from groupops.core.events import Event
from groupops.core.refs import Ref

_ids = itertools.count(100)
GONE_CHAT_ID = -1009999999999  # a supergroup id the fake Bot API has never heard of
KICKED_CHAT_ID = -1001111111111  # a supergroup the bot was kicked from
LOCAL_CANNOT = {
    Failure.RATE_LIMITED: "in process, it limits no one",
    Failure.FORBIDDEN: "the bot posts in every chat it has",
    Failure.UNREACHABLE: "in process, there is no connection to fail",
}


class LocalTarget(ConformanceTarget):
    def __init__(self, capabilities=None) -> None:
        super().__init__()
        self.world = LocalWorld("local", ManualClock(START))
        self.chat = self.world.chat("main").ref
        self.world.add_member(self.chat, self.world.user("owner", "Owner"), "owner")
        self.capabilities = capabilities
        self.adapter = LocalAdapter(self.world, capabilities=capabilities)

    def now(self) -> datetime:
        return self.world.clock.now()

    async def restart(self) -> None:
        """The local platform lives in the process: a restart is a new world holding the old
        one's chats and members, and a new adapter on it."""
        await self.adapter.stop()
        old, self.world = self.world, LocalWorld(self.world.platform, self.world.clock)
        self.world.chats, self.world.names = old.chats, old.names
        self.world.started_bot, self.world.inbox = old.started_bot, old.inbox
        self.adapter = LocalAdapter(self.world, capabilities=self.capabilities)
        await self.adapter.start(self)

    async def start(self) -> None:
        await self.adapter.start(self)

    async def close(self) -> None:
        await self.adapter.stop()

    async def member(self, name: str) -> Ref:
        user = self.world.user(next(_ids), name)
        self.world.add_member(self.chat, user)
        return user

    async def say(self, user: Ref, text: str) -> None:
        await self.world.say(self.chat, user, text)

    async def reply(self, user: Ref, message_id: str, text: str) -> None:
        await self.world.say(self.chat, user, text, reply_to=message_id)

    async def join(self, name: str) -> Ref:
        user = self.world.user(next(_ids), name)
        await self.world.join(self.chat, user)
        return user

    async def join_request(self, name: str) -> Ref:
        user = self.world.user(next(_ids), name)
        await self.world.request_join(self.chat, user)
        return user

    async def leave(self, user: Ref) -> None:
        await self.world.leave(self.chat, user)

    async def edit(self, user: Ref, message_id: str, text: str) -> None:
        await self.world.edit(self.chat, message_id, text)

    async def react(self, user: Ref, message_id: str, emoji: str) -> None:
        await self.world.react(self.chat, user, message_id, emoji)

    async def private_user(self, name: str) -> Ref:
        return self.world.user(next(_ids), name, started_bot=True)

    async def last_text(self) -> str:
        return self.world.texts(self.chat)[-1]

    async def refuse_next(self, failure: Failure) -> Ref:
        if failure is Failure.CHAT_NOT_FOUND:
            return Ref.chat(self.world.platform, "gone")  # never made in the world
        raise NotImplementedError(f"the local world: {LOCAL_CANNOT[failure]}")

    async def mute_ends(self, user: Ref) -> datetime | None:
        member = self.world.chats[self.chat].members[user]
        return (member.muted_until or FOREVER) if member.muted else None

    async def ban_ends(self, user: Ref) -> datetime | None:
        member = self.world.chats[self.chat].members.get(user)
        if member is None or member.status != "banned":
            return None
        return member.banned_until or FOREVER

    def observe(self, capability, action, result) -> bool:
        chat = self.world.chats[self.chat]
        member = chat.members.get(getattr(action, "user", ""))
        checks = {
            C.SEND: lambda: "conformance check" in self.world.texts(self.chat),
            C.REPLY: lambda: self.world.bot_messages(self.chat)[-1].reply_to == action.reply_to,
            C.SEND_PRIVATE: lambda: self.world.private_texts(action.chat) == ["conformance check"],
            C.DELETE: lambda: chat.messages[action.message_ids[0]].deleted,
            # the sample pinned it, then unpinned it (which fails on a message not pinned)
            C.PIN: lambda: (
                ("pin", self.chat, action.message_id) in self.world.log
                and action.message_id not in chat.pinned
            ),
            C.SEND_IMAGE: lambda: self.world.bot_messages(self.chat)[-1].image is not None,
            C.MUTE: lambda: member.muted,
            C.KICK: lambda: ("kick", self.chat, action.user) in self.world.log,
            C.BAN: lambda: member.status == "banned",
            C.UNBAN: lambda: member.status != "banned",
            C.APPROVE_JOIN: lambda: chat.join_requests[action.user] == "approved",
            C.DECLINE_JOIN: lambda: chat.join_requests[action.user] == "declined",
            C.INVITE_LINK: lambda: chat.invite_links.get(result.invite_link) == "conformance",
        }
        return bool(checks[capability]())


class TelegramTarget(ConformanceTarget):
    def __init__(self, driver: str) -> None:
        super().__init__()
        self.driver = driver
        self.clock = ManualClock(START)
        self.fake = FakeBotAPI(self.clock)
        self.world = self.fake.world
        self.chat = Ref(f"telegram:{CHAT_ID}")

    def now(self) -> datetime:
        return self.clock.now()

    async def start(self) -> None:
        await self.fake.start()
        self.world.group(CHAT_ID, "Conformance", is_forum=True)  # topics can be made
        self.world.user(OWNER_ID, "Olga")
        self.world.add_member(CHAT_ID, OWNER_ID, "creator")
        self.adapter = make_adapter(self.driver, self.fake, self.clock)
        await self.adapter.start(self)
        await self.world.polled.wait()

    async def close(self) -> None:
        await self.adapter.stop()
        await self.adapter.release()
        await self.fake.close()

    async def restart(self) -> None:
        await self.adapter.stop()
        await self.adapter.release()
        self.adapter = make_adapter(self.driver, self.fake, self.clock)
        await self.adapter.start(self)

    def _user(self, name: str) -> int:
        user_id = next(_ids)
        self.world.user(user_id, name)
        return user_id

    async def member(self, name: str) -> Ref:
        user_id = self._user(name)
        self.world.add_member(CHAT_ID, user_id)
        return Ref(f"telegram:user:{user_id}")

    async def admin(self, name: str) -> Ref:
        user_id = self._user(name)
        self.world.add_member(CHAT_ID, user_id, "administrator")
        self.world.chats[CHAT_ID].members[user_id]["can_be_edited"] = True  # the bot promoted
        return Ref(f"telegram:user:{user_id}")

    async def say(self, user: Ref, text: str) -> None:
        self.world.say(CHAT_ID, int(user.local_id), text)
        await self.world.wait_acknowledged()

    async def reply(self, user: Ref, message_id: str, text: str) -> None:
        answered = dict(self.world.chats[CHAT_ID].messages[int(message_id)])
        answered.pop("reply_to_message", None)  # the Bot API nests one level only
        self.world.say(CHAT_ID, int(user.local_id), text, reply_to_message=answered)
        await self.world.wait_acknowledged()

    async def join(self, name: str) -> Ref:
        user_id = self._user(name)
        self.world.join(CHAT_ID, user_id)
        await self.world.wait_acknowledged()
        return Ref(f"telegram:user:{user_id}")

    async def join_request(self, name: str) -> Ref:
        user_id = self._user(name)
        self.world.request_join(CHAT_ID, user_id)
        await self.world.wait_acknowledged()
        return Ref(f"telegram:user:{user_id}")

    async def leave(self, user: Ref) -> None:
        self.world.leave(CHAT_ID, int(user.local_id))
        await self.world.wait_acknowledged()

    async def edit(self, user: Ref, message_id: str, text: str) -> None:
        message = self.world.chats[CHAT_ID].messages[int(message_id)]
        message.update(text=text, edit_date=self.world.now())
        self.world.push("edited_message", dict(message))
        await self.world.wait_acknowledged()

    async def react(self, user: Ref, message_id: str, emoji: str) -> None:
        reaction = {
            "chat": self.world.chats[CHAT_ID].as_json(),
            "message_id": int(message_id),
            "user": self.world.users[int(user.local_id)],
            "date": self.world.now(),
            "old_reaction": [],
            "new_reaction": [{"type": "emoji", "emoji": emoji}],
        }
        self.world.push("message_reaction", reaction)
        await self.world.wait_acknowledged()

    async def acknowledged(self, event: Event) -> bool | None:
        """The bot confirmed the update (asked for the offset past it)."""
        update_id = int(event.key.split(":")[2].split(".")[0])  # telegram:{bot}:{update}:…
        return self.world.confirmed > update_id

    async def private_user(self, name: str) -> Ref:
        user_id = self._user(name)
        self.world.private(user_id)
        return Ref(f"telegram:user:{user_id}")

    async def last_text(self) -> str:
        return self.world.texts(CHAT_ID)[-1]

    async def refuse_next(self, failure: Failure) -> Ref:
        """A 429 answered once, a group unknown to the Bot API, a group the bot was kicked
        from, a connection closed without an answer: what Telegram and the network do."""
        if failure is Failure.RATE_LIMITED:
            too_many = ApiError(429, "Too Many Requests: retry after 1", retry_after=1)
            self.fake.refuse["sendMessage"] = [too_many]
        elif failure is Failure.CHAT_NOT_FOUND:
            return Ref(f"telegram:{GONE_CHAT_ID}")
        elif failure is Failure.FORBIDDEN:
            self.world.group(KICKED_CHAT_ID, "Kicked out")
            self.world.bot_rights(KICKED_CHAT_ID, status="kicked")
            return Ref(f"telegram:{KICKED_CHAT_ID}")
        else:
            self.fake.hang_up["sendMessage"] = 1
        return self.chat

    async def checkout(self, name: str) -> tuple[Ref, str]:
        user = await self.private_user(name)
        user_id = int(user.local_id)
        invoice = {
            "chat_id": user_id,
            "title": "Test",
            "description": "A test",
            "payload": "conformance",
            "currency": "XTR",
            "prices": [{"label": "x", "amount": 1}],
        }
        message = payments.send_invoice(self.world, invoice)
        query = payments.pay(self.world, user_id, user_id, message["message_id"])
        await self.world.wait_acknowledged()
        return user, query

    async def payment(self, name: str) -> tuple[Ref, str]:
        user, query = await self.checkout(name)
        payments.answer_checkout(self.world, {"pre_checkout_query_id": query, "ok": True})
        await self.world.wait_acknowledged()
        return user, list(payments.ledger(self.world).charges)[-1]

    async def mute_ends(self, user: Ref) -> datetime | None:
        member = self.world.chats[CHAT_ID].members[int(user.local_id)]
        if member["status"] != "restricted" or member["can_send_messages"]:
            return None
        until = member["until_date"]  # Telegram's 0: for good
        return datetime.fromtimestamp(until, UTC) if until else FOREVER

    async def ban_ends(self, user: Ref) -> datetime | None:
        member = self.world.chats[CHAT_ID].members.get(int(user.local_id))
        if member is None or member["status"] != "kicked":
            return None
        until = member["until_date"]  # as banChatMember recorded it; Telegram's 0: for good
        return datetime.fromtimestamp(until, UTC) if until else FOREVER

    def observe(self, capability, action, result) -> bool:
        chat = self.world.chats[CHAT_ID]
        book = payments.ledger(self.world)
        user = int(action.user.local_id) if hasattr(action, "user") else 0
        member = chat.members.get(user, {})
        last = (self.world.bot_messages(CHAT_ID) or [{}])[-1]
        checks = {
            C.SEND: lambda: "conformance check" in self.world.texts(CHAT_ID),
            C.REPLY: lambda: last["reply_to_message"]["message_id"] == int(action.reply_to),
            C.SEND_PRIVATE: lambda: (
                self.world.texts(int(action.chat.local_id)) == ["conformance check"]
            ),
            C.DELETE: lambda: chat.messages[int(action.message_ids[0])].get("deleted"),
            # pinned loud by the sample (members notified), then unpinned
            C.PIN: lambda: (
                int(action.message_id) in chat.notified_pins
                and int(action.message_id) not in chat.pinned
            ),
            C.SEND_IMAGE: lambda: "photo" in last and last["caption"] == "conformance check",
            C.SEND_FILE: lambda: (
                self.world.files[last["document"]["file_id"]] == action.data
                and last["document"]["file_name"] == action.filename
            ),
            C.ADMIN_TITLE: lambda: member["custom_title"] == "conformance",
            C.TOPIC: lambda: [t["name"] for t in chat.topics.values()] == ["conformance"],
            C.MUTE: lambda: member["status"] == "restricted" and not member["can_send_messages"],
            C.KICK: lambda: member["status"] == "left",
            C.BAN: lambda: member["status"] == "kicked",
            C.UNBAN: lambda: member["status"] == "left",
            C.APPROVE_JOIN: lambda: chat.present(user),
            C.DECLINE_JOIN: lambda: user not in chat.join_requests and not chat.present(user),
            C.INVITE_LINK: lambda: chat.invite_links[result.invite_link]["name"] == "conformance",
            C.INVOICE: lambda: (
                self.world.bot_messages(int(action.chat.local_id))[-1]["invoice"]["total_amount"]
                == action.amount
            ),
            C.CHECKOUT: lambda: (book.checkouts[action.query].answer or {}).get("ok") is True,
            C.REFUND: lambda: action.charge in book.refunded,
        }
        return bool(checks[capability]())


class TestLocalAdapter(AdapterConformance):
    @pytest.fixture
    async def conformance_target(self):
        target = LocalTarget()
        await target.start()
        yield target
        await target.close()


class TestNarrowedLocalAdapter(AdapterConformance):
    """A WeChat-like table: what is not declared must raise Unsupported."""

    @pytest.fixture
    async def conformance_target(self):
        target = LocalTarget(capabilities={C.SEND, C.REPLY, C.KICK, C.SEND_IMAGE})
        await target.start()
        yield target
        await target.close()


class TestTelegramDrivers(AdapterConformance):
    @pytest.fixture(params=["aiogram", "ptb"])
    async def conformance_target(self, request):
        target = TelegramTarget(request.param)
        await target.start()
        yield target
        await target.close()

    async def test_updates_take_the_submit_now_path(self, conformance_target):
        """A poll batch is queued without a task per event and acknowledged once its
        futures resolved: the sink's `submit_nowait`, seen through the contract."""
        target = conformance_target
        await target.say(await target.member("Pia"), "queued now, committed later")
        assert target.entries and set(target.entries) == {"submit_nowait"}
