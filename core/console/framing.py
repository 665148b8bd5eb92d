"""Every console answer forbids being shown inside another page's frame. A signed-in
console framed invisibly under a decoy button would turn one click into a ban: the click
carries the console's own origin and cookie, so neither the origin check nor the form's token
stops it. `SameSite=Strict` only covers other sites, not another port of the same host.
The same policy lets a page load and run only the console's own script and stylesheet."""

from __future__ import annotations

from typing import Any

POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
HEADERS = (
    (b"x-frame-options", b"DENY"),
    # and no script, style or form target but the console's own files: a member's name or
    # message that ever slipped past the templates' escaping would run nothing
    (b"content-security-policy", POLICY.encode()),
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
