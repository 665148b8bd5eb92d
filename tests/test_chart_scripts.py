"""Charts draw every script: a Chinese, Arabic or Persian community title is drawn with real
glyphs, Arabic and Persian joined and right to left (numbers in them left to right), and a
script no installed font covers is logged once.

Checked on the rendered PNG: a title drawn as boxes looks the same whatever its characters, so
the same characters in another order must change the picture; matplotlib's "Glyph … missing
from font" warnings must not appear."""

from __future__ import annotations

import io
import warnings
from datetime import UTC, date, datetime

import pytest

pytest.importorskip("matplotlib")

import numpy as np
from loguru import logger
from matplotlib import image

from groupops.core.i18n.render import localized
from groupops.core.metrics import chart_fonts
from groupops.core.metrics.charts import bar_chart, weekly_chart
from groupops.core.metrics.config import HealthConfig
from groupops.core.metrics.history import Day, History, Scope
from groupops.core.metrics.kpis import KpiSet
from groupops.core.metrics.periods import Period
from groupops.core.segments import T

TITLE_ROWS = 45  # the suptitle's band at the top of the PNG

needs_cjk_font = pytest.mark.skipif(
    chart_fonts.family_covering(ord("中")) is None,
    reason="no installed font covers Chinese (.ci/run installs fonts-wqy-microhei)",
)


def title_band(title: str, locale: str = "en", **params: object) -> np.ndarray:
    """The chart drawn with `title`, cut to its title band, with missing glyphs as errors."""
    with warnings.catch_warnings():
        warnings.filterwarnings("error", message="Glyph .* missing from font")
        groups = [(T("joined"), [("ann", 3), ("李雷", 2)])]
        png = bar_chart(localized(title, **params), groups, locale)
    return image.imread(io.BytesIO(png))[:TITLE_ROWS, :, :3]


def differing_pixels(a: np.ndarray, b: np.ndarray) -> int:
    return int((np.abs(a - b).sum(axis=2) > 0.1).sum())


def inked_pixels(band: np.ndarray) -> int:
    return int((band.sum(axis=2) < 1.5).sum())


@needs_cjk_font
def test_a_chinese_title_is_drawn_with_chinese_glyphs():
    title = title_band("中文技术社区")
    assert inked_pixels(title) > 300
    # boxes are all alike: the same characters in another order would draw the same picture
    assert differing_pixels(title, title_band("区社术技文中")) > 300


def test_an_arabic_title_is_joined_and_reads_right_to_left():
    word = "عرب"  # ain, reh, beh: ain joins to reh, beh stands alone
    drawn = title_band(word)
    assert inked_pixels(drawn) > 100
    # joined: the same as its letters' contextual forms (initial ain, final reh, isolated beh)
    assert differing_pixels(drawn, title_band("\ufecb\ufeae\ufe8f")) == 0
    assert differing_pixels(drawn, title_band("\ufec9\ufead\ufe8f")) > 50  # isolated forms
    # right to left: forcing left-to-right order (LRO … PDF) moves the letters
    assert differing_pixels(drawn, title_band(f"\u202d{word}\u202c")) > 50


def test_a_persian_title_is_joined_and_reads_right_to_left():
    word = "گروه"  # gaf (Persian only) joins to reh; waw and heh stand alone
    drawn = title_band(word)
    assert differing_pixels(drawn, title_band("\ufb94\ufeae\ufeed\ufee9")) == 0
    assert differing_pixels(drawn, title_band("\ufb92\ufead\ufeed\ufee9")) > 50
    assert differing_pixels(drawn, title_band(f"\u202d{word}\u202c")) > 50


@pytest.mark.parametrize(
    ("title", "as_a_screen_shows_it"),
    [
        ("عرب 2026", "2026 \ufe8f\ufeae\ufecb"),  # the year on the left of the word
        ("گروه ۱۴۰۵", "۱۴۰۵ \ufee9\ufeed\ufeae\ufb94"),  # Persian digits read left to right
    ],
)
def test_a_right_to_left_title_with_a_number_is_laid_out_as_a_screen_shows_it(
    title, as_a_screen_shows_it
):
    # the glyphs forced left to right (LRO … PDF) in the order a reader's screen has them
    forced = title_band(f"\u202d{as_a_screen_shows_it}\u202c")
    assert differing_pixels(title_band(title), forced) == 0


def test_an_arabic_title_with_an_isolated_name_draws_its_marks_as_nothing():
    # in Arabic the name comes between FSI and PDI (core/i18n/direction.py); no box, no gap
    marked = title_band("عرب {name}", "ar", name="Ann")
    assert differing_pixels(marked, title_band("عرب Ann", "ar")) == 0


