"""A local stand-in for the Bot API, for `groupops bench delivery`: it serves a queue of
group messages through getUpdates, counts every reply it accepts, and can answer 5xx for a
while (an outage, on the loop's clock) or 429 to a share of the sends (a storm)."""

from __future__ import annotations

import asyncio
import json
import random
from collections import Counter
from typing import Any

from aiohttp import web

TOKEN = "123456:" + "B" * 35  # shaped as @BotFather gives them
BOT: dict[str, Any] = {"id": 123456, "is_bot": True, "first_name": "Bench", "username": "bench_bot"}
FIRST_CHAT = -1001000000000


def chat_id(index: int) -> int:
    return FIRST_CHAT - index


class FakeBotAPI:
    def __init__(self, seed: int = 7) -> None:
        self.updates: list[dict[str, Any]] = []
        self.replies: list[tuple[int, int]] = []  # (chat id, message answered), as accepted
        self.refused: Counter[int] = Counter()  # HTTP status -> sends answered with it
        self.outage_until = 0.0  # loop time: every send fails with a 502 until then
        self.storm = 0.0  # share of sends answered 429
        self.rng = random.Random(seed)
        self.arrived = asyncio.Event()
        self._runner: web.AppRunner | None = None
        self._next_id = 1

    # --- what the benchmark does --------------------------------------------------------------

    def post(self, chat: int, user: int, text: str) -> None:
        """A member writes in a group; the bot sees it in its next getUpdates."""
        n = len(self.updates) + 1
        self.updates.append(
            {
                "update_id": n,
                "message": {
                    "message_id": n,
                    "date": 1_772_000_000 + n,
                    "chat": {"id": chat, "type": "supergroup", "title": f"Group {chat}"},
                    "from": {"id": user, "is_bot": False, "first_name": f"Member {user}"},
                    "text": text,
                },
            }
        )
        self.arrived.set()

    def answered(self) -> set[tuple[int, int]]:
        return set(self.replies)

    def out_of_order(self) -> int:
        """Chats whose replies did not come in the order of the messages they answer."""
        last: dict[int, int] = {}
        broken: set[int] = set()
        for chat, message in self.replies:
            if message < last.get(chat, 0):
                broken.add(chat)
            last[chat] = max(message, last.get(chat, 0))
        return len(broken)

    async def start(self) -> str:
        app = web.Application()
        app.router.add_route("*", "/bot{token}/{method}", self._handle)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        await web.TCPSite(self._runner, "127.0.0.1", 0).start()
        return f"http://127.0.0.1:{self._runner.addresses[0][1]}"

    async def close(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    # --- HTTP ---------------------------------------------------------------------------------

    async def _handle(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != TOKEN:
            return _error(401, "Unauthorized")
        method = request.match_info["method"]
        if request.content_type == "application/json":
            params = await request.json()
        else:
            params = {k: _value(v) for k, v in (await request.post()).items()}
        if method == "getUpdates":
            return _ok(await self._get_updates(params))
        if method == "sendMessage":
            return self._send(params)
        if method == "getMe":
            return _ok(BOT)
        if method == "getChatAdministrators":
            return _ok([])
        return _ok(True)

    async def _get_updates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        offset = int(params.get("offset") or 0)
        pending = [u for u in self.updates if u["update_id"] >= offset]
        if not pending and params.get("timeout"):
            self.arrived.clear()
            try:
                await asyncio.wait_for(self.arrived.wait(), float(params["timeout"]))
            except TimeoutError:
                return []
            pending = [u for u in self.updates if u["update_id"] >= offset]
        return pending[: int(params.get("limit") or 100)]

    def _send(self, params: dict[str, Any]) -> web.Response:
        if asyncio.get_running_loop().time() < self.outage_until:
            self.refused[502] += 1
            return _error(502, "Bad Gateway")
        if self.storm and self.rng.random() < self.storm:
            self.refused[429] += 1
            retry_after = self.rng.randint(1, 5)
            return _error(429, f"Too Many Requests: retry after {retry_after}", retry_after)
        chat = int(params["chat_id"])
        answered = int((params.get("reply_parameters") or {}).get("message_id", 0))
        self.replies.append((chat, answered))
        self._next_id += 1
        message = {
            "message_id": 1_000_000 + self._next_id,
            "date": 1_772_000_000,
            "chat": {"id": chat, "type": "supergroup", "title": f"Group {chat}"},
            "from": BOT,
            "text": str(params.get("text", "")),
        }
        return _ok(message)


def _value(raw: Any) -> Any:
    """Form fields carry nested objects as JSON text."""
    if isinstance(raw, str) and raw[:1] in "{[":
        return json.loads(raw)
    return raw


def _ok(result: Any) -> web.Response:
    return web.json_response({"ok": True, "result": result})


def _error(status: int, description: str, retry_after: int | None = None) -> web.Response:
    body: dict[str, Any] = {"ok": False, "error_code": status, "description": description}
    if retry_after is not None:
        body["parameters"] = {"retry_after": retry_after}
    return web.json_response(body, status=status)
