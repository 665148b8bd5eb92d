"""Client-server API errors -> the core's typed errors.

mautrix raises `M_LIMIT_EXCEEDED` without the server's `retry_after_ms`; `client.py` keeps it
on `LimitExceeded`, which becomes `RateLimited` here so the outbox blocks the room for that
long and keeps the action first (as a Telegram 429 does).
"""

from __future__ import annotations

from mautrix.errors import MatrixConnectionError, MatrixRequestError, MLimitExceeded

from groupops.core.errors import (
    ActionError,
    Disconnected,
    Forbidden,
    RateLimited,
    TargetNotFound,
    TransientError,
)

DEFAULT_RETRY_SECONDS = 1.0
# The homeserver down (no connection, or its proxy answering for it) is an outage of the
# platform: the outbox waits it out, said once, without counting tries (`Disconnected`)
AWAY_STATUSES = (502, 503, 504)
AWAY_RETRY_SECONDS = 5.0


class LimitExceeded(MLimitExceeded):
    """M_LIMIT_EXCEEDED with the wait the server asked for (body or Retry-After header)."""

    def __init__(self, http_status: int, message: str, retry_after: float) -> None:
        super().__init__(http_status, message)
        self.retry_after = retry_after


class EncryptedRoom(Forbidden):
    """groupops does not speak end-to-end encryption: it neither reads nor posts there."""

    def __init__(self, room: str) -> None:
        super().__init__(
            f"room {room} is end-to-end encrypted, which groupops does not support "
            "(see docs/matrix.md)"
        )


class TokenRefused(Forbidden):
    """The access token is no longer taken (logged out, revoked): no call succeeds with it."""


# errcode -> the core's error type (the spec's codes; anything else goes by HTTP status)
ERRCODES: dict[str, type[ActionError]] = {
    "M_FORBIDDEN": Forbidden,
    "M_UNKNOWN_TOKEN": TokenRefused,
    "M_MISSING_TOKEN": TokenRefused,
    "M_NOT_FOUND": TargetNotFound,
    "M_NOT_JSON": ActionError,
    "M_BAD_JSON": ActionError,
    "M_TOO_LARGE": ActionError,
}


def translate(what: str, exc: Exception) -> ActionError:
    """The core's error for a failed call (`what` names the call, never the token)."""
    if isinstance(exc, LimitExceeded):
        return RateLimited(exc.retry_after, what)
    if isinstance(exc, MLimitExceeded):
        return RateLimited(DEFAULT_RETRY_SECONDS, what)
    if isinstance(exc, MatrixRequestError):
        status = getattr(exc, "http_status", 0)
        text = f"{what}: {exc.errcode or 'HTTP ' + str(status)} {exc.message or ''}".rstrip()
        kind = ERRCODES.get(exc.errcode or "")
        if kind is not None:
            return kind(text)
        if status in AWAY_STATUSES:
            return Disconnected(text, AWAY_RETRY_SECONDS)
        if status >= 500 or status in (0, 408):
            return TransientError(text)
        return TargetNotFound(text) if status == 404 else ActionError(text)
    if isinstance(exc, MatrixConnectionError | OSError | TimeoutError):
        return Disconnected(f"{what}: {str(exc) or type(exc).__name__}", AWAY_RETRY_SECONDS)
    if isinstance(exc, ValueError):  # an answer that is not the client-server API's JSON
        return TransientError(f"{what}: {exc}")
    raise exc


def whoami_problem(exc: ActionError) -> tuple[str, str]:
    """The setting to look at, and what went wrong, when the first call (whoami) failed: a
    refused token and a homeserver that never answered call for different fixes."""
    if isinstance(exc, Forbidden):
        return "platforms.matrix.access_token", f"the homeserver refused it ({exc})"
    if isinstance(exc, TransientError):
        return "platforms.matrix.homeserver", f"the homeserver is down or unreachable ({exc})"
    return "platforms.matrix.homeserver", f"not a homeserver's client-server API ({exc})"
