"""The start-up check that every named row fits its table: each column a statement writes is a
field of the ORM model behind the table, and a hand-written statement's row has one field per
placeholder. A row type out of step with the models fails here, naming table and column,
rather than in the middle of a commit.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from tortoise.models import Model

from ..errors import GroupopsError
from . import models
from .statements import Insert, Sql, Statement, Update, Upsert, columns_of, declared

_TABLE = re.compile(r'\b(?:INTO|UPDATE|FROM)\s+"?(\w+)"?', re.IGNORECASE)


class RowMismatch(GroupopsError):
    """A statement's row names a column its table does not have."""


def model_columns() -> dict[str, frozenset[str]]:
    """Each table's columns, from the ORM models."""
    tables: dict[str, frozenset[str]] = {}
    for value in vars(models).values():
        if isinstance(value, type) and issubclass(value, Model) and value is not Model:
            meta: Any = value._meta
            tables[meta.db_table] = frozenset(meta.fields_db_projection.values())
    return tables


def problems(
    statements: Iterable[Statement[Any]], tables: Mapping[str, frozenset[str]]
) -> list[str]:
    found: list[str] = []
    for statement in statements:
        row = statement.row
        name = row.__name__ if row is not None else "row"
        if isinstance(statement, Sql):
            wanted = statement.text.count("?")
            if row is not None and len(columns_of(row)) != wanted:
                found.append(f"{name}: {len(columns_of(row))} fields for {wanted} placeholders")
            for table in _TABLE.findall(statement.text):
                if table not in tables:
                    found.append(f"{name}: no table {table!r}")
            continue
        columns = tables.get(statement.table)
        if columns is None:
            found.append(f"{name}: no table {statement.table!r}")
            continue
        names = [*statement.columns, *_keys(statement)]
        found += [
            f"{name}: table {statement.table!r} has no column {c!r}"
            for c in names
            if c not in columns
        ]
        if isinstance(statement, Upsert):  # what a clash changes must be what the row holds
            changed = (*statement.update, *statement.add)
            found += [
                f"{name}: {statement.table!r} upsert changes {c!r}, not among its columns"
                for c in changed
                if c not in statement.columns
            ]
    return found


def _keys(statement: Insert[Any] | Upsert[Any] | Update[Any]) -> tuple[str, ...]:
    if isinstance(statement, Insert):
        return statement.unique
    return statement.key


def check_statements(statements: Iterable[Statement[Any]] | None = None) -> None:
    """Raise `RowMismatch` listing every row that does not fit its table (by default: every
    statement declared with a named row)."""
    found = problems(declared() if statements is None else statements, model_columns())
    if found:
        raise RowMismatch("rows out of step with the models: " + "; ".join(found))
