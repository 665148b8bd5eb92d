"""Sessions the server still honours. The cookie is signed, not stored, so a copy of it would
outlive a sign-out; each session is therefore named by the link that opened it, and a request
whose session was signed out (in the browser, or by `groupops dashboard sign-out`), or signed
in more than `session_hours` ago, is treated as one without a session. A session keeps only
the communities its member still holds admin in (`held.py`), and ends, as a sign-out does,
when none is left."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from .held import still_held
from .links import Grant, end_sessions, is_live
from .web import SESSION


class LiveSessions:
    """ASGI middleware, inside the session middleware: forgets a session that has ended."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        session = scope.get("session") if scope["type"] == "http" else None
        if session and "grant" in session and not scope["path"].startswith("/static/"):
            name, state = session.get(SESSION), scope["app"].state
            since = state.clock.now() - timedelta(hours=state.settings.dashboard.session_hours)
            if not isinstance(name, str) or not await is_live(name, since):
                _forget(session)
            elif not await _narrowed(state, session):
                await end_sessions(state.clock.now(), session=name)
                _forget(session)
        await self.app(scope, receive, send)


def _forget(session: dict) -> None:
    locale = session.get("locale")
    session.clear()
    if locale:  # the reader's language is not a right
        session["locale"] = locale


async def _narrowed(state: Any, session: dict) -> bool:
    """Keep in the session's grant the communities still held; False when none is left."""
    grant = Grant.of(session["grant"])
    held = await still_held(state.settings, state.engine, grant)
    if held != grant:
        session["grant"] = held.as_dict()
    return bool(held.communities)
