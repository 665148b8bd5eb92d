"""Charts as PNG bytes, drawn with matplotlib's object API on the Agg canvas (no display, no
global pyplot state). Labels follow the report's locale where a font can draw it; otherwise
they fall back to English rather than print boxes. Every text gets the fonts that draw its
scripts (chart_fonts), so a Chinese or Arabic community title shows in an English report."""

from __future__ import annotations

import io
import unicodedata
import warnings
from dataclasses import replace
from typing import Any, Literal

import matplotlib

matplotlib.use("Agg")

from babel.dates import format_skeleton
from babel.numbers import format_decimal
from matplotlib.figure import Figure

from ..i18n import format_percent_in, said_percent
from ..i18n.direction import FSI, PDI, Isolated, defused, marks_for
from ..i18n.render import render_text
from ..segments import I18nText, T
from .chart_fonts import apply_fonts, uncovered
from .config import HealthConfig
from .history import Day
from .kpis import KpiSet, members_that_day
from .labels import KPI_NAMES, LIMIT

EDGE = 4  # points between a label inside the axes and their edge
COLOURS = {"activity": "#2a6fdb", "joins": "#2e9e5b", "leaves": "#d64545", "points": "#e0a100"}


def chart_locale(locale: str) -> str:
    """The locale's labels where an installed font draws them, else English rather than boxes."""
    sample = render_text(T("joins and leaves"), locale)
    return locale if not uncovered(sample) else "en"


class Labeller:
    """Labels in the chart's locale. Right to left, a label opens with a RIGHT-TO-LEFT MARK,
    as a message does (core/i18n/direction.py): a line's first strong letter sets its
    direction, and one that opens with an isolated value (`{community}: {label}`) would
    otherwise be laid out left to right, the community's name on the left; and titles start
    on the right, where a reader of the language starts."""

    def __init__(self, locale: str) -> None:
        self.locale = chart_locale(locale)
        marks = marks_for(self.locale)
        self.rtl = marks is not None
        self.paragraph = marks.paragraph if marks is not None else ""
        self.side: Literal["left", "right"] = "right" if self.rtl else "left"

    def __call__(self, text: I18nText) -> str:
        if not self.rtl and text.params:  # a right-to-left name in a left-to-right label
            text = replace(text, params={k: _isolated(v) for k, v in text.params.items()})
        return as_written(self.paragraph + render_text(text, self.locale))


def as_written(label: str) -> str:
    """`label` drawn as written: matplotlib reads text between two dollar signs as a formula
    (a title "Win $5 or $10" lost its dollars to italics, "Fund $\\frac$" raised), and draws an
    escaped one as a dollar."""
    return label.replace("$", r"\$")


def _isolated(value: Any) -> Any:
    """A value with right-to-left letters (an Arabic community's name), laid out on its own
    as a right-to-left message lays out its values: else the label takes its direction from
    it, and a week after it (`2026-W10`) reads `W10-2026`."""
    if isinstance(value, str) and any(unicodedata.bidirectional(c) in ("R", "AL") for c in value):
        return Isolated(f"{FSI}{defused(value)}{PDI}")
    return value


def _png(figure: Figure) -> bytes:
    missing = apply_fonts(figure)
    buffer = io.BytesIO()
    with warnings.catch_warnings():
        if missing:  # logged once by apply_fonts; matplotlib would warn again for each glyph
            warnings.filterwarnings("ignore", message="Glyph .* missing from font")
        figure.savefig(buffer, format="png", dpi=110)
    return buffer.getvalue()


def activity_rates(days: list[Day], basis: str | None) -> list[float]:
    """Each day's activity in percent over the KPI's own denominator (those who left or were
    removed that day count), so the chart agrees with the text and never passes 100 %."""
    return [
        100 * d.speakers / members_that_day(d, basis) if d.members else float("nan") for d in days
    ]


def day_labels(days: list[Day], locale: str) -> list[str]:
    """Each day as the locale writes a month and day (`3/2`, `02.03`, `2.3.`, `2/3` in
    Arabic, `3/2` in Chinese): `03-02` read as the 3rd of February where the day comes first."""
    return [format_skeleton("Md", d.day, locale=locale) for d in days]


