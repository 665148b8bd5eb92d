"""What `groupops bench drivers` runs on: a deterministic stream of Bot API updates, and the
drivers with Bot API answers given in-process (no network, no pacing)."""

from __future__ import annotations

import asyncio
import random
from typing import Any, TypeVar

from telegram.ext import Application
from telegram.request import BaseRequest, RequestData

from groupops.core.adapter import RateLimits
from groupops.core.bench.workload import START, TEXTS

from .adapter import TelegramAdapter

TOKEN = "123456:AAFakeBotApiTokenForBenchmarks_0123"
CHUNK = 100  # what one getUpdates call returns at most
UNLIMITED = RateLimits()  # outbound pacing is waiting, not cost: left out of the comparison
ME = b'{"ok": true, "result": {"id": 123456, "is_bot": true, "first_name": "Bench"}}'


class OfflineRequest(BaseRequest):
    """PTB's transport answered in-process: getMe for Application.initialize()."""

    @property
    def read_timeout(self) -> float | None:
        return None

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: Any = None,
        write_timeout: Any = None,
        connect_timeout: Any = None,
        pool_timeout: Any = None,
    ) -> tuple[int, bytes]:
        return 200, ME


async def ptb_application() -> Application:
    application = (
        Application.builder()
        .token(TOKEN)
        .updater(None)
        .request(OfflineRequest())
        .get_updates_request(OfflineRequest())
        .build()
    )
    await application.initialize()
    return application


def make_updates(count: int, chats: int, members: int, seed: int = 7) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    base = int(START.timestamp())
    updates = []
    for n in range(count):
        chat = {"id": -1001000000000 - rng.randrange(chats), "type": "supergroup", "title": "B"}
        user = {"id": 1000 + rng.randrange(members * chats), "is_bot": False, "first_name": "U"}
        if rng.random() < 0.01:
            newcomer = {"id": 10_000_000 + n, "is_bot": False, "first_name": "New"}
            body = {
                "chat": chat,
                "from": newcomer,
                "date": base + n,
                "old_chat_member": {"user": newcomer, "status": "left"},
                "new_chat_member": {"user": newcomer, "status": "member"},
            }
            updates.append({"update_id": n + 1, "chat_member": body})
            continue
        message = {
            "message_id": n + 1,
            "date": base + n,
            "chat": chat,
            "from": user,
            "text": rng.choice(TEXTS),
        }
        updates.append({"update_id": n + 1, "message": message})
    return updates


def chat_ids(updates: list[dict[str, Any]]) -> list[int]:
    """The chats `updates` speak in, in order."""
    return sorted({(u.get("message") or u["chat_member"])["chat"]["id"] for u in updates})


def warmup_updates(updates: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One message in every chat of `updates`, from a member who never speaks in them and
    dated before them: the engine loads each community's state on its first event, as a
    running bot has long done, so the timed updates measure the steady state (`bench
    pipeline` warms its chats the same way)."""
    first = int(START.timestamp()) - 60
    user = {"id": 999, "is_bot": False, "first_name": "W"}
    warm = []
    for n, chat_id in enumerate(chat_ids(updates), 1):
        chat = {"id": chat_id, "type": "supergroup", "title": "B"}
        message = {"message_id": 10**9 + n, "date": first, "chat": chat, "from": user,
                   "text": "hello"}  # fmt: skip
        warm.append({"update_id": 10**9 + n, "message": message})
    return warm


BOT = {"id": 123456, "is_bot": True, "first_name": "Bench"}
ANSWERS: dict[str, Any] = {
    "getChatAdministrators": [{"user": BOT, "status": "administrator"}],
    "getChatMember": {"user": BOT, "status": "member"},
    "getChatMemberCount": 100,
    "createChatInviteLink": {"invite_link": "https://t.me/+bench", "name": "bench"},
}


class OfflineCalls:
    """Bot API answers given in-process, counted."""

    sent = 0

    async def call(self, method: str, params: dict[str, Any]) -> Any:
        self.sent += 1
        if method.startswith("send"):
            return {"message_id": self.sent}
        return ANSWERS.get(method, True)


Driver = TypeVar("Driver", bound=TelegramAdapter)


def offline(cls: type[Driver]) -> type[Driver]:
    """The driver with Bot API answers given in-process."""

    class Offline(OfflineCalls, cls):  # type: ignore[valid-type, misc]  # a class made at run time
        name = cls.name

    return Offline


class CountingSink:
    """Stands in for the engine: takes each event and commits nothing."""

    def __init__(self) -> None:
        self.events = 0

    def submit_nowait(self, event: Any) -> asyncio.Future:
        self.events += 1
        done = asyncio.get_running_loop().create_future()
        done.set_result(None)
        return done

    async def submit(self, event: Any) -> None:
        self.submit_nowait(event)
