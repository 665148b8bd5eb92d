"""The base of every table's model."""

from __future__ import annotations

from typing import Any

from tortoise.models import Model as TortoiseModel
from tortoise.models import ModelMeta


class _NoComments(ModelMeta):
    # Tortoise reads each model's source file and parses it to find `#:` field comments
    # (about a tenth of `groupops check`, and of every start); our models carry none.
    def __new__(mcs, name: str, bases: tuple[type, ...], attrs: dict[str, Any]):
        attrs.setdefault("_no_comments", True)
        return super().__new__(mcs, name, bases, attrs)


class Model(TortoiseModel, metaclass=_NoComments):
    class Meta:
        abstract = True
