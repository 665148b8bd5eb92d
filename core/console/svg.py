"""Charts as inline SVG, drawn from the same `KpiSet` as the PNG report (`metrics.charts`):
activity rate against the health band, joins and leaves, points awarded; and bars for
segments. Plain markup, styled by the console's stylesheet, readable without a script.

Every chart is drawn left to right (`direction="ltr"`), also on a right-to-left page: an
inherited `rtl` turns each `text-anchor` round, and labels anchored at the left edge were drawn
off it. A label is a bidi isolate (FSI … PDI), so Arabic within it still reads right to left."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from html import escape

from ..i18n.direction import FSI, PDI
from ..metrics.config import Band
from ..metrics.kpis import KpiSet

WIDTH, HEIGHT, PAD = 640, 180, 28
LABELS = 260  # the label column of horizontal bars
LABEL_ROOM = LABELS - 12  # px a label may take, right-aligned against its bar
TICK_PX = 14  # the stylesheet's tick size: a wide (CJK) character's width, twice a narrow one's
LEGEND_Y = HEIGHT + 20


def _svg(height: float, title: str, body: str) -> str:
    return (
        f'<svg class="chart" viewBox="0 0 {WIDTH} {height}" direction="ltr" role="img" '
        f'aria-label="{escape(title)}"><title>{escape(title)}</title>{body}</svg>'
    )


def _frame(title: str, body: str, legend: str = "") -> str:
    return _svg(HEIGHT + 30, title, body + legend)


def _label(text: str) -> str:
    """Text as one isolated unit in the reader's direction, escaped."""
    return f"{FSI}{escape(text)}{PDI}"


def _width(text: str) -> float:
    """About how many pixels `text` takes at the tick size (no font metrics server-side)."""
    return sum(_char_width(c) for c in text)


def _char_width(char: str) -> float:
    if unicodedata.category(char) == "Cf":  # a bidi mark takes no room
        return 0
    return TICK_PX if unicodedata.east_asian_width(char) in "WF" else TICK_PX * 0.6


def _fitted(label: str, room: float = LABEL_ROOM) -> str:
    """`label`, cut with an ellipsis where it would be wider than `room` pixels."""
    if _width(label) <= room:
        return label
    kept = label
    while kept and _width(kept) > room - TICK_PX:
        kept = kept[:-1]
    return kept + "…"


def _x(index: int, count: int) -> float:
    step = (WIDTH - 2 * PAD) / max(count, 1)
    return PAD + step * index + step / 2


def _y(value: float, top: float) -> float:
    return HEIGHT - PAD - (HEIGHT - 2 * PAD) * (value / top if top else 0)


def _axis(names: Sequence[str]) -> str:
    labels = "".join(
        f'<text class="tick" x="{_x(i, len(names)):.1f}" y="{HEIGHT - 8}" '
        f'text-anchor="middle">{escape(n)}</text>'
        for i, n in enumerate(names)
    )
    base = HEIGHT - PAD
    return f'<line class="axis" x1="{PAD}" y1="{base}" x2="{WIDTH - PAD}" y2="{base}"/>{labels}'


