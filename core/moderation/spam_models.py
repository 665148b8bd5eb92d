"""Trained spam models kept in memory: one per ruleset configuration (starter samples, the
ruleset's sample files, lessons taught to the ruleset), so an engine with many communities,
a test suite with many engines and `groupops moderate` train each once per process."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from .spam_document import Document
from .spam_model import SpamModel
from .spam_samples import read_messages, starter_files

_CACHE: dict[tuple, SpamModel] = {}
_MAX_CACHED = 32


def _key(config: Any, lessons: Sequence[tuple[str, str]]) -> tuple:
    def stamp(paths: Sequence[Path]) -> tuple:
        return tuple((str(p), p.stat().st_mtime_ns if p.exists() else 0) for p in paths)

    return (
        config.starter,
        stamp(config.spam_samples),
        stamp(config.ham_samples),
        config.learned_weight,
        config.taught_weight,
        tuple(lessons),
    )


def shared_model(config: Any, lessons: Sequence[tuple[str, str]] = ()) -> SpamModel:
    """The model for a ruleset's classifier settings plus `lessons` ((label, text) taught to
    the ruleset as a whole). Do not change it: copy it first (`SpamModel.copy`)."""
    key = _key(config, lessons)
    model = _CACHE.get(key)
    if model is None:
        model = SpamModel()
        added: dict[str, list[tuple[list[Document], float]]] = {}
        for label, paths in (("spam", config.spam_samples), ("ham", config.ham_samples)):
            if config.starter:
                model.learn(
                    documents(m for p in starter_files(label) for m in read_messages(p)), label
                )
            own = documents(m for path in paths for m in read_messages(Path(path)))
            taught = documents(text for kind, text in lessons if kind == label)
            added[label] = [(own, 1.0), (taught, config.taught_weight)]
        for label, scale in class_balance(model, added).items():
            for docs, weight in added[label]:
                model.learn(docs, label, weight * scale)
        if len(_CACHE) >= _MAX_CACHED:
            _CACHE.pop(next(iter(_CACHE)))
        _CACHE[key] = model
    return model


def documents(texts: Iterable[str]) -> list[Document]:
    return [Document.of_text(t) for t in texts if t.strip()]


def class_balance(
    model: SpamModel, added: dict[str, list[tuple[list[Document], float]]]
) -> dict[str, float]:
    """A factor per class so that what a ruleset adds to the starter samples (its sample files
    and what it was taught) adds as much spam as ham. How much of each was added says nothing
    of how likely spam is, yet the smoothing makes the heavier class pull every n-gram the two
    share its way: 514 SMS taught as ham against 91 as spam cut recall from 74 % to 57 %.
    The heavier class is weighed down rather than the lighter up, so a few lessons never count
    as hundreds. Where only one class was added there is nothing to balance against."""
    masses = {
        label: sum(model.mass(docs) * weight for docs, weight in parts)
        for label, parts in added.items()
    }
    if not all(masses.values()):
        return dict.fromkeys(masses, 1.0)
    lighter = min(masses.values())  # the heavier class is weighed down, never the other up
    return {label: lighter / mass for label, mass in masses.items()}


def community_model(config: Any, shared: Sequence[tuple[str, str]], own: Sequence[tuple[str, str]]):
    """The community's model: the shared one with its own lessons added (a copy)."""
    base = shared_model(config, shared)
    if not own:
        return base
    model = base.copy()
    for label in ("spam", "ham"):
        model.learn_texts([t for kind, t in own if kind == label], label, config.learned_weight)
    return model
