"""The fake Bot API over HTTP: `/bot<token>/<method>`, answers shaped like Telegram's
(`{"ok": true, "result": …}` or `{"ok": false, "error_code", "description", "parameters"}`),
outbound message limits answered with 429 + retry_after, getUpdates long polling, and webhook
delivery with the secret-token header."""

from __future__ import annotations

import asyncio
import contextlib
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import aiohttp
from aiohttp import web

from . import commands, payments
from .methods import METHODS, ApiError
from .params import SPECS, BadParams, decode
from .state import FakeWorld

METHODS.update(payments.METHODS)  # Telegram Stars live in their own module
SPECS.update(payments.SPECS)
METHODS.update(commands.METHODS)  # the bot's command menus
SPECS.update(commands.SPECS)

TOKEN = "123456:AAFakeBotApiTokenForTests_012345678"  # shaped like a real one
PROXY_PAGE = "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>"
SENDING = frozenset({"sendMessage", "sendPhoto", "sendDocument"})


@dataclass(frozen=True)
class FakeLimits:
    """Messages allowed per window before a 429 (0 = unlimited)."""

    per_chat: int = 0
    per_chat_window: float = 1.0
    global_per_second: int = 0
    retry_after: int = 1


class FakeBotAPI:
    def __init__(self, clock: Any = None, *, limits: FakeLimits | None = None, token: str = TOKEN):
        self.world = FakeWorld(clock)
        self.limits = limits or FakeLimits()
        self.token = token
        self.calls: list[tuple[str, dict[str, Any]]] = []
        self.rejected: list[tuple[str, int]] = []  # (method, error code) answered
        self._sent: dict[int, deque[float]] = {}
        self._global: deque[float] = deque()
        self._blocked: dict[int, float] = {}
        self._runner: web.AppRunner | None = None
        self.webhook: dict[str, Any] | None = None
        # getWebhookInfo's other fields (pending_update_count, last_error_date, …), as a test
        # sets them: the fake itself never fails a delivery
        self.webhook_info: dict[str, Any] = {
            "has_custom_certificate": False,
            "pending_update_count": 0,
        }
        self._client: aiohttp.ClientSession | None = None
        self.base_url = ""
        self.changed = asyncio.Condition()  # notified after every call
        # method -> HTTP status answered with an HTML page instead of the Bot API (what a
        # proxy in front of it says while the Bot API is away)
        self.not_bot_api: dict[str, int] = {}
        # method -> which of its requests (by their parameters) a proxy in front answers with
        # its HTML 502 page, every time (one payload it chokes on); the others are served
        self.chokes_on: dict[str, Callable[[dict[str, Any]], bool]] = {}
        # method -> HTTP status answered with JSON of another shape, no `ok` in it (what an
        # emulator or a gateway says of a method it does not serve)
        self.foreign_json: dict[str, int] = {}
        # While set, every method but getUpdates answers this HTTP status (a Bot API outage).
        self.outage: int | None = None
        # method -> errors answered to its next calls, one per call (a 429, a 400), then served
        self.refuse: dict[str, list[ApiError]] = {}
        # method -> a result answered instead of the documented one (a server that is not
        # quite the Bot API: an emulator answering `true` where a list is due)
        self.odd_results: dict[str, Any] = {}
        # method -> how many of its next calls get no answer at all: the connection closes once
        # the request is read (the network failing between the bot and the Bot API)
        self.hang_up: dict[str, int] = {}
        # The next this many getUpdates calls answer an update without its update_id (what a
        # proxy rewriting the answer, or a change on Telegram's side, could bring)
        self.garbled_updates = 0
        # method -> dotted fields left out of its answers: a Bot API server older than the
        # library (`accepted_gift_types.gifts_from_channels`, `can_send_welcome_messages`)
        self.omitted: dict[str, tuple[str, ...]] = {}

    async def start(self) -> str:
        app = web.Application()
        app.router.add_route("*", "/bot{token}/{method}", self._handle)
        app.router.add_get("/file/bot{token}/documents/{name}", self._file)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = self._runner.addresses[0][1]
        self.base_url = f"http://127.0.0.1:{port}"
        return self.base_url

    async def close(self) -> None:
        self.world.arrived.set()
        if self._client is not None:
            await self._client.close()
        if self._runner is not None:
            await self._runner.cleanup()

    # --- HTTP ---------------------------------------------------------------------------------

    async def _read(self, request: web.Request) -> dict[str, Any]:
        if request.content_type == "application/json":
            return await request.json()
        form = dict(await request.post())
        # A file sent as `attach://NAME` travels in the form's field NAME, as Telegram reads it
        return {
            key: form.get(value[len("attach://") :], value)
            if isinstance(value, str) and value.startswith("attach://")
            else value
            for key, value in form.items()
        }

    async def _handle(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        if request.match_info["token"] != self.token:
            return self._error(method, ApiError(401, "Unauthorized"))
        if method not in SPECS:
            return self._error(method, ApiError(404, "Not Found"))
        if method in self.not_bot_api:
            self.rejected.append((method, self.not_bot_api[method]))
            return web.Response(
                status=self.not_bot_api[method], text=PROXY_PAGE, content_type="text/html"
            )
        if method in self.foreign_json:
            body = {"message": f"{method} is not served here"}
            return web.json_response(body, status=self.foreign_json[method])
        try:
            params = decode(method, await self._read(request))
        except BadParams as exc:
            return self._error(method, ApiError(400, str(exc)))
        self.calls.append((method, params))
        if method in self.chokes_on and self.chokes_on[method](params):
            self.rejected.append((method, 502))
            async with self.changed:
                self.changed.notify_all()
            return web.Response(status=502, text=PROXY_PAGE, content_type="text/html")
        if self.hang_up.get(method):
            self.hang_up[method] -= 1
            assert request.transport is not None
            request.transport.close()
            return web.Response(status=502)  # never arrives: the connection is closed
        try:
            if self.outage is not None and method != "getUpdates":
                raise ApiError(self.outage, "Bad Gateway")
            if self.refuse.get(method):
                raise self.refuse[method].pop(0)
            if method == "getUpdates" and self.garbled_updates:
                self.garbled_updates -= 1
                result = [{"message": {"text": "?"}}]
            elif method in self.odd_results:
                result = self.odd_results[method]
            elif method == "getUpdates":
                result = await self._get_updates(params)
            elif method in ("setWebhook", "deleteWebhook"):
                result = self._set_webhook(method, params)
            elif method == "getWebhookInfo":
                result = {**self.webhook_info, "url": (self.webhook or {}).get("url", "")}
            else:
                self._check_limits(method, params)
                result = METHODS[method](self.world, params)
                for field in self.omitted.get(method, ()):
                    result = _without(result, field.split("."))
        except ApiError as exc:
            return self._error(method, exc)
        finally:
            async with self.changed:
                self.changed.notify_all()
        return web.json_response({"ok": True, "result": result})

    async def _file(self, request: web.Request) -> web.Response:
        """A file's bytes at the path getFile gave (Telegram's file download URL)."""
        data = self.world.files.get(request.match_info["name"].removesuffix(".json"))
        if request.match_info["token"] != self.token or data is None:
            return web.Response(status=404, text="Not Found")
        return web.Response(body=data, content_type="application/octet-stream")

    def _error(self, method: str, exc: ApiError) -> web.Response:
        self.rejected.append((method, exc.code))
        body: dict[str, Any] = {"ok": False, "error_code": exc.code, "description": exc.description}
        if exc.retry_after is not None:
            body["parameters"] = {"retry_after": exc.retry_after}
        if exc.migrate_to_chat_id is not None:
            body["parameters"] = {"migrate_to_chat_id": exc.migrate_to_chat_id}
        return web.json_response(body, status=exc.code)

    # --- limits -------------------------------------------------------------------------------

    def _check_limits(self, method: str, params: dict[str, Any]) -> None:
        if method not in SENDING:
            return
        loop_now = asyncio.get_running_loop().time()
        chat = params["chat_id"]
        limits = self.limits
        if self._blocked.get(chat, 0) > loop_now:
            raise self._too_many(limits.retry_after)
        sent = self._sent.setdefault(chat, deque())
        while sent and sent[0] <= loop_now - limits.per_chat_window:
            sent.popleft()
        while self._global and self._global[0] <= loop_now - 1.0:
            self._global.popleft()
        if (limits.per_chat and len(sent) >= limits.per_chat) or (
            limits.global_per_second and len(self._global) >= limits.global_per_second
        ):
            self._blocked[chat] = loop_now + limits.retry_after
            raise self._too_many(limits.retry_after)
        sent.append(loop_now)
        self._global.append(loop_now)

    @staticmethod
    def _too_many(retry_after: int) -> ApiError:
        return ApiError(429, f"Too Many Requests: retry after {retry_after}", retry_after)

    # --- updates ------------------------------------------------------------------------------

    async def _get_updates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        if self.webhook is not None:
            raise ApiError(409, "Conflict: can't use getUpdates method while webhook is active")
        world = self.world
        if "allowed_updates" in params:
            world.allowed_updates = params["allowed_updates"]
        world.polled.set()
        offset = params.get("offset", 0)
        await world.confirm(offset)
        timeout = params.get("timeout", 0)
        if not world.pending(offset) and timeout:
            world.arrived.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(world.arrived.wait(), timeout)
        return world.pending(offset)[: params.get("limit", 100)]

    def _set_webhook(self, method: str, params: dict[str, Any]) -> bool:
        if method == "deleteWebhook":
            self.webhook = None
            return True
        if "allowed_updates" in params:
            self.world.allowed_updates = params["allowed_updates"]
        self.webhook = params
        self.world.polled.set()
        return True

    async def post_webhook(self, update: dict[str, Any], secret: str | None = None) -> int:
        """Deliver one update to the webhook the bot set (as Telegram does, or as a forger)."""
        assert self.webhook is not None, "no webhook set"
        if self._client is None:
            self._client = aiohttp.ClientSession()
        header = self.webhook.get("secret_token", "") if secret is None else secret
        async with self._client.post(
            self.webhook["url"], json=update, headers={"X-Telegram-Bot-Api-Secret-Token": header}
        ) as answer:
            return answer.status

    # --- test conveniences --------------------------------------------------------------------

    async def wait_until(self, predicate: Any, timeout: float = 15) -> None:
        """Until `predicate()` holds after some call (for a bot in another process)."""
        async with self.changed:
            await asyncio.wait_for(self.changed.wait_for(predicate), timeout)

    def called(self, method: str) -> list[dict[str, Any]]:
        return [params for name, params in self.calls if name == method]


def _without(result: Any, path: list[str]) -> Any:
    """`result` with the field at `path` left out (a copy: the world's own records stay)."""
    if not isinstance(result, dict) or path[0] not in result:
        return result
    if len(path) == 1:
        return {k: v for k, v in result.items() if k != path[0]}
    return {**result, path[0]: _without(result[path[0]], path[1:])}
