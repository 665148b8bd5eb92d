"""The composition root: where the application's parts are put together.

Every built-in feature (its components, ruleset sections, detectors, campaign kinds, chat
commands and simulation reports) registers itself when its package is imported, and this is
the one module that imports them all, with the plugins installed under the
`groupops.components` entry-point group (adapters are found by `registry.load_adapter`). The
engine and the settings import no feature: they read the tables the features registered into,
and refuse to start (`FeaturesNotLoaded`) when nobody called `load_features`.

Whatever starts the application calls it first: the command line (for each command that
reads settings), an embedding (`adapters/telegram/embed.py`), the test suite. A command that
only validates settings (`groupops check`) calls `load_sections`: the ruleset sections without
the components, the engine and the storage models (feature_sections.py).
"""

from __future__ import annotations

from functools import cache
from importlib.metadata import EntryPoint, entry_points
from types import ModuleType

from .engine.components import COMPONENT_GROUP, Component, component
from .errors import GroupopsError
from .registry import features_loaded, sections_loaded
from .settings.ruleset import ruleset_model


@cache
def load_features() -> None:
    """Register the built-in features and the installed component plugins, once."""
    from . import features  # noqa: F401 - the built-in features, each registering itself
    from .storage.columns import check_statements  # here: load_sections needs no storage

    for point in entry_points(group=COMPONENT_GROUP):
        component(plugin_component(point))
    check_statements()  # every named row against the models: a mismatch names table and column
    features_loaded()
    ruleset_model.cache_clear()  # in case something built it from a partial table


def plugin_component(point: EntryPoint) -> type[Component]:
    """The Component class an installed `groupops.components` entry point names; one line
    naming the entry point when it cannot be imported or names something else."""
    where = f"entry point {point.name} = {point.value!r} ({COMPONENT_GROUP})"
    try:
        found = point.load()
    except ImportError as exc:
        raise GroupopsError(f"{where}: cannot import it: {exc}") from None
    except AttributeError as exc:
        raise GroupopsError(f"{where}: {exc}") from None
    if isinstance(found, type) and issubclass(found, Component):
        return found
    kind = "a module" if isinstance(found, ModuleType) else f"{type(found).__name__} {found!r}"
    raise GroupopsError(
        f"{where} names {kind}, not a Component class: write it as 'package.module:ClassName'"
    )


@cache
def load_sections() -> None:
    """Register the built-in ruleset sections only; the features follow when something reads
    their tables (a ruleset's own pipeline, a disabled command's name). Installed component
    plugins may bring sections of their own: with any installed, every feature is loaded."""
    if entry_points(group=COMPONENT_GROUP):
        load_features()
        return
    from . import feature_sections  # noqa: F401 - each module registering its sections

    sections_loaded(load_features)
    ruleset_model.cache_clear()
