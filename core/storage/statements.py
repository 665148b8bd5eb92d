"""Bulk write statements, built once per dialect and run with executemany.

The engine does not write through model instances on the hot path: a batch of events turns
into one executemany per statement inside one transaction. Both SQLite (3.24+) and PostgreSQL
accept the same `ON CONFLICT` forms; only placeholders differ.

A statement made with `of(table, Row, ...)` takes its columns from a named row type
(`Row` a NamedTuple, which executemany reads as the plain tuple it is), so a writer says
`ctx.write(CHECKIN_INSERT, CheckinRow(community=..., ...))` and the type checker holds the
row to its statement; `storage.columns.check_statements` holds the columns to the models.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from functools import cache
from typing import Any, Generic

from typing_extensions import TypeVar

# A statement's row type; plain tuples for statements not given one (yet).
R = TypeVar("R", bound=tuple[Any, ...], default=tuple[Any, ...])


class _Hashed:
    """Statements key the rows of every event (`UnitOfWork`): their hash is computed once
    rather than over every column name at each row."""

    __slots__ = ()
    _hash: int

    def __post_init__(self) -> None:
        values = tuple(getattr(self, f.name) for f in fields(self) if f.compare)  # type: ignore[arg-type]
        object.__setattr__(self, "_hash", hash((type(self).__name__, values)))

    def __hash__(self) -> int:  # each class names it too, or @dataclass writes its own
        return self._hash


@dataclass(frozen=True, slots=True)
class Insert(_Hashed, Generic[R]):
    """Insert rows; with `unique`, rows clashing on those columns are skipped."""

    table: str
    columns: tuple[str, ...]
    unique: tuple[str, ...] = ()
    row: type[R] | None = field(default=None, repr=False, compare=False)
    _hash: int = field(init=False, repr=False, compare=False)
    __hash__ = _Hashed.__hash__

    def sql(self, dialect: str) -> str:
        conflict = f" ON CONFLICT ({_names(self.unique)}) DO NOTHING" if self.unique else ""
        return f"{_insert(self.table, self.columns, dialect)}{conflict}"


@dataclass(frozen=True, slots=True)
class Upsert(_Hashed, Generic[R]):
    """Insert rows or, on a clash on `key`, set `update` columns and add to `add` columns."""

    table: str
    columns: tuple[str, ...]
    key: tuple[str, ...]
    update: tuple[str, ...] = ()
    add: tuple[str, ...] = ()
    row: type[R] | None = field(default=None, repr=False, compare=False)
    _hash: int = field(init=False, repr=False, compare=False)
    __hash__ = _Hashed.__hash__

    def sql(self, dialect: str) -> str:
        sets = [f'"{c}" = excluded."{c}"' for c in self.update]
        sets += [f'"{c}" = "{self.table}"."{c}" + excluded."{c}"' for c in self.add]
        action = f"DO UPDATE SET {', '.join(sets)}" if sets else "DO NOTHING"
        insert = _insert(self.table, self.columns, dialect)
        return f"{insert} ON CONFLICT ({_names(self.key)}) {action}"


@dataclass(frozen=True, slots=True)
class Update(_Hashed, Generic[R]):
    """`UPDATE table SET columns WHERE key` for each row (row = columns values, then key values)."""

    table: str
    columns: tuple[str, ...]
    key: tuple[str, ...]
    row: type[R] | None = field(default=None, repr=False, compare=False)
    _hash: int = field(init=False, repr=False, compare=False)
    __hash__ = _Hashed.__hash__

    def sql(self, dialect: str) -> str:
        n = len(self.columns)
        sets = ", ".join(f'"{c}" = {_mark(dialect, i + 1)}' for i, c in enumerate(self.columns))
        where = " AND ".join(f'"{c}" = {_mark(dialect, n + i + 1)}' for i, c in enumerate(self.key))
        return f'UPDATE "{self.table}" SET {sets} WHERE {where}'


@dataclass(frozen=True, slots=True)
class Sql(_Hashed, Generic[R]):
    """A hand-written statement with `?` placeholders (numbered `$n` for PostgreSQL), for what
    the table forms cannot say (a conditional balance move)."""

    text: str
    row: type[R] | None = field(default=None, repr=False, compare=False)
    _hash: int = field(init=False, repr=False, compare=False)
    __hash__ = _Hashed.__hash__

    def sql(self, dialect: str) -> str:
        if dialect == "sqlite":
            return self.text
        parts = self.text.split("?")
        return "".join(f"{part}${i + 1}" for i, part in enumerate(parts[:-1])) + parts[-1]


Statement = Insert[R] | Upsert[R] | Update[R] | Sql[R]

# Every statement with a named row, in the order declared: what the start-up check reads.
_declared: list[Statement[Any]] = []


def declared() -> tuple[Statement[Any], ...]:
    return tuple(_declared)


def columns_of(row: type[tuple[Any, ...]]) -> tuple[str, ...]:
    return tuple(getattr(row, "_fields", ()))


def insert(table: str, row: type[R], *, unique: tuple[str, ...] = ()) -> Insert[R]:
    """`Insert` with the row type's fields for columns."""
    return _declare(Insert(table, columns_of(row), unique, row=row))


def upsert(
    table: str,
    row: type[R],
    *,
    key: tuple[str, ...],
    update: tuple[str, ...] = (),
    add: tuple[str, ...] = (),
) -> Upsert[R]:
    return _declare(Upsert(table, columns_of(row), key, update, add, row=row))


def update(table: str, row: type[R], *, key: tuple[str, ...]) -> Update[R]:
    """`Update` whose row type lists the set columns, then the key columns."""
    names = columns_of(row)
    if names[len(names) - len(key) :] != key:
        raise ValueError(f"{table}: {row.__name__} must end with the key columns {key}")
    return _declare(Update(table, names[: len(names) - len(key)], key, row=row))


def sql(text: str, row: type[R]) -> Sql[R]:
    """`Sql` whose row type names its placeholders in order."""
    return _declare(Sql(text, row=row))


S = TypeVar("S", bound="Statement[Any]")


def _declare(statement: S) -> S:
    _declared.append(statement)
    return statement


def _mark(dialect: str, position: int) -> str:
    return "?" if dialect == "sqlite" else f"${position}"


def _insert(table: str, columns: tuple[str, ...], dialect: str) -> str:
    marks = ", ".join(_mark(dialect, i + 1) for i in range(len(columns)))
    return f'INSERT INTO "{table}" ({_names(columns)}) VALUES ({marks})'


def _names(columns: tuple[str, ...]) -> str:
    # Quoted: column names such as "user" are reserved words in PostgreSQL.
    return ", ".join(f'"{c}"' for c in columns)


@cache
def compiled(statement: Statement[Any], dialect: str) -> str:
    return statement.sql(dialect)


def in_list(dialect: str, count: int, start: int = 1) -> str:
    """Placeholders for `IN (...)` with `count` values."""
    return ", ".join(_mark(dialect, start + i) for i in range(count))