def weekly_chart(kpis: KpiSet, title: str | I18nText, health: HealthConfig, locale: str) -> bytes:
    """Activity rate, joins and leaves, and points per day of the period."""
    label = Labeller(locale)
    days = kpis.history.days
    names = day_labels(days, label.locale)
    x = list(range(len(days)))
    figure = Figure(figsize=(8, 8.5), layout="constrained")
    activity, moves, points = figure.subplots(3, 1, sharex=True)
    figure.suptitle(
        label(T("{community}: {label}", community=title, label=kpis.history.period.said)),
        fontsize=14,
    )
    rates = activity_rates(days, kpis.history.basis)
    activity.plot(x, rates, marker="o", color=COLOURS["activity"])
    band = health.activity
    lines = ((band.alert_below, "leaves", T("alert below {value}")),
             (band.healthy_above, "joins", T("healthy above {value}")))  # fmt: skip
    for level, colour, text in lines:
        if level is None:
            continue
        activity.axhline(level * 100, color=COLOURS[colour], linestyle="--", lw=1)
        # inside the axes, clear of the edge (a glyph may reach past its advance)
        activity.annotate(
            label(I18nText(text.msgid, {"value": said_percent(level, LIMIT)})),
            (1, level * 100), xycoords=("axes fraction", "data"), xytext=(-EDGE, 1),
            textcoords="offset points", ha="right", va="bottom", color=COLOURS[colour],
            fontsize=8,
        )  # fmt: skip
    if band.alert_below is not None:
        activity.axhspan(0, band.alert_below * 100, color=COLOURS["leaves"], alpha=0.08)
    top = max([r for r in rates if r == r] + [(band.healthy_above or 0) * 100]) * 1.25
    activity.set_ylim(0, max(top, 1))
    activity.set_ylabel("%")
    activity.set_title(label(KPI_NAMES["activity"]), loc=label.side)
    width = 0.38
    joins = [d.joins for d in days]
    leaves = [d.leaves + d.removals for d in days]
    moves.bar([i - width / 2 for i in x], joins, width, color=COLOURS["joins"],
              label=label(T("joined")))  # fmt: skip
    moves.bar([i + width / 2 for i in x], leaves, width, color=COLOURS["leaves"],
              label=label(T("left or removed")))  # fmt: skip
    moves.set_title(label(T("joins and leaves")), loc=label.side)
    moves.legend(loc="upper right", markerfirst=not label.rtl)  # right to left: key, then text
    points.bar(x, [d.points for d in days], 0.6, color=COLOURS["points"])
    points.set_title(label(T("points awarded")), loc=label.side)
    points.set_xticks(x, names)
    for axes in (activity, moves, points):
        axes.grid(axis="y", alpha=0.3)
        axes.spines[["top", "right"]].set_visible(False)
        axes.yaxis.get_major_locator().set_params(integer=axes is not activity)
    return _png(figure)


def bar_note(count: int, total: int, locale: str) -> str:
    """A bar's count and share, in the locale's numbers (`1 500 (40 %)` in Russian)."""
    share = format_percent_in(count / total, locale, (0, 0))
    return f"{format_decimal(count, locale=locale)} ({share})"


def bar_chart(title: I18nText, groups: list[tuple[I18nText, list[tuple[Any, int]]]],
              locale: str) -> bytes:  # fmt: skip
    """Horizontal bars, one panel per group: [(panel title, [(label, count), ...]), ...]."""
    label = Labeller(locale)
    figure = Figure(figsize=(8, 2.2 + 1.6 * len(groups)), layout="constrained")
    panels = figure.subplots(len(groups), 1, squeeze=False)[:, 0]
    figure.suptitle(label(title), fontsize=14)
    for axes, (panel_title, bars) in zip(panels, groups, strict=True):
        names = [label(name) if isinstance(name, I18nText) else as_written(str(name))
                 for name, _ in bars]  # fmt: skip
        counts = [count for _, count in bars]
        axes.barh(names, counts, color=COLOURS["activity"])
        axes.invert_yaxis()
        total = sum(counts) or 1
        for index, count in enumerate(counts):
            axes.text(count, index, f" {bar_note(count, total, label.locale)}", va="center")
        axes.set_xlim(0, max([*counts, 1]) * 1.3)
        axes.set_title(label(panel_title), loc=label.side)
        axes.spines[["top", "right"]].set_visible(False)
    return _png(figure)
