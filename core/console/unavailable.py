"""A database that cannot be reached is a page, not a bare 500: the console's layout, in the
reader's language, saying nothing was saved and to try again (503), and one log line."""

from __future__ import annotations

from typing import Any

from loguru import logger
from starlette.requests import Request

from ..outage import database_away
from ..redaction import one_line
from .web import page


class DatabaseAway:
    """ASGI middleware, inside the session middleware (the page speaks the reader's language)
    and around everything that reads the database (the live-session check included)."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def sending(message: dict) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, receive, sending)
        except Exception as exc:
            if started or database_away(exc) is None:
                raise  # a bug: the server's error page and the traceback in the log
            logger.warning("console: {} {}: the database is unreachable ({})",
                           scope.get("method"), scope.get("path"), one_line(exc))  # fmt: skip
            answer = page(Request(scope), "unavailable.html", 503)
            answer.headers["Retry-After"] = "30"
            await answer(scope, receive, send)
