"""Turns pydantic validation errors into key-path problems an operator can act on."""

from __future__ import annotations

import re
from difflib import get_close_matches
from typing import Any

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from ..errors import SettingsProblem

EXPECTED: dict[str, str] = {
    "int_parsing": "a whole number",
    "int_type": "a whole number",
    "int_from_float": "a whole number",
    "float_parsing": "a number",
    "float_type": "a number",
    "bool_parsing": "true or false",
    "bool_type": "true or false",
    "string_type": "a string",
    "list_type": "a list",
    "tuple_type": "a list",
    "dict_type": "a table",
    "model_type": "a table",
    "model_attributes_type": "a table",
}
# a bound pydantic checked (`ge=1`): the phrase before the limit, which its ctx names
BOUNDS: dict[str, tuple[str, str]] = {
    "greater_than_equal": ("ge", "must be at least"),
    "greater_than": ("gt", "must be more than"),
    "less_than_equal": ("le", "must be at most"),
    "less_than": ("lt", "must be less than"),
}


def key_path(loc: tuple[Any, ...]) -> str:
    path = ""
    for part in loc:
        if isinstance(part, int):
            path += f"[{part}]"
        else:
            path += f".{part}" if path else str(part)
    return path


def _fields_at(model: type[BaseModel], loc: tuple[Any, ...]) -> list[str]:
    """Field names of the model reached by following `loc` from `model` (best effort)."""
    current: Any = model
    for part in loc:
        if isinstance(current, type) and issubclass(current, BaseModel):
            field = current.model_fields.get(str(part))
            current = field.annotation if field else None
        elif hasattr(current, "__args__"):  # dict[str, X] / tuple[X, ...]: step into X
            current = (
                current.__args__[-1]
                if current.__args__[-1] is not Ellipsis
                else current.__args__[0]
            )
    if isinstance(current, type) and issubclass(current, BaseModel):
        return list(current.model_fields)
    return []


# A value that must be one of a few words, and where pydantic lists them: a literal (captcha
# mode), or a table's `kind` naming no variant (a campaign of kind "checkin")
CHOICES = {"literal_error": "expected", "enum": "expected", "union_tag_invalid": "expected_tags"}
QUOTED = re.compile(r"'([^']*)'")

# The prefix of an error type a validator of ours raises (PydanticCustomError) so that a chat
# can name it in the asker's language: its message is written for the operator already.
OWN_ERROR = "groupops:"


def _describe(error: ErrorDetails, root: type[BaseModel]) -> str:
    kind, value = error["type"], error.get("input")
    if kind == "missing":
        return "is required"
    if kind == "extra_forbidden":
        known = _fields_at(root, tuple(error["loc"][:-1]))
        close = get_close_matches(str(error["loc"][-1]), known, n=1)  # a typo: name the key
        guess = f", did you mean {close[0]!r}?" if close else ""
        hint = f" (expected one of: {', '.join(known)})" if known else ""
        return f"unknown key{guess}{hint}"
    if kind in CHOICES:
        allowed = QUOTED.findall(str((error.get("ctx") or {}).get(CHOICES[kind], "")))
        said = (
            value.get("kind") if kind == "union_tag_invalid" and isinstance(value, dict) else value
        )
        close = get_close_matches(str(said), allowed, n=1)
        guess = f", did you mean {close[0]!r}?" if close else ""
        return f"got {said!r}{guess} (expected one of: {', '.join(allowed)})"
    if kind == "value_error" or kind.startswith(OWN_ERROR):
        return str(error["msg"]).removeprefix("Value error, ")
    if kind in EXPECTED:
        return f"got {value!r}, expected {EXPECTED[kind]}"
    if kind in BOUNDS:
        limit, phrase = BOUNDS[kind]
        return f"got {value!r}, {phrase} {(error.get('ctx') or {}).get(limit)}"
    return f"got {value!r}: {error['msg']}"


def written(loc: tuple[Any, ...], data: Any) -> tuple[Any, ...]:
    """`loc` as the file writes it: pydantic puts a tagged union's tag into the path
    (campaigns.spring.lottery.winners for a table with kind = "lottery"), which the file has
    not; a part the data lacks where its table's `kind` names it is left out."""
    kept: list[Any] = []
    for part in loc:
        if isinstance(data, dict) and part not in data and data.get("kind") == part:
            continue
        kept.append(part)
        if isinstance(data, dict):
            data = data.get(part)
        elif isinstance(data, list | tuple) and isinstance(part, int) and part < len(data):
            data = data[part]
        else:
            data = None
    return tuple(kept)


def problems_from(
    error: ValidationError, root: type[BaseModel], prefix: tuple = (), data: Any = None
) -> list[SettingsProblem]:
    return [
        SettingsProblem(key_path(prefix + written(_loc_of(e), data)), _describe(e, root))
        for e in error.errors(include_url=False)
    ]


def problems_unvalued(
    error: ValidationError, model: type[BaseModel] | None = None
) -> list[SettingsProblem]:
    """An adapter's options table's problems without the values refused (a token or a
    password may be one of them): an unknown key with the `model`'s key it is closest to
    (key names are no secret), a type or a bound said in words, the rest as pydantic says it."""
    return [
        SettingsProblem(key_path(tuple(e["loc"])), _unvalued(e, model))
        for e in error.errors(include_url=False)
    ]


def _unvalued(error: ErrorDetails, model: type[BaseModel] | None) -> str:
    if error["type"] == "missing":
        return "is required"
    if error["type"] == "extra_forbidden" and model is not None:
        return _describe(error, model)  # names the key, never the value
    if error["type"] in EXPECTED:
        return f"expected {EXPECTED[error['type']]}"
    if error["type"] in BOUNDS:
        limit, phrase = BOUNDS[error["type"]]
        return f"{phrase} {(error.get('ctx') or {}).get(limit)}"
    return str(error["msg"]).removeprefix("Value error, ")


def _loc_of(error: ErrorDetails) -> tuple[Any, ...]:
    """Where the error is: a table whose `kind` names no variant is wrong in its `kind`."""
    loc = tuple(error["loc"])
    if error["type"] == "union_tag_invalid":
        return (*loc, str((error.get("ctx") or {}).get("discriminator", "")).strip("'"))
    return loc
