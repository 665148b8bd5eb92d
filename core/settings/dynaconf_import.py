"""dynaconf, imported without what groupops does not use.

`dynaconf.contrib` imports Flask whenever it is installed (it is, for the dashboard): about
a tenth of `groupops check`, for an integration nobody here uses. `dynaconf.utils.parse_conf`
imports Jinja2 for `@jinja` values (several per cent more); it is held off too unless the
settings files or GROUPOPS_ variables being read hold an `@jinja` value (or name a file to
include, which might), and set up the way dynaconf sets it up when a later read needs it.
"""

from __future__ import annotations

import os
import sys
from typing import Any

# what in a settings text may lead dynaconf to render a value with Jinja2
JINJA_HINTS = ("@jinja", "include")


def may_need_jinja(texts: list[str]) -> bool:
    return any(hint in text.lower() for text in texts for hint in JINJA_HINTS)


def settings_class(jinja: bool) -> Any:
    """dynaconf's `Dynaconf`; with `jinja`, able to render `@jinja` values."""
    if "dynaconf" not in sys.modules:
        held = [
            name for name in ("flask", "jinja2")[: 1 if jinja else 2] if name not in sys.modules
        ]
        for name in held:
            sys.modules[name] = None  # type: ignore[assignment]  # importing it fails at once
        try:
            import dynaconf  # noqa: F401
        finally:
            for name in held:
                del sys.modules[name]
    if jinja:
        _enable_jinja()
    from dynaconf import Dynaconf

    return Dynaconf


def _enable_jinja() -> None:
    from dynaconf.utils import parse_conf

    if getattr(parse_conf, "jinja_env", None) is not None:
        return
    import jinja2
    from jinja2.sandbox import SandboxedEnvironment

    environment = SandboxedEnvironment()  # as dynaconf builds it at import
    for name in ("abspath", "realpath", "relpath", "dirname", "basename"):
        environment.filters[name] = getattr(os.path, name)
    parse_conf.jinja2 = jinja2
    parse_conf.jinja_env = environment
