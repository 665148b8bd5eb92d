"""The real engine on a real database with a Telegram driver (aiogram or PTB) talking HTTP to
the fake Bot API, on a hand-driven clock.

h = await TelegramHarness.open("aiogram", db_url)
h.fake.world.join(h.chat_id, ann)
await h.settle()
assert h.texts() == ["Welcome …"]
"""

from __future__ import annotations

import asyncio
from typing import Any

from groupops.adapters.telegram.adapter import TelegramAdapter
from groupops.adapters.telegram.aiogram_driver import AiogramAdapter
from groupops.adapters.telegram.ptb_driver import PTBAdapter
from groupops.core.adapter import RateLimits
from groupops.core.clock import ManualClock
from groupops.core.engine import Engine
from groupops.core.refs import Ref
from groupops.core.settings import validate_settings
from groupops.core.storage.database import open_database
from support.fake_telegram import FakeBotAPI, FakeLimits
from support.fake_telegram.server import TOKEN
from support.harness import START, merge

DRIVERS: dict[str, type[TelegramAdapter]] = {"aiogram": AiogramAdapter, "ptb": PTBAdapter}
CHAT_ID = -1001234567890
OWNER_ID = 10
FAST = RateLimits()  # unlimited on our side: tests that need limits pass their own

SETTINGS: dict[str, Any] = {
    "rulesets": {"main": {"timezone": "Asia/Shanghai"}},
    "communities": {
        "club": {"ruleset": "main", "chats": [f"telegram:{CHAT_ID}"], "title": "Test Club"}
    },
}


def make_adapter(driver: str, fake: FakeBotAPI, clock: Any, **options: Any) -> TelegramAdapter:
    options.setdefault("rate_limits", FAST)
    return DRIVERS[driver](TOKEN, base_url=fake.base_url, poll_timeout=5, clock=clock, **options)


class TelegramHarness:
    def __init__(self, fake: FakeBotAPI, adapter: TelegramAdapter, engine: Engine, database, clock):
        self.fake, self.adapter, self.engine = fake, adapter, engine
        self.database, self.clock = database, clock
        self.world = fake.world
        self.chat_id = CHAT_ID
        self.chat = Ref(f"telegram:{CHAT_ID}")

    @classmethod
    async def open(
        cls,
        driver: str,
        db_url: str,
        extra: dict | None = None,
        *,
        limits: FakeLimits | None = None,
        **adapter_options: Any,
    ) -> TelegramHarness:
        clock = ManualClock(START)
        fake = FakeBotAPI(clock, limits=limits or FakeLimits())
        await fake.start()
        world = fake.world
        world.group(CHAT_ID, "Test Club")
        world.user(OWNER_ID, "Olga")
        world.add_member(CHAT_ID, OWNER_ID, "creator")
        settings = validate_settings(merge(SETTINGS, extra or {}), "test settings")
        adapter = make_adapter(driver, fake, clock, **adapter_options)
        database = await open_database(db_url)
        engine = Engine(settings, database, [adapter], clock)
        await engine.start(scheduler=False)
        await asyncio.wait_for(world.polled.wait(), 10)
        return cls(fake, adapter, engine, database, clock)

    async def switch(self, driver: str, **adapter_options: Any) -> None:
        """Stop, and start again on the other driver: same database, same chats (a redeploy)."""
        await self.engine.stop(drain_timeout=5)
        self.world.polled.clear()
        self.adapter = make_adapter(driver, self.fake, self.clock, **adapter_options)
        self.engine = Engine(self.engine.settings, self.database, [self.adapter], self.clock)
        await self.engine.start(scheduler=False)
        await asyncio.wait_for(self.world.polled.wait(), 10)

    def member(
        self, user_id: int, name: str, *, language: str | None = None, username: str | None = None
    ) -> int:
        """A member of the group; `username` is the @handle (`/ban @ann`), none by default."""
        self.world.user(user_id, name, language, username)
        self.world.add_member(CHAT_ID, user_id)
        return user_id

    async def settle(self, timeout: float = 15) -> None:
        """Every update pushed so far committed and confirmed, every action delivered, and
        the same again for updates those actions caused (a ban's chat_member update). Giving
        up, it says which of those it was still waiting for: a bare TimeoutError from a loaded
        CI machine told nothing of where the time went."""
        waiting = ""

        async def quiet() -> None:
            nonlocal waiting
            while True:
                mark = self.world.next_update_id
                waiting = f"the bot to confirm updates up to {mark - 1}"
                await self.world.wait_acknowledged()
                waiting = "the engine to commit its events and deliver their actions"
                await self.engine.drain(timeout=timeout)
                if self.world.next_update_id == mark:
                    return

        try:
            await asyncio.wait_for(quiet(), timeout)
        except TimeoutError:
            raise TimeoutError(
                f"settle gave up after {timeout:g}s waiting for {waiting} (updates confirmed "
                f"below {self.world.confirmed} of {self.world.next_update_id}; "
                f"{self.engine.outbox.pending()} actions undelivered)"
            ) from None

    def texts(self, chat_id: int = CHAT_ID) -> list[str]:
        return self.world.texts(chat_id)

    async def balance(self, user_id: int, community: str = "club") -> int:
        from groupops.core.storage.models import Member

        row = await Member.get_or_none(community=community, key=f"telegram:user:{user_id}")
        return row.balance if row else 0

    async def close(self) -> None:
        try:
            await self.engine.stop(drain_timeout=5)
        finally:
            await self.database.close()
            await self.fake.close()


async def open_webhook(driver: str, sqlite_url: str, secret: str) -> TelegramHarness:
    """A harness whose bot takes updates on a webhook of its own (a free port, path /hook,
    `secret` as its secret token)."""
    from support.ports import free_port

    port = free_port()
    return await TelegramHarness.open(
        driver,
        sqlite_url,
        mode="webhook",
        webhook_url=f"http://127.0.0.1:{port}/hook",
        webhook_port=port,
        webhook_path="/hook",
        secret_token=secret,
    )
