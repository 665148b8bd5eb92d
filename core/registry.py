"""Entry-point discovery of adapters (group `groupops.adapters`), and whether the features
(or only their ruleset sections) have been registered (core/app.py)."""

from __future__ import annotations

from collections.abc import Callable
from difflib import get_close_matches
from functools import cache
from importlib.metadata import EntryPoint, entry_points
from importlib.util import find_spec

from .adapter import Adapter
from .errors import FeaturesNotLoaded, GroupopsError, MissingExtra, MissingLibrary
from .extras import extra_of, missing_extra

ADAPTER_GROUP = "groupops.adapters"


class UnknownAdapter(GroupopsError):
    def __init__(self, name: str, known: list[str]) -> None:
        close = get_close_matches(name, known, n=1)
        guess = f"did you mean {close[0]!r}? " if close else ""
        listed = ", ".join(_usable(known_name) for known_name in known)
        super().__init__(f"no adapter named {name!r} is installed ({guess}adapters: {listed})")


def _usable(name: str) -> str:
    """`name`, or `name` with the extra it still needs (`ptb [telegram]`): an adapter whose
    library is not installed is listed, but cannot be used as it is."""
    try:
        load_adapter(name)
    except MissingExtra as missing:
        return f"{name} (needs groupops[{missing.extra}])"
    except MissingLibrary as missing:
        return f"{name} (needs {missing.module})"
    except GroupopsError:
        return name
    return name


@cache
def adapter_names() -> tuple[str, ...]:
    return tuple(sorted(ep.name for ep in entry_points(group=ADAPTER_GROUP)))


def load_adapter(name: str) -> type[Adapter]:
    for ep in entry_points(group=ADAPTER_GROUP, name=name):
        try:
            cls = ep.load()
        except ModuleNotFoundError as exc:
            raise _lacking(name, ep, exc) from None
        if not (isinstance(cls, type) and issubclass(cls, Adapter)):
            raise GroupopsError(f"entry point {ep.value!r} for adapter {name!r} is not an Adapter")
        for module in cls.requires:
            if find_spec(module) is None:
                raise _lacking(name, ep, ModuleNotFoundError(name=module))
        return cls
    raise UnknownAdapter(name, list(adapter_names()))


def _lacking(name: str, ep: EntryPoint, exc: ModuleNotFoundError) -> GroupopsError:
    """A library the adapter needs is missing: the extra that brings it, or, for an adapter
    of another package (no extra of ours knows its library), that package."""
    module = exc.name or ""
    if extra_of(module) is not None:
        return missing_extra(f"the {name} adapter", exc)
    package = ep.dist.name if ep.dist is not None else ""
    return MissingLibrary(f"the {name} adapter", module.partition(".")[0], package)


_features_loaded = False
_sections_loaded = False
# Set by the composition root when it registered the ruleset sections only: reading a feature
# table (the components) then loads the features rather than refusing.
_load_features: Callable[[], None] | None = None


def features_loaded() -> None:
    """Called by the composition root once every feature has registered itself."""
    global _features_loaded, _sections_loaded
    _features_loaded = _sections_loaded = True


def sections_loaded(load_features: Callable[[], None]) -> None:
    """Called by the composition root once every ruleset section has registered itself;
    `load_features` registers the rest when a feature table is read."""
    global _sections_loaded, _load_features
    _sections_loaded = True
    _load_features = load_features


def are_features_loaded() -> bool:
    return _features_loaded


def require_features(what: str) -> None:
    """Refuse to build `what` from a partial table (only the features some import pulled in)."""
    if not _features_loaded and _load_features is not None:
        _load_features()
    if not _features_loaded:
        raise FeaturesNotLoaded(what)


def require_sections(what: str) -> None:
    """As `require_features`, for what needs only the ruleset sections (the schema)."""
    if not _sections_loaded:
        raise FeaturesNotLoaded(what)
