"""Every console answer forbids being shown inside another page's frame. A signed-in
console framed invisibly under a decoy button would turn one click into a ban: the click
carries the console's own origin and cookie, so neither the origin check nor the form's token
stops it. `SameSite=Strict` only covers other sites, not another port of the same host."""

from __future__ import annotations

from typing import Any

HEADERS = (
    (b"x-frame-options", b"DENY"),
    (b"content-security-policy", b"frame-ancestors 'none'"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"same-origin"),
)


class NotFramed:
    """ASGI middleware, outermost: adds `HEADERS` to every HTTP answer."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: dict) -> None:
            if message["type"] == "http.response.start":
                known = {name for name, _ in message.get("headers", ())}
                added = [header for header in HEADERS if header[0] not in known]
                message = {**message, "headers": [*message.get("headers", ()), *added]}
            await send(message)

        await self.app(scope, receive, with_headers)
