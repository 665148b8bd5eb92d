"""The real engine on a real database with the Matrix adapter on a real Synapse.

h = await MatrixHarness.open(synapse, db_url)
ann = h.member("Ann")
h.say(ann, "签到")
await h.settle()
assert h.texts() == ["Ann checked in: +1 point. …"]
"""

from __future__ import annotations

import asyncio
from typing import Any

from groupops.adapters.matrix import MatrixAdapter
from groupops.core.adapter import Adapter
from groupops.core.clock import SystemClock
from groupops.core.engine import Engine
from groupops.core.refs import Ref
from groupops.core.settings import validate_settings
from groupops.core.storage.database import Database, open_database
from support.harness import merge
from support.matrix_fixtures import adapter_for, make_room, until
from support.synapse import MatrixUser, Synapse

SETTLE_TIMEOUT = 120.0


def settings_for(room: str, extra: dict | None) -> dict[str, Any]:
    base = {
        "rulesets": {"main": {"timezone": "Asia/Shanghai"}},
        "communities": {
            "club": {"ruleset": "main", "chats": [f"matrix:{room}"], "title": "Test Club"}
        },
    }
    return merge(base, extra or {})


class MatrixHarness:
    def __init__(self, synapse: Synapse, owner: MatrixUser, bot: MatrixUser, room: str) -> None:
        self.synapse, self.owner, self.bot, self.room = synapse, owner, bot, room
        self.chat = Ref.chat("matrix", room)
        self.users: dict[Ref, MatrixUser] = {}
        self.database: Database | None = None
        self.adapter: MatrixAdapter | None = None
        self.engine: Engine | None = None
        self.raw: dict[str, Any] = {}
        self.others: tuple[Adapter, ...] = ()

    @classmethod
    async def open(
        cls,
        synapse: Synapse,
        db_url: str,
        extra: dict | None = None,
        *,
        others: tuple[Adapter, ...] = (),
        chats: tuple[str, ...] = (),
        **options: Any,
    ) -> MatrixHarness:
        """`others`: adapters of other platforms whose `chats` join the community."""
        owner, bot = synapse.register("Olga"), synapse.register("Bot")
        h = cls(synapse, owner, bot, make_room(synapse, owner, bot))
        h.others = others
        h.raw = settings_for(h.room, extra)
        h.raw["communities"]["club"]["chats"] += list(chats)
        h.database = await open_database(db_url)
        await h.start(**options)
        return h

    async def start(self, **options: Any) -> None:
        """A fresh adapter and engine on the same database (a start or a redeploy)."""
        assert self.database is not None
        settings = validate_settings(self.raw, "test settings")
        self.adapter = adapter_for(self.synapse, self.bot, **options)
        adapters = [self.adapter, *self.others]
        self.engine = Engine(settings, self.database, adapters, SystemClock())
        await self.engine.start(scheduler=False)
        joined = await until(lambda: self.owner.membership(self.room, self.bot.user_id) == "join")
        assert joined, "the bot did not join the room"
        await self.settle()

    async def stop(self) -> None:
        assert self.engine is not None
        await self.engine.stop(drain_timeout=10)

    def member(self, name: str) -> Ref:
        """A registered account the owner invites and who joins."""
        user = self.synapse.register(name)
        ref = Ref.user("matrix", user.user_id)
        self.users[ref] = user
        self.owner.member_call(self.room, "invite", user.user_id)
        user.join(self.room)
        return ref

    def say(self, user: Ref, text: str) -> str:
        return self.users[user].send(self.room, text)

    def _behind(self) -> bool:
        """Whether the server holds events the adapter has not taken in yet (a look at the
        bot's sync from the adapter's saved position, which moves nothing)."""
        assert self.adapter is not None and self.adapter.intake is not None
        token = self.adapter.intake.token
        if token is None:
            return True
        rooms = self.bot.get("/_matrix/client/v3/sync", since=token, timeout="0").get("rooms", {})
        timeline = any(
            (r.get("timeline") or {}).get("events") for r in rooms.get("join", {}).values()
        )
        return timeline or bool(rooms.get("invite"))

    async def settle(self) -> None:
        """Every event on the server taken in and committed, every action delivered, and the
        same again for the events those actions caused (the bot's own messages, a removal)."""
        assert self.engine is not None
        loop = asyncio.get_running_loop()
        deadline = loop.time() + SETTLE_TIMEOUT
        quiet = 0
        while quiet < 2 and loop.time() < deadline:
            await self.engine.drain(timeout=SETTLE_TIMEOUT)
            if await asyncio.to_thread(self._behind):
                quiet = 0
                await asyncio.sleep(0.05)
            else:
                quiet += 1

    def _messages(self, room: str) -> list[dict[str, Any]]:
        events = reversed(self.synapse.messages(room))
        return [e for e in events if e["type"] == "m.room.message"]

    def texts(self, room: str | None = None) -> list[str]:
        """What the bot posted in the room (or a direct room), oldest first."""
        return [
            e["content"]["body"]
            for e in self._messages(room or self.room)
            if e["sender"] == self.bot.user_id and e.get("content")
        ]

    def contents(self, room: str | None = None) -> list[dict[str, Any]]:
        """The content of each message the bot posted in the room, oldest first: the body,
        the HTML body with its pills and `m.mentions`, as a member's client reads them."""
        return [
            e["content"]
            for e in self._messages(room or self.room)
            if e["sender"] == self.bot.user_id and e.get("content")
        ]

    def visible(self) -> list[str]:
        """Every message still readable in the room (redacted ones are gone), oldest first."""
        return [e["content"]["body"] for e in self._messages(self.room) if e.get("content")]

    def direct_texts(self, user: Ref) -> list[str]:
        """What the bot told `user` in their direct room ([] when there is none)."""
        assert self.adapter is not None
        room = self.adapter.rooms.dm_of.get(user.local_id)
        return self.texts(room) if room else []

    async def balance(self, user: Ref, community: str = "club") -> int:
        from groupops.core.storage.models import Member

        row = await Member.get_or_none(community=community, key=user)
        return row.balance if row else 0

    async def close(self) -> None:
        try:
            if self.engine is not None:
                await self.engine.stop(drain_timeout=5)
        finally:
            if self.adapter is not None:
                await self.adapter.release()
            if self.database is not None:
                await self.database.close()
