"""What `groupops check` says of an adapter's settings table when the adapter does not check
it itself: the default `Adapter.from_settings` passes the table's keys to the constructor, so
a key it has no argument for, or an argument with no default the table leaves out, would
stop `run` and `doctor` with a TypeError that `check` let through."""

from __future__ import annotations

import inspect
from collections.abc import Mapping
from typing import Any

from .errors import SettingsProblem

_NAMED = (inspect.Parameter.POSITIONAL_OR_KEYWORD, inspect.Parameter.KEYWORD_ONLY)


def constructor_problems(cls: type, options: Mapping[str, Any]) -> list[SettingsProblem]:
    """Each key of `options` `cls(**options)` would refuse, and each argument it lacks."""
    try:
        parameters = inspect.signature(cls).parameters.values()
    except (TypeError, ValueError):  # a constructor Python cannot describe: nothing to say
        return []
    named = {p.name: p for p in parameters if p.kind in _NAMED}
    takes_any = any(p.kind is inspect.Parameter.VAR_KEYWORD for p in parameters)
    problems = []
    if not takes_any:
        expected = ", ".join(named) or "none"
        problems += [
            SettingsProblem(key, f"is not an option of this adapter (expected one of: {expected})")
            for key in options
            if key not in named
        ]
    problems += [
        SettingsProblem(name, "is required")
        for name, parameter in named.items()
        if parameter.default is inspect.Parameter.empty and name not in options
    ]
    return problems
