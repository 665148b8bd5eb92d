"""Sessions the server still honours. The cookie is signed, not stored, so a copy of it would
outlive a sign-out; each session is therefore named by the link that opened it, and a request
whose session was signed out (in the browser, or by `groupops dashboard sign-out`) is treated
as one without a session."""

from __future__ import annotations

from typing import Any

from .links import is_live
from .web import SESSION


class LiveSessions:
    """ASGI middleware, inside the session middleware: forgets a session that has ended."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        session = scope.get("session") if scope["type"] == "http" else None
        if session and "grant" in session and not scope["path"].startswith("/static/"):
            name = session.get(SESSION)
            if not isinstance(name, str) or not await is_live(name):
                locale = session.get("locale")
                session.clear()
                if locale:  # the reader's language is not a right
                    session["locale"] = locale
        await self.app(scope, receive, send)
