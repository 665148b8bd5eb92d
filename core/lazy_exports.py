"""A package's names imported from their modules on first use (PEP 562 `__getattr__`).

A package that exports names of its modules (the engine's API, a feature's seams) would import
all those modules whenever any one of its modules is imported. Exporting them this way, a
module that needs one small part (a ruleset section, a text normaliser) imports only that:
`groupops check` validates settings without the engine and the storage models behind them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from importlib import import_module
from typing import Any


def exports(package: str, homes: Mapping[str, Sequence[str]]) -> Callable[[str], Any]:
    """The `__getattr__` of `package`, whose names live in the modules `homes` maps
    (relative names, `".whois"`) to the names each defines."""
    where = {name: module for module, names in homes.items() for name in names}

    def __getattr__(name: str) -> Any:
        module = where.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(import_module(module, package), name)
        setattr(import_module(package), name, value)  # later reads skip this function
        return value

    return __getattr__
