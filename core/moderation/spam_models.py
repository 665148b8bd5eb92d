"""Trained spam models kept in memory: one per ruleset configuration (starter samples, the
ruleset's sample files, lessons taught to the ruleset), so an engine with many communities,
a test suite with many engines and `groupops moderate` train each once per process."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from .spam_document import Taught, lessons_of
from .spam_model import SpamModel
from .spam_samples import read_records, starter_files

_CACHE: dict[tuple, SpamModel] = {}
_MAX_CACHED = 32


def _key(config: Any, lessons: Sequence[Taught]) -> tuple:
    def stamp(paths: Sequence[Path]) -> tuple:
        return tuple((str(p), p.stat().st_mtime_ns if p.exists() else 0) for p in paths)

    return (
        config.starter,
        stamp(config.spam_samples),
        stamp(config.ham_samples),
        config.learned_weight,
        config.taught_weight,
        tuple(lessons_of(lessons)),
    )


def sample_files(config: Any) -> tuple[dict[str, list[Path]], dict[str, list[Path]]]:
    """The files a ruleset's model learns, label -> paths: the starter samples (where it keeps
    them), then the ruleset's own."""
    own = {"spam": list(config.spam_samples), "ham": list(config.ham_samples)}
    starter = {label: starter_files(label) if config.starter else [] for label in own}
    return starter, own


def shared_model(config: Any, lessons: Sequence[Taught] = ()) -> SpamModel:
    """The model for a ruleset's classifier settings plus `lessons` (taught to
    the ruleset as a whole). Do not change it: copy it first (`SpamModel.copy`).

    The class totals are held (`SpamModel.hold`) once the starter samples are learned, or
    once the ruleset's own sample files are when it starts without them."""
    key = _key(config, lessons)
    model = _CACHE.get(key)
    if model is None:
        model = SpamModel()
        for files in sample_files(config):
            for label, paths in files.items():
                model.learn_samples([r for p in paths for r in read_records(Path(p))], label)
            if model.held is None:  # held after the first that taught both classes
                model.hold()
        model.learn_lessons(lessons, config.taught_weight)
        if len(_CACHE) >= _MAX_CACHED:
            _CACHE.pop(next(iter(_CACHE)))
        _CACHE[key] = model
    return model


def community_model(config: Any, shared: Sequence[Taught], own: Sequence[Taught]):
    """The community's model: the shared one with its own lessons added (a copy)."""
    base = shared_model(config, shared)
    if not own:
        return base
    model = base.copy()
    model.learn_lessons(own, config.learned_weight)
    return model
