"""A webhook request, answered as Telegram reads the answer: 200 once the update's events are
committed (or it was skipped as malformed: Telegram would send it for ever), 503 when they
could not be (Telegram sends it again); and for what is no delivery of Telegram's, 403 without
the secret token, 413 for a body over `MAX_BODY`, 400 for anything else. No line quotes what
was sent; the refusals anyone can cause (a wrong secret) are said once a minute at most."""

from __future__ import annotations

import hmac
from typing import TYPE_CHECKING

from aiohttp import web
from loguru import logger

from groupops.core.log_throttle import ThrottledWarning

from .listener import MAX_BODY, Listener
from .malformed import update_id_of

if TYPE_CHECKING:
    from .intake import Intake

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"


class Webhook:
    """The listener serving one bot's updates, and what it answers."""

    def __init__(self, intake: Intake, path: str, secret_token: str) -> None:
        self.intake = intake
        self.path = path
        self.secret_token = secret_token
        self.forged = ThrottledWarning()  # requests without the right secret token
        self.listener = Listener(path, self.answer)

    async def start(self, url: str, host: str, port: int) -> None:
        await self.listener.start(host, port)
        adapter = self.intake.adapter
        await adapter.call(
            "setWebhook",
            {
                "url": url,
                "secret_token": self.secret_token,
                "allowed_updates": adapter.allowed_updates(),
            },
        )
        logger.info("telegram: webhook listening on {}:{}{}", host, port, self.path)

    async def stop(self) -> None:
        await self.listener.stop()

    async def answer(self, request: web.Request) -> web.Response:
        given = request.headers.get(SECRET_HEADER, "")
        # aiohttp keeps bytes that are not UTF-8 as surrogates: compared as sent, not refused
        sent = given.encode("utf-8", "surrogateescape")
        if not hmac.compare_digest(sent, self.secret_token.encode()):
            self.forged.warn(
                "telegram: webhook request from {} refused: {} secret token (is secret_token "
                "the one setWebhook was given?)", request.remote, "a wrong" if given else "no"
            )  # fmt: skip
            return web.Response(status=403, text="wrong secret token")
        try:
            data = await request.json()
        except web.HTTPRequestEntityTooLarge:
            logger.warning(
                "telegram: webhook request from {} refused: its body is over {} bytes, more "
                "than any update", request.remote, MAX_BODY
            )  # fmt: skip
            return web.Response(status=413, text=f"request body over {MAX_BODY} bytes")
        except Exception:  # not JSON, nested past Python's limit, or cut short
            return self._no_update(request, "not JSON")
        if update_id_of(data) is None:  # an update of Telegram's carries its integer id
            return self._no_update(request, "update_id: missing or not an integer")
        if not await self.intake.deliver(data):  # Telegram retries anything but a 2xx
            return web.Response(status=503, text="not committed; send it again")
        return web.Response(text="ok")

    @staticmethod
    def _no_update(request: web.Request, why: str) -> web.Response:
        logger.warning("telegram: webhook request from {} is no update ({})", request.remote, why)
        return web.Response(status=400, text="not a Telegram update")
