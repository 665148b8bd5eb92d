"""What is wrong with an update neither driver can use, said as the field path and the
problem, never the values (a member's words do not belong in the log): both drivers log the
same line for the same update (`update 99990002 skipped: message.chat: missing`).

The fields checked are those groupops reads, by update kind; what the table does not name
is said from the library's own error (pydantic's location), else by the error's type."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

Shape = Mapping[str, Any]  # field -> a type, or the shape of a nested object


@dataclass(frozen=True)
class Maybe:
    """A field an update may leave out; given, it has this type (a number for a text was
    said by one driver as the field and by the other as a TypeError)."""

    kind: type


CHAT: Shape = {"id": int, "type": str}
USER: Shape = {"id": int}
MESSAGE: Shape = {
    "message_id": int, "date": int, "chat": CHAT, "text": Maybe(str), "caption": Maybe(str),
}  # fmt: skip
MEMBER: Shape = {"status": str, "user": USER}
CHANGE: Shape = {
    "chat": CHAT, "from": USER, "date": int, "old_chat_member": MEMBER, "new_chat_member": MEMBER,
}  # fmt: skip
SHAPES: dict[str, Shape] = {
    "message": MESSAGE,
    "edited_message": MESSAGE,
    "chat_member": CHANGE,
    "my_chat_member": CHANGE,
    "chat_join_request": {"chat": CHAT, "from": USER, "date": int},
    "callback_query": {"id": str, "from": USER},
    "message_reaction": {"chat": CHAT, "message_id": int, "date": int},
    "pre_checkout_query": {"id": str, "from": USER, "currency": str, "total_amount": int},
}
KINDS = {int: "an integer", str: "a string"}


def _problem(value: Any, shape: Shape, path: str) -> str | None:
    if not isinstance(value, Mapping):
        return f"{path}: not an object"
    for name, wanted in shape.items():
        where = f"{path}.{name}"
        if name not in value or value[name] is None:
            if isinstance(wanted, Maybe):
                continue
            return f"{where}: missing"
        wanted = wanted.kind if isinstance(wanted, Maybe) else wanted
        if isinstance(wanted, Mapping):
            found = _problem(value[name], wanted, where)
            if found is not None:
                return found
        elif not isinstance(value[name], wanted) or isinstance(value[name], bool):
            return f"{where}: not {KINDS[wanted]}"
    return None


class UnknownKind(Exception):
    """An update of a kind the installed library cannot tell (Telegram newer than it): the
    library would skip it with a warning quoting the whole update."""

    def __init__(self, library: str) -> None:
        super().__init__(f"a kind of update the installed {library} does not know")


def update_id_of(update: Any) -> int | None:
    """The update's id, when it is an integer (a bool is not, though Python says it is)."""
    found = update.get("update_id") if isinstance(update, Mapping) else None
    return found if isinstance(found, int) and not isinstance(found, bool) else None


def what_is_wrong(update: Mapping[str, Any]) -> str | None:
    """The first field of `update` groupops reads that is missing or of the wrong type, and
    why; None when they all hold. No value is quoted."""
    if update_id_of(update) is None:
        return "update_id: missing or not an integer"
    if update.keys() <= {"update_id"}:
        return "nothing besides update_id"
    for kind, shape in SHAPES.items():
        if kind in update:
            return _problem(update[kind], shape, kind)
    return None


def why_unreadable(update: Mapping[str, Any], error: BaseException) -> str:
    """Why `update` failed with `error`: its field as `what_is_wrong` says it, else the
    library's own location, else the error's type."""
    found = what_is_wrong(update)
    if found is not None:
        return found
    if isinstance(error, UnknownKind):
        return str(error)
    errors = getattr(error, "errors", None)  # pydantic's ValidationError
    if callable(errors):
        try:
            first = errors(include_input=False, include_url=False)[0]
        except Exception:  # another library's `errors`: its type is said below
            first = None
        if first is not None:
            path = ".".join(str(part) for part in first.get("loc", ()))
            return f"{path}: {first.get('type', 'invalid')}"
    return f"unreadable ({type(error).__name__})"
