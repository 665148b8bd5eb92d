"""Environment variables reach dynaconf upper-cased (GROUPOPS_DATABASE__URL -> DATABASE.URL);
schema keys are matched without regard to case, user-chosen names (rulesets, communities)
keep theirs."""

from __future__ import annotations

import types
import typing
from typing import Any

from pydantic import BaseModel


def _inner_models(annotation: Any) -> list[Any]:
    """The annotations to descend into for the values of a container annotation."""
    origin = typing.get_origin(annotation)
    args = typing.get_args(annotation)
    if origin is typing.Annotated:
        return _inner_models(args[0])
    if origin in (typing.Union, types.UnionType):
        return [
            inner for arg in args for inner in ([arg] if _is_model(arg) else _inner_models(arg))
        ]
    if origin in (dict, tuple, list) and args:
        value = args[-1] if args[-1] is not Ellipsis else args[0]
        return [value]
    return []


def _is_model(annotation: Any) -> bool:
    return isinstance(annotation, type) and issubclass(annotation, BaseModel)


def normalise_keys(data: Any, annotation: Any) -> Any:
    if _is_model(annotation) and isinstance(data, dict):
        fields = annotation.model_fields
        by_lower = {name.lower(): name for name in fields}
        out = {}
        for key, value in data.items():
            name = by_lower.get(str(key).lower(), key)
            field = fields.get(name)
            out[name] = normalise_keys(value, field.annotation) if field else value
        return out
    for inner in _inner_models(annotation):
        origin = typing.get_origin(annotation)
        if origin is dict and isinstance(data, dict):
            return {k: normalise_keys(v, inner) for k, v in data.items()}
        if isinstance(data, list):
            return [normalise_keys(item, inner) for item in data]
        if _is_model(inner) and isinstance(data, dict):
            return normalise_keys(data, inner)
    return data
