"""The adapter conformance suite against a real Synapse, plus what Matrix has beyond the
table: replies and mentions on the wire, reactions, images, redaction, power levels, knocks,
direct rooms, M_LIMIT_EXCEEDED and encrypted rooms."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from urllib.parse import quote

import pytest
from support.matrix_fixtures import adapter_for, make_room, seen, until
from support.synapse import MatrixError, MatrixUser, Synapse

from groupops.adapters.conformance import (
    FOREVER,
    AdapterConformance,
    ConformanceTarget,
    Failure,
)
from groupops.adapters.matrix import MatrixAdapter
from groupops.adapters.matrix.bans import BANS, ends_of
from groupops.adapters.matrix.powers import MUTED_UNTIL, send_level
from groupops.core.actions import (
    Action,
    ActionResult,
    DeleteMessages,
    Mute,
    Reply,
    SendMessage,
    SendPrivate,
)
from groupops.core.capabilities import Capability as C
from groupops.core.errors import Forbidden, RateLimited
from groupops.core.events import (
    Event,
    JoinRequested,
    MemberJoined,
    MemberLeft,
    MessageReceived,
    ReactionChanged,
)
from groupops.core.refs import Ref
from groupops.core.segments import Mention, Text
from groupops.core.storage.database import open_database
from groupops.core.storage.models import InboundCursor

pytestmark = pytest.mark.timeout(240)  # Synapse starting on a busy machine included


class MatrixTarget(ConformanceTarget):
    def __init__(self, synapse: Synapse, db_url: str, **options) -> None:
        super().__init__()
        self.synapse, self.db_url = synapse, db_url
        self.owner = synapse.register("Olga")
        self.bot = synapse.register("Bot")
        self.room = make_room(synapse, self.owner, self.bot)
        self.chat = Ref.chat("matrix", self.room)
        self.adapter: MatrixAdapter = adapter_for(synapse, self.bot, **options)
        self.users: dict[Ref, MatrixUser] = {}

    async def start(self) -> None:
        self.database = await open_database(self.db_url)
        await self.adapter.start(self)
        joined = await until(lambda: self.owner.membership(self.room, self.bot.user_id) == "join")
        assert joined, "the bot did not join the room it was invited to"
        await self.arrived(
            lambda e: isinstance(e, MemberJoined) and e.member.endswith(self.bot.user_id)
        )

    async def close(self) -> None:
        await self.adapter.release()
        await self.database.close()

    async def arrived(self, match) -> Event:
        found = await until(lambda: seen(self.events, match))
        assert found is not None, "the adapter never pushed the expected event"
        return found

    def _user(self, name: str) -> tuple[MatrixUser, Ref]:
        user = self.synapse.register(name)
        ref = Ref.user("matrix", user.user_id)
        self.users[ref] = user
        return user, ref

    async def member(self, name: str) -> Ref:
        return await self.join(name)

    async def join(self, name: str) -> Ref:
        user, ref = self._user(name)
        self.owner.member_call(self.room, "invite", user.user_id)
        user.join(self.room)
        await self.arrived(lambda e: isinstance(e, MemberJoined) and e.member == ref)
        return ref

    async def say(self, user: Ref, text: str) -> None:
        event_id = self.users[user].send(self.room, text)
        await self.arrived(lambda e: isinstance(e, MessageReceived) and e.message_id == event_id)

    async def reply(self, user: Ref, message_id: str, text: str) -> None:
        relates = {"m.in_reply_to": {"event_id": message_id}}
        event_id = self.users[user].send(self.room, text, **{"m.relates_to": relates})
        await self.arrived(lambda e: isinstance(e, MessageReceived) and e.message_id == event_id)

    async def leave(self, user: Ref) -> None:
        self.users[user].leave(self.room)
        await self.arrived(lambda e: isinstance(e, MemberLeft) and e.member == user)

    async def edit(self, user: Ref, message_id: str, text: str) -> None:
        """Sent as an m.replace, as clients send an edit."""
        new = {"msgtype": "m.text", "body": text}
        relates = {"rel_type": "m.replace", "event_id": message_id}
        self.users[user].send(
            self.room, f"* {text}", **{"m.new_content": new, "m.relates_to": relates}
        )

    async def react(self, user: Ref, message_id: str, emoji: str) -> None:
        reaction = self.users[user].react(self.room, message_id, emoji)
        await self.arrived(
            lambda e: isinstance(e, ReactionChanged) and e.raw.get("event_id") == reaction
        )

    async def acknowledged(self, event: Event) -> bool | None:
        """The sync token saved in the database is past the event: a sync from it (after a
        restart) would not bring it again."""
        assert self.adapter.intake is not None
        row = await InboundCursor.get_or_none(key=self.adapter.intake.cursor_key)
        if row is None:
            return False
        after = self.owner.get(
            f"/_matrix/client/v3/rooms/{quote(self.room)}/messages",
            **{"from": row.value, "dir": "f", "limit": "100"},
        )
        return all(e.get("event_id") != event.message_id for e in after.get("chunk", []))

    async def join_request(self, name: str) -> Ref:
        user, ref = self._user(name)
        user.knock(self.room)
        await self.arrived(lambda e: isinstance(e, JoinRequested) and e.member == ref)
        return ref

    async def private_user(self, name: str) -> Ref:
        return self._user(name)[1]

    async def refuse_next(self, failure: Failure) -> Ref:
        """What the homeserver says: M_LIMIT_EXCEEDED once the bot's message limit is spent
        (tightened with the admin API), M_FORBIDDEN in a room the bot was kicked from. A room
        id it has no room for gets the same M_FORBIDDEN ("not in room": a server tells no one
        which rooms exist), so there is no "not found" to map (see the test below); and it
        cannot be made unreachable for one send: it serves the session."""
        if failure is Failure.RATE_LIMITED:
            self.synapse.limit(self.bot, per_second=1, burst=1)
            for n in range(20):  # until the server refuses: the bot's next message waits
                try:
                    self.bot.send(self.room, f"spending the limit {n}")
                except MatrixError as exc:
                    assert exc.status == 429, exc
                    return self.chat
            raise AssertionError("the homeserver never limited the bot")
        if failure is Failure.CHAT_NOT_FOUND:
            raise NotImplementedError(
                "a homeserver answers a room that does not exist as one the bot is not in "
                "(M_FORBIDDEN): the forbidden case covers it"
            )
        if failure is Failure.FORBIDDEN:
            room = make_room(self.synapse, self.owner, self.bot)
            joined = await until(lambda: self.owner.membership(room, self.bot.user_id) == "join")
            assert joined, "the bot did not join the second room"
            self.owner.member_call(room, "kick", self.bot.user_id)
            return Ref.chat("matrix", room)
        raise NotImplementedError("the homeserver serves every Matrix test: it stays up")

    def _membership(self, user: Ref) -> str:
        return self.owner.membership(self.room, user.local_id)

    def observe(self, capability: C, action: Action, result: ActionResult) -> bool:
        room = self.room
        if capability is C.SEND_PRIVATE:
            room = self.adapter.rooms.dm_of[action.chat.local_id]
            user = self.users[action.chat]
            assert room in user.invites(), "the member was not invited to a direct room"
        event = self.synapse.event(room, result.message_ids[0]) if result.message_ids else None
        content = (event or {}).get("content") or {}
        user_id = getattr(action, "user", Ref("matrix:x")).local_id
        checks = {
            C.SEND: lambda: content.get("body") == "conformance check",
            C.SEND_PRIVATE: lambda: content.get("body") == "conformance check",
            C.REPLY: lambda: (
                content["m.relates_to"]["m.in_reply_to"]["event_id"] == action.reply_to
            ),  # type: ignore[attr-defined]
            C.SEND_IMAGE: lambda: (
                content.get("msgtype") == "m.image" and content["url"].startswith("mxc://")
            ),
            C.DELETE: lambda: self._redacted(action.message_ids[0]),  # type: ignore[attr-defined]
            C.PIN: lambda: (
                (self.owner.state(room, "m.room.pinned_events") or {}).get("pinned") == []
            ),
            C.MUTE: lambda: self._level(user_id) < 0,
            C.KICK: lambda: self._membership(action.user) == "leave",  # type: ignore[attr-defined]
            C.BAN: lambda: self._membership(action.user) == "ban",  # type: ignore[attr-defined]
            C.UNBAN: lambda: self._membership(action.user) == "leave",  # type: ignore[attr-defined]
            C.APPROVE_JOIN: lambda: self._membership(action.user) == "invite",  # type: ignore[attr-defined]
            C.DECLINE_JOIN: lambda: self._membership(action.user) == "leave",  # type: ignore[attr-defined]
        }
        return bool(checks[capability]())

    async def mute_ends(self, user: Ref) -> datetime | None:
        """Matrix has no timed restrictions: the adapter keeps a mute's end in the room's
        power levels and lifts it itself."""
        levels = self.owner.state(self.room, "m.room.power_levels") or {}
        if self._level(user.local_id) >= send_level(levels):
            return None
        ends = (levels.get(MUTED_UNTIL) or {}).get(user.local_id)
        return datetime.fromtimestamp(ends / 1000, UTC) if ends is not None else FOREVER

    async def ban_ends(self, user: Ref) -> datetime | None:
        """A Matrix ban has no end: the adapter keeps a timed ban's end in the room's
        `org.groupops.bans` state event and lifts the ban itself."""
        if self._membership(user) != "ban":
            return None
        ends = ends_of(self.owner.state(self.room, BANS) or {}).get(user.local_id)
        return datetime.fromtimestamp(ends / 1000, UTC) if ends is not None else FOREVER

    def _redacted(self, event_id: str) -> bool:
        event = self.synapse.event(self.room, event_id)
        return event is not None and not event.get("content")

    def _level(self, user_id: str) -> int:
        levels = self.owner.state(self.room, "m.room.power_levels") or {}
        return int((levels.get("users") or {}).get(user_id, levels.get("users_default", 0)))


@pytest.fixture
async def matrix_target(synapse, sqlite_url):
    target = MatrixTarget(synapse, sqlite_url)
    await target.start()
    yield target
    await target.close()


class TestMatrixAdapter(AdapterConformance):
    @pytest.fixture
    async def conformance_target(self, matrix_target):
        yield matrix_target


def test_matrix_declares_the_table_it_has():
    assert MatrixAdapter.capabilities == {
        C.SEND, C.REPLY, C.SEND_PRIVATE, C.DELETE, C.PIN, C.SEND_IMAGE, C.MUTE, C.KICK, C.BAN,
        C.UNBAN, C.GET_MEMBER, C.LIST_ADMINS, C.APPROVE_JOIN, C.DECLINE_JOIN,
    }  # fmt: skip


async def test_mentions_and_replies_cross_the_wire_both_ways(matrix_target):
    t = matrix_target
    ann = await t.member("Ann")
    asked = t.users[ann].send(
        t.room,
        "Bo: hi",
        format="org.matrix.custom.html",
        formatted_body=f'<a href="https://matrix.to/#/{t.bot.user_id}">Bot</a>: hi',
        **{"m.mentions": {"user_ids": [t.bot.user_id]}},
    )
    event = await t.arrived(lambda e: isinstance(e, MessageReceived) and e.message_id == asked)
    assert event.segments == (Mention(Ref.user("matrix", t.bot.user_id), "Bot"), Text(": hi"))
    answer = Reply(chat=t.chat, reply_to=asked, segments=(Mention(ann, "Ann"), Text(", noted")))
    sent = await t.adapter.perform(answer)
    content = t.synapse.event(t.room, sent.message_ids[0])["content"]
    assert content["body"] == "Ann, noted"
    assert content["m.mentions"] == {"user_ids": [ann.local_id]}
    assert f'href="https://matrix.to/#/{ann.local_id}"' in content["formatted_body"]
    assert content["m.relates_to"] == {"m.in_reply_to": {"event_id": asked}}


async def test_reactions_arrive(matrix_target):
    t = matrix_target
    ann = await t.member("Ann")
    message = t.users[ann].send(t.room, "vote")
    t.users[ann].react(t.room, message, "👍")
    event = await t.arrived(lambda e: isinstance(e, ReactionChanged))
    assert event.member == ann and event.message_id == message and event.added == ("👍",)


async def test_a_muted_member_cannot_post(matrix_target):
    t = matrix_target
    max_ = await t.member("Max")
    await t.adapter.perform(Mute(chat=t.chat, user=max_))
    with pytest.raises(Exception, match="403"):
        t.users[max_].send(t.room, "let me speak")
    info = await t.adapter.get_member(t.chat, max_)
    assert info.status == "restricted"


async def test_the_room_creator_and_the_bot_are_the_admins(matrix_target):
    t = matrix_target
    admins = {a.user.local_id: a.status for a in await t.adapter.list_admins(t.chat)}
    assert admins == {t.owner.user_id: "owner", t.bot.user_id: "owner"}


async def test_m_limit_exceeded_becomes_rate_limited_with_the_servers_wait(synapse, sqlite_url):
    target = MatrixTarget(synapse, sqlite_url)
    await target.start()
    try:
        synapse.limit(target.bot, per_second=1, burst=1)
        with pytest.raises(RateLimited) as raised:
            for n in range(20):
                await target.adapter.perform(
                    SendMessage(chat=target.chat, segments=(Text(f"{n}"),))
                )
        assert 0 < raised.value.retry_after <= 5
    finally:
        await target.close()


async def test_a_room_that_does_not_exist_is_refused_for_good(matrix_target):
    """Synapse answers M_FORBIDDEN ("not in room"), as for a room the bot was kicked from:
    the action fails for good instead of being retried."""
    t = matrix_target
    server = t.bot.user_id.split(":", 1)[1]
    nowhere = Ref.chat("matrix", f"!noSuchRoomHere:{server}")
    with pytest.raises(Forbidden, match="not in room") as raised:
        await t.adapter.perform(SendMessage(chat=nowhere, segments=(Text("hello"),)))
    assert raised.value.permanent


async def test_an_encrypted_room_is_refused_plainly(matrix_target):
    t = matrix_target
    t.owner.call(
        "PUT",
        f"/_matrix/client/v3/rooms/{t.room}/state/m.room.encryption/",
        {"algorithm": "m.megolm.v1.aes-sha2"},
    )
    await until(lambda: t.adapter.rooms.room(t.room).encrypted)
    with pytest.raises(Forbidden, match="end-to-end encrypted"):
        await t.adapter.perform(SendMessage(chat=t.chat, segments=(Text("hello"),)))


async def test_a_timed_mute_is_lifted_once_due(matrix_target):
    t = matrix_target
    max_ = await t.member("Max")
    await t.adapter.perform(Mute(chat=t.chat, user=max_, until=t.now() + timedelta(seconds=1)))
    assert t._level(max_.local_id) < 0
    await asyncio.sleep(1.5)
    await t.adapter._lift_due(t.chat)  # what the adapter's minute sweep does
    assert t._level(max_.local_id) == 0
    t.users[max_].send(t.room, "free to speak")


async def test_a_restarted_adapter_finds_its_direct_room_again(matrix_target, synapse):
    t = matrix_target
    pia = await t.private_user("Pia")
    first = await t.adapter.perform(SendPrivate(chat=pia, segments=(Text("one"),)))
    room = t.adapter.rooms.dm_of[pia.local_id]
    await t.adapter.release()
    t.adapter = adapter_for(synapse, t.bot)
    await t.adapter.start(t)
    await until(lambda: t.adapter.intake.synced.is_set())
    second = await t.adapter.perform(SendPrivate(chat=pia, segments=(Text("two"),)))
    assert t.adapter.rooms.dm_of[pia.local_id] == room
    assert [synapse.event(room, r.message_ids[0])["content"]["body"] for r in (first, second)] == [
        "one",
        "two",
    ]


async def test_just_after_a_restart_a_private_message_goes_to_the_same_direct_room(
    matrix_target, synapse
):
    """Actions held in the outbox go out as the adapter starts, before its first sync has
    brought `m.direct`: each made a second, empty direct room, and the member got a second
    invitation. Two at once to one member make one room too."""
    t = matrix_target
    pia = await t.private_user("Pia")
    await t.adapter.perform(SendPrivate(chat=pia, segments=(Text("one"),)))
    room = t.adapter.rooms.dm_of[pia.local_id]
    await t.adapter.release()
    t.adapter = adapter_for(synapse, t.bot)
    await t.adapter.start(t)  # no waiting for the first sync
    sent = await asyncio.gather(
        *(t.adapter.perform(SendPrivate(chat=pia, segments=(Text(w),))) for w in ("two", "3"))
    )
    assert t.adapter.rooms.dm_of[pia.local_id] == room
    bodies = sorted(synapse.event(room, r.message_ids[0])["content"]["body"] for r in sent)
    assert bodies == ["3", "two"]
    assert list(t.users[pia].invites()) == [room]


async def test_a_message_in_a_direct_room_is_deleted_there(matrix_target, synapse):
    """A private message's chat is its sender (`matrix:user:@…`): removing it (a captcha
    answered privately) redacts it in the direct room, not in a room named after the user."""
    t = matrix_target
    pia = await t.private_user("Pia")
    await t.adapter.perform(SendPrivate(chat=pia, segments=(Text("what is 2 + 3?"),)))
    room = t.adapter.rooms.dm_of[pia.local_id]
    t.users[pia].join(room)
    answer = t.users[pia].send(room, "5")
    await t.arrived(lambda e: isinstance(e, MessageReceived) and e.message_id == answer)
    await t.adapter.perform(DeleteMessages(chat=pia, message_ids=(answer,)))
    assert not (synapse.event(room, answer) or {}).get("content")  # redacted: nothing to read
