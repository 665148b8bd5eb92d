"""Values PostgreSQL will never take, made to fit: a NUL character (its text type refuses it)
and a string longer than its column (a 300-character display name in `members.name`).

Such a value came from outside (a member's name or message, a bridge's event) and would fail
the commit every time it is tried: every later event waited behind it. Rows are fitted only
once PostgreSQL has refused one (`Database.write`): the hot path pays nothing until an odd
value actually arrives. SQLite takes both as they are.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Any

from tortoise.fields import CharField
from tortoise.models import Model

from . import models
from .statements import Insert, Statement, Update, Upsert

# SQLSTATE classes of a value the database refuses whatever the moment: 22 (data exception:
# too long, NUL, out of range); not a connection or a constraint
DATA_EXCEPTION = "22"


def refuses_value(exc: BaseException) -> bool:
    """Whether PostgreSQL refused a value itself (not an outage, not a constraint)."""
    seen: BaseException | None = exc
    while seen is not None:  # asyncpg's error, or the ORM's wrapping it
        if str(getattr(seen, "sqlstate", "") or "").startswith(DATA_EXCEPTION):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


@cache
def column_limits() -> dict[str, dict[str, int]]:
    """Each table's string columns with a length limit, from the ORM models."""
    limits: dict[str, dict[str, int]] = {}
    for value in vars(models).values():
        if isinstance(value, type) and issubclass(value, Model) and value is not Model:
            meta: Any = value._meta
            limits[meta.db_table] = {
                field.source_field or name: field.max_length
                for name, field in meta.fields_map.items()
                if isinstance(field, CharField)
            }
    return limits


def _columns(statement: Statement[Any]) -> tuple[str, ...]:
    if isinstance(statement, Insert | Upsert):
        return statement.columns
    if isinstance(statement, Update):
        return (*statement.columns, *statement.key)
    return ()  # a hand-written statement: NUL characters only


def fitted(statement: Statement[Any], rows: Sequence[Sequence[Any]]) -> list[Sequence[Any]]:
    """`rows` with NUL characters dropped and strings cut to their column's length."""
    table = getattr(statement, "table", "")
    limits = column_limits().get(table, {})
    widths = [limits.get(column) for column in _columns(statement)]
    return [tuple(_fit(value, widths, i) for i, value in enumerate(row)) for row in rows]


def _fit(value: Any, widths: list[int | None], index: int) -> Any:
    if not isinstance(value, str):
        return value
    value = value.replace("\x00", "")
    width = widths[index] if index < len(widths) else None
    return value[:width] if width else value