@needs_cjk_font
def test_chinese_and_arabic_in_one_chart_both_draw():
    mixed = title_band("中文 عرب")
    assert differing_pixels(mixed, title_band("文中 عرب")) > 100
    assert differing_pixels(mixed, title_band("中文 \ufec9\ufead\ufe8f")) > 50


def test_a_script_no_font_covers_is_logged_once():
    seen: list[str] = []
    sink = logger.add(seen.append, level="WARNING", format="{message}")
    try:
        lost = "\U000f0000"  # a private-use character: no font claims it
        chart_fonts._warned.discard(chart_fonts.script_of(lost))
        assert chart_fonts.uncovered(f"ok {lost}") == {chart_fonts.script_of(lost)}
        for _ in range(2):
            assert chart_fonts.families_for([f"a{lost}"]) == [chart_fonts.BASE_FAMILY]
    finally:
        logger.remove(sink)
    (message,) = [m for m in seen if "no installed font draws" in m]
    assert "U+F0000" in message and "fonts-wqy-microhei" in message


def test_a_script_no_font_covers_is_one_log_line_not_a_warning_per_glyph():
    seen: list[str] = []
    sink = logger.add(seen.append, level="WARNING", format="{message}")
    lost = "\U000f0000\U000f0001\U000f0002"  # private-use characters: no font claims them
    chart_fonts._warned.discard(chart_fonts.script_of(lost[0]))
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            bar_chart(localized(lost), [(T("joined"), [("ann", 3)])], "en")
    finally:
        logger.remove(sink)
    assert [m for m in seen if "no installed font draws" in m] != []
    assert [str(w.message) for w in caught if "missing from font" in str(w.message)] == []


def week_of_kpis() -> KpiSet:
    """A week with two of ten members speaking each day: a chart to draw, no database."""
    week = Period.containing("week", date(2026, 3, 2))
    days = [Day(day, speakers=2, members=10) for day in week.days()]
    now = datetime(2026, 3, 9, tzinfo=UTC)
    history = History(Scope("club", ("local:main",)), week, now, days, "reported", 10)
    history.first_recorded = week.first
    return KpiSet.of(history)


def week_chart(title: str, locale: str) -> np.ndarray:
    with warnings.catch_warnings():
        warnings.filterwarnings("error", message="Glyph .* missing from font")
        png = weekly_chart(week_of_kpis(), title, HealthConfig(), locale)
    return image.imread(io.BytesIO(png))[:, :, :3]


def inked(band: np.ndarray) -> np.ndarray:
    """`band` cut to its ink (where it stands does not matter, only what it shows)."""
    rows = np.flatnonzero((band.sum(axis=2) < 2.5).any(axis=1))
    cols = np.flatnonzero((band.sum(axis=2) < 2.5).any(axis=0))
    return band[rows[0] : rows[-1] + 1, cols[0] : cols[-1] + 1]


def ink_rows(picture: np.ndarray) -> list[tuple[int, int]]:
    """The runs of rows with ink, top to bottom: the title, a panel's title, …"""
    rows = (picture.sum(axis=2) < 2.5).any(axis=1)
    runs, start = [], None
    for index, ink in enumerate(rows):
        if ink and start is None:
            start = index
        elif not ink and start is not None:
            runs.append((start, index))
            start = None
    return runs


def title_of(picture: np.ndarray) -> np.ndarray:
    """The chart's title as ink (True) and paper."""
    top, bottom = ink_rows(picture)[0]
    return inked(picture[top:bottom]).sum(axis=2) < 1.5


def ends_differ(a: np.ndarray, b: np.ndarray) -> int:
    """Pixels that differ between two titles, each end compared on its own and allowing a
    column's shift: two charts draw a title at different fractions of a pixel."""
    rows, width = min(len(a), len(b)), b.shape[1]
    a, b = a[:rows], b[:rows]
    left = min((a[:, 1:80] != b[:, 1 + s : 80 + s]).sum() for s in (-1, 0, 1))
    right = min((a[:, -81:-1] != b[:, width - 81 + s : width - 1 + s]).sum() for s in (-1, 0, 1))
    return int(left + right)