def activity_chart(kpis: KpiSet, band: Band, title: str) -> str:
    """The daily activity rate (speakers / members) with the healthy and alert lines."""
    days = kpis.history.days
    rates = [100 * d.speakers / d.members if d.members else None for d in days]
    levels = [(band.alert_below, "alert"), (band.healthy_above, "healthy")]
    top = max([r for r in rates if r is not None] + [100 * (v or 0) for v, _ in levels] + [1])
    top *= 1.2
    body = _axis([d.day.strftime("%m-%d") for d in days])
    shown = [v for v, _ in levels if v is not None]
    for level, kind in levels:
        if level is not None:
            y = _y(100 * level, top)
            # two close levels (10% and 15%): the lower one's label stands beside the upper
            # one's, not over it
            near = any(v > level and _y(100 * v, top) > y - TICK_PX - 4 for v in shown)
            right = WIDTH - PAD - (4 * TICK_PX if near else 0)
            body += (
                f'<line class="level {kind}" x1="{PAD}" y1="{y:.1f}" x2="{WIDTH - PAD}" '
                f'y2="{y:.1f}"/><text class="tick" x="{right}" y="{y - 3:.1f}" '
                f'text-anchor="end">{100 * level:.0f}%</text>'
            )
    points = [(_x(i, len(days)), _y(r, top), r) for i, r in enumerate(rates) if r is not None]
    if points:
        path = " ".join(f"{x:.1f},{y:.1f}" for x, y, _ in points)
        body += f'<polyline class="series activity" points="{path}"/>'
        body += "".join(
            f'<circle class="dot activity" cx="{x:.1f}" cy="{y:.1f}" r="3">'
            f"<title>{r:.1f}%</title></circle>"
            for x, y, r in points
        )
    return _frame(title, body)


def _legend(series: Sequence[tuple[str, str, Sequence[int]]]) -> str:
    """A key under the axis for charts of more than one series: a swatch, then its name."""
    if len(series) < 2:
        return ""
    out, x = "", PAD
    for kind, name, _ in series:
        out += (
            f'<rect class="bar {kind}" x="{x}" y="{LEGEND_Y - 10}" width="12" height="12"/>'
            f'<text class="tick legend" x="{x + 18}" y="{LEGEND_Y}">{_label(name)}</text>'
        )
        x += 18 + int(_width(name)) + 24
    return out


def bars_chart(
    title: str, names: Sequence[str], series: Sequence[tuple[str, str, Sequence[int]]]
) -> str:
    """Grouped bars per day: series are (css class, name in the legend, values)."""
    top = max([v for _, _, values in series for v in values] + [1]) * 1.15
    slot = (WIDTH - 2 * PAD) / max(len(names), 1)
    width = slot * 0.7 / max(len(series), 1)
    body = _axis(names)
    for s, (kind, _, values) in enumerate(series):
        for i, value in enumerate(values):
            x = PAD + slot * i + slot * 0.15 + width * s
            y = _y(value, top)
            body += (
                f'<rect class="bar {kind}" x="{x:.1f}" y="{y:.1f}" width="{width:.1f}" '
                f'height="{HEIGHT - PAD - y:.1f}"><title>{value}</title></rect>'
            )
    return _frame(title, body, _legend(series))


def moves_chart(kpis: KpiSet, title: str, joined: str, left: str) -> str:
    """Joins and leaves (removals counted with leaves) per day, named in the legend."""
    days = kpis.history.days
    return bars_chart(
        title,
        [d.day.strftime("%m-%d") for d in days],
        [
            ("joins", joined, [d.joins for d in days]),
            ("leaves", left, [d.leaves + d.removals for d in days]),
        ],
    )


def points_chart(kpis: KpiSet, title: str) -> str:
    days = kpis.history.days
    return bars_chart(
        title,
        [d.day.strftime("%m-%d") for d in days],
        [("points", title, [d.points for d in days])],
    )


def share_bars(title: str, rows: Sequence[tuple[str, int]]) -> str:
    """Horizontal bars of counts (segments, tiers)."""
    total = max([count for _, count in rows] + [1])
    height = 24 * len(rows) + 8
    body = ""
    for i, (label, count) in enumerate(rows):
        y = 4 + 24 * i
        length = (WIDTH - LABELS - 40) * count / total
        body += (
            f'<text class="tick" x="{LABELS - 8}" y="{y + 15}" text-anchor="end">'
            f"{_label(_fitted(label))}<title>{escape(label)}</title></text>"
            f'<rect class="bar points" x="{LABELS}" y="{y}" width="{length:.1f}" height="18"/>'
            f'<text class="tick" x="{LABELS + 5 + length:.1f}" y="{y + 15}">{count}</text>'
        )
    return _svg(height, title, body)
