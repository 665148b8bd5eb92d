"""Two communities, or two periods, side by side (the playbook's A-group vs B-group table)."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from typing import Any

from babel.numbers import format_decimal

from ..i18n import said_percent
from ..i18n.catalogs import available_locales
from ..i18n.render import localized
from ..segments import I18nText, T
from .kpis import KpiSet
from .labels import KPI_NAMES

Row = tuple[I18nText, Callable[[KpiSet], float | None], str]  # label, value, "count"/"rate"


def _per_day(kpis: KpiSet, name: str) -> float | None:
    count = kpis.counts[name]
    return None if count is None else count / max(1, len(kpis.history.recorded_days))


ROWS: tuple[Row, ...] = (
    (T("members"), lambda k: k.counts["members"], "count"),
    (T("messages a day"), lambda k: _per_day(k, "messages"), "count"),
    (T("joined"), lambda k: k.counts["joins"], "count"),
    (T("left"), lambda k: k.counts["leaves"], "count"),
    (T("orders"), lambda k: k.counts["orders"], "count"),
    *(
        (KPI_NAMES[name], (lambda k, n=name: k[n].value), "rate")
        for name in ("activity", "conversion", "leave_rate", "reach", "retention_7d")
    ),
)


COUNT, CHANGE = "#,##0.#", "+#,##0.#;-#,##0.#"  # a count or a day's average; a difference
POINTS = "+#,##0.0;-#,##0.0"  # percentage points: always one decimal


def _number(value: float, pattern: str) -> I18nText:
    """`value` in each reader's number format, as a report writes its numbers (Babel):
    `1,234.5` in English, `1 234,5` in Russian."""
    return localized(
        {locale: format_decimal(value, pattern, locale=locale) for locale in available_locales()}
    )


def _show(value: float | None, kind: str) -> str | I18nText:
    if value is None:
        return "—"
    return said_percent(value) if kind == "rate" else _number(value, COUNT)


def _difference(a: float | None, b: float | None, kind: str) -> str | I18nText:
    if a is None or b is None:
        return "—"
    delta = b - a
    if kind == "rate":
        # i18n: percentage points, the difference of two rates (32.7% - 30.2%), abbreviated
        return T("{difference} pt", difference=_number(delta * 100, POINTS))
    return _number(delta, CHANGE)


def _value(kpis: KpiSet, value: Callable[[KpiSet], float | None]) -> float | None:
    """A row's figure; none for a period before anything was recorded (its zeros are no
    counts)."""
    return None if kpis.history.nothing_recorded else value(kpis)


def comparison_rows(a: KpiSet, b: KpiSet) -> list[tuple[I18nText, float | None, float | None, str]]:
    return [(label, _value(a, value), _value(b, value), kind) for label, value, kind in ROWS]


def comparison_data(a: KpiSet, b: KpiSet, names: tuple[str, str]) -> dict[str, Any]:
    rows = {}
    for (_label, value, _kind), key in zip(ROWS, _keys(), strict=True):
        rows[key] = {names[0]: _rounded(_value(a, value)), names[1]: _rounded(_value(b, value))}
    return {"columns": list(names), "rows": rows}


def _keys() -> list[str]:
    return ["members", "messages_per_day", "joins", "leaves", "orders", "activity",
            "conversion", "leave_rate", "reach", "retention_7d"]  # fmt: skip


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def _width(text: str) -> int:
    """Columns a terminal gives `text`: two for a wide character, none for a format character
    (the isolates around a value in a right-to-left sentence)."""
    return sum(
        0
        if unicodedata.category(c) == "Cf"
        else 2
        if unicodedata.east_asian_width(c) in "WF"
        else 1
        for c in text
    )


def _pad(text: str, width: int, right: bool = False) -> str:
    space = " " * (width - _width(text))
    return space + text if right else text + space


def comparison_table(
    a: KpiSet, b: KpiSet, names: tuple[str, str], label: Callable[[I18nText], str]
) -> str:
    """A plain-text table; `label` renders the row names and values in the reader's locale."""
    header = ["", names[0], names[1], label(T("difference"))]
    body = []

    def said(cell: str | I18nText) -> str:
        return label(cell) if isinstance(cell, I18nText) else cell

    for name, va, vb, kind in comparison_rows(a, b):
        shown = (name, _show(va, kind), _show(vb, kind), _difference(va, vb, kind))
        body.append([said(cell) for cell in shown])
    widths = [max(_width(row[i]) for row in [header, *body]) for i in range(4)]
    lines = []
    for index, row in enumerate([header, *body]):
        cells = [_pad(row[0], widths[0])] + [
            _pad(cell, widths[i], right=True) for i, cell in enumerate(row) if i
        ]
        lines.append("  ".join(cells).rstrip())
        if index == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)
