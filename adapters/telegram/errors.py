"""Bot API failures -> the neutral typed errors the outbox acts on (retry, wait, give up)."""

from __future__ import annotations

from groupops.core.errors import (
    ActionError,
    AlreadyDone,
    AlreadyGone,
    Forbidden,
    NotInChat,
    RateLimited,
    StartupError,
    TargetNotFound,
    TransientError,
)


class ChatMoved(TargetNotFound):
    """The group became a supergroup with a new id; the call can be made again there."""

    def __init__(self, new_chat_id: int) -> None:
        self.new_chat_id = new_chat_id
        super().__init__(f"telegram: the group was upgraded to supergroup {new_chat_id}")


# Phrases of 400 answers, checked in order: the first that appears decides.
BAD_REQUEST_PHRASES: tuple[tuple[str, type[ActionError]], ...] = (
    ("not enough rights", Forbidden),
    ("chat_admin_required", Forbidden),
    ("can't remove chat owner", Forbidden),
    ("user is an administrator", Forbidden),
    ("can't restrict self", Forbidden),
    ("message to delete not found", AlreadyGone),
    ("charge_already_refunded", AlreadyDone),
    ("user not found", NotInChat),
    ("participant_id_invalid", NotInChat),
    ("user_not_participant", NotInChat),
    ("not found", TargetNotFound),
    ("hide_requester_missing", TargetNotFound),
    ("message can't be deleted", TargetNotFound),
)


class Undecodable(TransientError):
    """The server answered something that is not the Bot API (a proxy's error page, a
    captive portal, a half-written reply, an answer lacking a field the library needs):
    worth retrying, never a reason to give up."""


def undecodable(what: object) -> Undecodable:
    text = " ".join(str(what).split())
    return Undecodable(f"telegram: the server's answer is not the Bot API ({text[:200]})")


def classify(status: int, description: str, retry_after: float | None = None) -> ActionError:
    """The neutral error for an HTTP status and Bot API description."""
    detail = f"telegram: {description}"
    if status == 429 or retry_after is not None:
        return RateLimited(float(retry_after or 1), detail)
    if status in (401, 403):
        return Forbidden(detail)
    if status == 404:
        return TargetNotFound(detail)
    if status >= 500 or status == 0:  # 0: no answer (network)
        return TransientError(detail)
    lowered = description.lower()
    for phrase, error in BAD_REQUEST_PHRASES:
        if phrase in lowered:
            return error(detail)
    return ActionError(detail)


def startup_error(exc: ActionError, base_url: str | None) -> StartupError:
    """A failed getMe at start-up, as the setting the operator has to fix."""
    server = base_url or "https://api.telegram.org"
    if isinstance(exc, Forbidden):  # 401/403 to getMe: the token itself
        return StartupError(
            "platforms.telegram.token", f"rejected by the Bot API at {server} ({exc})"
        )
    if isinstance(exc, TransientError):
        return StartupError("platforms.telegram.base_url", f"cannot reach {server} ({exc})")
    return StartupError("platforms.telegram", f"getMe failed at {server} ({exc})")
