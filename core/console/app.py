"""The console as an ASGI application: routes, signed-cookie sessions with an expiry that a
sign-out ends on the server too, and the sign-in page for every request without a session."""

from __future__ import annotations

import secrets
from pathlib import Path
from typing import Any

from loguru import logger
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.sessions import SessionMiddleware
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from ..clock import SystemClock
from . import acts, campaign_page, pages
from .framing import NotFramed
from .sessions import LiveSessions
from .signin_guard import SignInGuard
from .unavailable import DatabaseAway
from .web import HERE, Refused, SignInNeeded, came_from, page

COOKIE = "groupops_console"


def secret_of(settings: Any) -> str:
    """The configured signing secret, or a random one for this process (sessions then end
    when it stops); never printed."""
    if settings.dashboard.secret:
        return str(settings.dashboard.secret)
    logger.warning(
        "dashboard.secret is not set ([default.dashboard] secret in .secrets.toml or "
        "GROUPOPS_DASHBOARD__SECRET): sessions last until the console stops"
    )
    return secrets.token_urlsafe(32)


async def _sign_in(request: Request, exc: Exception) -> Response:
    return page(request, "signin.html", 401)


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    message = exc.text if isinstance(exc, Refused) else exc.detail
    # a refused form leads back to its page (the member's, the campaigns'), not to the start
    return page(request, "error.html", exc.status_code, message=message,
                return_to=came_from(request) if request.method == "POST" else None)  # fmt: skip


async def _home(request: Request) -> Response:
    return RedirectResponse("/communities", status_code=303)


async def _favicon(request: Request) -> Response:
    """Browsers ask for /favicon.ico whatever the page links: the console's icon, not a 404."""
    return RedirectResponse("/static/favicon.svg", status_code=301)


ROUTES = [
    Route("/", _home),
    Route("/favicon.ico", _favicon),
    Route("/signin", acts.signin),
    Route("/login/{token}", acts.login_page, methods=["GET"]),
    Route("/login/{token}", acts.login, methods=["POST"]),
    Route("/logout", acts.logout, methods=["POST"]),
    Route("/language", acts.language, methods=["POST"]),
    Route("/communities", pages.communities),
    Route("/c/{community}", pages.community),
    Route("/members", pages.members),
    Route("/c/{community}/m/{key:path}/act", acts.act, methods=["POST"]),
    Route("/c/{community}/m/{key:path}", pages.member),
    Route("/moderation", pages.moderation),
    Route("/c/{community}/undo", acts.undo, methods=["POST"]),
    Route("/c/{community}/review", acts.review, methods=["POST"]),
    Route("/campaigns", campaign_page.campaigns),
    Route("/c/{community}/campaign", acts.campaign, methods=["POST"]),
    Route("/campaigns/start", acts.start_campaign, methods=["POST"]),
    Route("/settings", pages.settings_page),
    Route("/outbox", pages.outbox),
    Route("/outbox/retry", acts.retry, methods=["POST"]),
    Mount("/static", StaticFiles(directory=HERE / "static"), name="static"),
]


def build_app(
    settings: Any, database: Any, engine: Any = None, clock: Any = None,
    settings_path: Path | None = None,
) -> Starlette:  # fmt: skip
    """The console over an open database; with `engine` (served by `groupops run`), requests
    are carried out at once instead of at the bot's next scheduler pass. `settings_path`: the
    file the settings came from, which the Settings page checks as `groupops check` does."""
    dashboard = settings.dashboard
    app = Starlette(
        routes=ROUTES,
        middleware=[
            Middleware(NotFramed),  # no page inside another's frame, error pages included
            Middleware(
                SessionMiddleware,
                secret_key=secret_of(settings),
                session_cookie=COOKIE,
                max_age=dashboard.session_hours * 3600,
                same_site="strict",
                https_only=dashboard.base_url.startswith("https://"),
            ),
            Middleware(DatabaseAway),  # a 503 page, where the database is read
            Middleware(LiveSessions),
        ],
        exception_handlers={SignInNeeded: _sign_in, HTTPException: _http_error},
    )
    app.state.settings = settings
    app.state.database = database
    app.state.engine = engine
    app.state.settings_path = settings_path
    app.state.sign_ins = SignInGuard()  # failed sign-ins: logged, and too many answered 429
    app.state.clock = clock or (engine.clock if engine is not None else SystemClock())
    return app
