"""Rows an event (or a batch of events) writes, grouped by statement for executemany."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from ..storage.statements import Statement


class UnitOfWork:
    __slots__ = ("_rows",)

    def __init__(self) -> None:
        self._rows: dict[Statement, list[Sequence[Any]]] = {}

    def add(self, statement: Statement, row: Sequence[Any]) -> None:
        rows = self._rows.get(statement)
        if rows is None:
            self._rows[statement] = [row]
        else:
            rows.append(row)

    def extend(self, other: UnitOfWork) -> None:
        for statement, rows in other._rows.items():
            mine = self._rows.get(statement)
            if mine is None:
                self._rows[statement] = list(rows)
            else:
                mine.extend(rows)

    def __iter__(self) -> Iterator[tuple[Statement, list[Sequence[Any]]]]:
        return iter(self._rows.items())

    def __len__(self) -> int:
        return sum(len(rows) for rows in self._rows.values())

    def clear(self) -> None:
        self._rows.clear()
