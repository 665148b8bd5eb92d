"""Ruleset sections: each feature declares the table it reads from a ruleset.

`@ruleset_section("welcome")` on a pydantic model adds `[rulesets.NAME.welcome]` to the
schema, so features add settings without editing a central file.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from pydantic import BaseModel, ConfigDict

M = TypeVar("M", bound=type[BaseModel])

SECTIONS: dict[str, type[BaseModel]] = {}


class SectionModel(BaseModel):
    """Base for ruleset sections: unknown keys are errors, so typos are caught."""

    model_config = ConfigDict(extra="forbid", frozen=True)


def ruleset_section(name: str) -> Callable[[M], M]:
    def register(model: M) -> M:
        SECTIONS[name] = model
        return model

    return register
