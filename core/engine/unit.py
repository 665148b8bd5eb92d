"""Rows an event (or a batch of events) writes, grouped by statement for executemany."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from ..storage.statements import Statement, Upsert


class UnitOfWork:
    __slots__ = ("_rows", "_tallies")

    def __init__(self) -> None:
        self._rows: dict[Statement[Any], list[Sequence[Any]]] = {}
        # Counters summed in memory: a batch writes one row per key however many events hit it.
        self._tallies: dict[Upsert[Any], dict[tuple, list[int]]] = {}

    def add(self, statement: Statement[Any], row: Sequence[Any]) -> None:
        rows = self._rows.get(statement)
        if rows is None:
            self._rows[statement] = [row]
        else:
            rows.append(row)

    def tally(self, statement: Upsert[Any], key: tuple, amounts: Sequence[int]) -> None:
        """Add `amounts` to the counters at `key`; the row written is `key + amounts`, so the
        statement's `add` columns must follow its key columns."""
        counters = self._tallies.setdefault(statement, {})
        current = counters.get(key)
        if current is None:
            counters[key] = list(amounts)
        else:
            for index, amount in enumerate(amounts):
                current[index] += amount

    def extend(self, other: UnitOfWork) -> None:
        for statement, rows in other._rows.items():
            mine = self._rows.get(statement)
            if mine is None:
                self._rows[statement] = list(rows)
            else:
                mine.extend(rows)
        for statement, counters in other._tallies.items():
            for key, amounts in counters.items():
                self.tally(statement, key, amounts)

    def __iter__(self) -> Iterator[tuple[Statement[Any], list[Sequence[Any]]]]:
        yield from self._rows.items()
        for statement, counters in self._tallies.items():
            yield statement, [(*key, *amounts) for key, amounts in counters.items()]

    def __len__(self) -> int:
        return sum(len(rows) for rows in self._rows.values()) + sum(
            len(counters) for counters in self._tallies.values()
        )

    def clear(self) -> None:
        self._rows.clear()
        self._tallies.clear()
