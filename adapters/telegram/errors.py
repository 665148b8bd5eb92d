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
    worth retrying, never a reason to give up. `missing`: the fields the library found
    lacking, where it names them (a Bot API server older than the library)."""

    def __init__(self, message: str, missing: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.missing = missing


def undecodable(what: object, missing: tuple[str, ...] = ()) -> Undecodable:
    if missing:
        fields = ", ".join(missing[:6]) + (", …" if len(missing) > 6 else "")
        return Undecodable(
            f"telegram: the server's answer lacks fields the library needs ({fields})", missing
        )
    text = " ".join(str(what).split())
    return Undecodable(f"telegram: the server's answer is not the Bot API ({text[:200]})")


def missing_fields(errors: list[dict]) -> tuple[str, ...]:
    """The fields a model's validation found missing (pydantic's `errors()`), as dotted paths
    inside the answer (`accepted_gift_types.gifts_from_channels`). Of a union (a ChatMember's
    kinds, each tried), only the kinds whose status matched count: not every other kind's.
    Only fields of the result count: an answer without the envelope's own (`ok`) is no older
    Bot API server but something else answering, and is said as not the Bot API."""

    def kinds(loc: tuple) -> tuple:
        return tuple(p for p in loc if isinstance(p, str) and p[:1].isupper())

    wrong = {kinds(e["loc"]) for e in errors if e.get("type") != "missing"}
    found: dict[str, None] = {}
    for error in errors:
        loc = tuple(error.get("loc", ()))
        if error.get("type") != "missing" or (kinds(loc) and kinds(loc) in wrong):
            continue
        if loc[:1] != ("result",):
            return ()
        path = [str(p) for p in loc[1:] if str(p) not in kinds(loc)]
        found.setdefault(".".join(path))
    return tuple(found)


def classify(status: int, description: str, retry_after: float | None = None) -> ActionError:
    """The neutral error for an HTTP status and Bot API description, on one line (aiogram's
    429 adds "\nOriginal description: …", which split each log line of a raid's 429s in two)."""
    description = " ".join(description.split())
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
    if isinstance(exc, Undecodable):  # reached: something answered, not as the Bot API
        return StartupError(
            "platforms.telegram.base_url",
            f"{server} answers getMe, but not as the Bot API does ({exc})",
        )
    if isinstance(exc, TransientError):
        return StartupError("platforms.telegram.base_url", f"cannot reach {server} ({exc})")
    return StartupError("platforms.telegram", f"getMe failed at {server} ({exc})")
