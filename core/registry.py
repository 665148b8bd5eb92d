"""Entry-point discovery of adapters (group `groupops.adapters`), and whether the features
have been registered (core/app.py)."""

from __future__ import annotations

from functools import cache
from importlib.metadata import entry_points

from .adapter import Adapter
from .errors import FeaturesNotLoaded, GroupopsError
from .extras import missing_extra

ADAPTER_GROUP = "groupops.adapters"


class UnknownAdapter(GroupopsError):
    def __init__(self, name: str, known: list[str]) -> None:
        super().__init__(f"no adapter named {name!r} is installed (installed: {', '.join(known)})")


@cache
def adapter_names() -> tuple[str, ...]:
    return tuple(sorted(ep.name for ep in entry_points(group=ADAPTER_GROUP)))


def load_adapter(name: str) -> type[Adapter]:
    for ep in entry_points(group=ADAPTER_GROUP, name=name):
        try:
            cls = ep.load()
        except ModuleNotFoundError as exc:
            raise missing_extra(f"the {name} adapter", exc) from None
        if not (isinstance(cls, type) and issubclass(cls, Adapter)):
            raise GroupopsError(f"entry point {ep.value!r} for adapter {name!r} is not an Adapter")
        return cls
    raise UnknownAdapter(name, list(adapter_names()))


_features_loaded = False


def features_loaded() -> None:
    """Called by the composition root once every feature has registered itself."""
    global _features_loaded
    _features_loaded = True


def require_features(what: str) -> None:
    """Refuse to build `what` from a partial table (only the features some import pulled in)."""
    if not _features_loaded:
        raise FeaturesNotLoaded(what)