@pytest.mark.parametrize(
    ("locale", "word", "as_a_screen_shows_it"),
    [
        ("fa", "گروه", "\ufee9\ufeed\ufeae\ufb94"),
        ("ar", "عرب", "\ufe8f\ufeae\ufecb"),
    ],
)
def test_a_right_to_left_chart_reads_from_the_right(locale, word, as_a_screen_shows_it):
    chart = week_chart(word, locale)
    # "{community}: {label}" right to left: the community's name on the right, the week on
    # the left, as a screen shows it (forced left to right); not the other way round
    drawn = title_of(chart)
    screen = title_of(title_band(f"\u202d2026-W10 :{as_a_screen_shows_it}\u202c"))
    left_to_right = title_of(title_band(f"\u202d{as_a_screen_shows_it}: 2026-W10\u202c"))
    assert 3 * ends_differ(drawn, screen) < ends_differ(drawn, left_to_right)
    # the panels' titles start on the right, as the language is read; left in English
    width = chart.shape[1]
    for picture, side in ((chart, "right"), (week_chart(word, "en"), "left")):
        # under the chart's title, the first run of rows with text alone (a panel's title;
        # one that touches its axes runs into them, wider than half the chart)
        for top, bottom in ink_rows(picture)[1:]:
            columns = np.flatnonzero((picture[top:bottom].sum(axis=2) < 2.5).any(axis=0))
            if columns[-1] - columns[0] < width / 2:
                break
        if side == "right":
            assert columns[0] > width * 0.75, (locale, side)
        else:
            assert columns[-1] < width * 0.25, (locale, side)


@pytest.mark.parametrize(
    ("word", "as_a_screen_shows_it"),
    [("گروه", "\ufee9\ufeed\ufeae\ufb94"), ("عرب", "\ufe8f\ufeae\ufecb")],
)
def test_a_right_to_left_name_in_an_english_chart_leaves_the_week_in_order(
    word, as_a_screen_shows_it
):
    # left to right: the name (read right to left on its own), then ": 2026-W10"; the name
    # once set the line's direction, and the week read "W10-2026"
    drawn = title_of(week_chart(word, "en"))
    screen = title_of(title_band(f"\u202d{as_a_screen_shows_it}: 2026-W10\u202c"))
    taken_over = title_of(title_band(f"{word}: 2026-W10"))
    assert 3 * ends_differ(drawn, screen) < ends_differ(drawn, taken_over)


@pytest.mark.parametrize("locale", ["fa", "ar", "en"])
def test_the_health_band_labels_stay_clear_of_the_charts_edge(locale):
    chart = week_chart("club", locale)
    red, green, blue = (chart[:, :, i] for i in range(3))
    greenish = (green - red > 0.15) & (green - blue > 0.1)  # the healthy band: line and label
    line = int(np.argmax(greenish.sum(axis=1)))  # the dashed line is the greenest row
    line_end = int(np.flatnonzero(greenish[line])[-1])  # where the axes end
    above = greenish[line - 15 : line - 1]  # the label stands on the line
    label_end = int(np.flatnonzero(above.any(axis=0))[-1])
    assert label_end <= line_end - 4, (label_end, line_end)


def test_dollar_signs_in_a_title_are_drawn_as_written():
    """A title is drawn as written: matplotlib read `$…$` in it as a formula, so "$5$" was
    drawn as "5", and a title such as "Fund $\\frac$" stopped the chart with a ValueError."""
    assert differing_pixels(title_band("Win $5$"), title_band("Win 5")) > 50
    assert inked_pixels(title_band("Fund $\\frac$ club")) > 100


@pytest.mark.parametrize(
    ("locale", "first_two_days", "a_bar"),
    [
        ("en", ["3/2", "3/3"], "1,500 (40%)"),
        ("ru", ["02.03", "03.03"], "1\xa0500 (40\xa0%)"),
        ("de", ["2.3.", "3.3."], "1.500 (40\xa0%)"),
        ("zh_Hans", ["3/2", "3/3"], "1,500 (40%)"),
        ("fa", ["3/2", "3/3"], "1,500 (40%)"),
    ],
)
def test_a_charts_days_and_bars_are_written_as_the_locale_writes_them(
    locale, first_two_days, a_bar
):
    """The days under the weekly chart read `03-02` in every language (the 3rd of February
    where the day comes first), and a bar's share `40%` beside a Russian report's `40 %`."""
    from groupops.core.metrics.charts import bar_note, day_labels

    assert day_labels(week_of_kpis().history.days[:2], locale) == first_two_days
    assert bar_note(1500, 3750, locale) == a_bar


def test_an_arabic_charts_days_are_day_then_month():
    from groupops.core.metrics.charts import day_labels

    # CLDR writes 2/3 with a RIGHT-TO-LEFT MARK after the day; a chart draws it as nothing
    assert day_labels(week_of_kpis().history.days[:1], "ar") == ["2\u200f/3"]
