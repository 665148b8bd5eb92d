"""Long lists in pages: the page asked for (`?page=N`, from 1), its rows and how many there are
in all, and the links to the pages either side (the other query parameters kept)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

PARAM = "page"
# past any list's end, and its row offset still a number the database takes (a page of
# 9223372036854775807 overflowed SQLite's integer: a 500 for a typed-in address)
LAST_PAGE = 1_000_000


def number_of(params: Mapping[str, str], param: str = PARAM) -> int:
    """The page asked for; anything that is not a positive whole number is the first."""
    try:
        return min(LAST_PAGE, max(1, int(params.get(param, "1"))))
    except ValueError:
        return 1


@dataclass(frozen=True, slots=True)
class Page:
    rows: Sequence[Any]
    number: int  # from 1
    size: int
    total: int  # rows in all pages
    path: str
    params: tuple[tuple[str, str], ...] = ()  # the query without `param`
    param: str = PARAM  # a second list on the same page pages with its own parameter

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.size))

    @property
    def first(self) -> int:
        """The position of the first row shown (1-based; 0 when there is none)."""
        return (self.number - 1) * self.size + 1 if self.rows else 0

    @property
    def last(self) -> int:
        return self.first + len(self.rows) - 1 if self.rows else 0

    def link(self, number: int) -> str:
        query = [*self.params, *([(self.param, str(number))] if number > 1 else [])]
        return f"{self.path}?{urlencode(query)}" if query else self.path

    @property
    def previous(self) -> str | None:
        return self.link(self.number - 1) if self.number > 1 else None

    @property
    def next(self) -> str | None:
        return self.link(self.number + 1) if self.number < self.pages else None


def offset_of(number: int, size: int) -> int:
    return (number - 1) * size


def clamp(number: int, size: int, total: int) -> int:
    """The page asked for, or the last one where it asked past the end (`?page=999999` of a
    list of 92 pages is page 92, not an empty table)."""
    return min(number, max(1, -(-total // size)))


def page_of(
    rows: Sequence[Any], number: int, size: int, total: int, path: str,
    params: Mapping[str, str], param: str = PARAM,
) -> Page:  # fmt: skip
    kept = tuple((k, v) for k, v in params.items() if k != param)
    return Page(rows, number, size, total, path, kept, param)


def slice_page(rows: Sequence[Any], number: int, size: int, path: str,
               params: Mapping[str, str]) -> Page:  # fmt: skip
    """A page of a list already in memory."""
    number = clamp(number, size, len(rows))
    start = offset_of(number, size)
    return page_of(rows[start : start + size], number, size, len(rows), path, params)
