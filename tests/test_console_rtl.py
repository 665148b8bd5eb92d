"""The console in Arabic, written right to left: the stylesheet places nothing by the physical
left or right (the skip link's offset to the left made every page scroll sideways), and the
charts keep their labels inside the picture, Arabic still read right to left within them."""

from __future__ import annotations

import re
from datetime import date
from html import unescape
from pathlib import Path

import pytest
from support.console import console_client, link_for, post_form, sign_in

from groupops.core.console import svg
from groupops.core.i18n.direction import FSI, PDI

pytest.importorskip("starlette", reason="the console needs the dashboard extra")
bidi = pytest.importorskip("bidi")

STYLESHEET = Path(svg.__file__).parent / "static" / "console.css"
PHYSICAL = re.compile(r"(?<![\w-])(?:left|right)\s*:|-(?:left|right)(?:-\w+)?\s*:")
SVG = re.compile(r"<svg [^>]*>.*?</svg>", re.S)
LABEL = re.compile(r'<text class="tick" x="([\d.]+)" y="(\d+)" text-anchor="end">([^<]*)<title>')
COUNT = re.compile(r'<rect class="bar points" x="(\d+)" y="\d+" width="([\d.]+)" height="18"/>'
                   r'<text class="tick" x="([\d.]+)"')  # fmt: skip


def test_the_stylesheet_places_nothing_by_the_physical_left_or_right():
    css = STYLESHEET.read_text()
    assert PHYSICAL.findall(css) == []
    assert ".skip:focus" in css and "inset-inline-start" in css


async def test_arabic_segment_bars_keep_their_labels_inside_the_chart(harness):
    h = harness
    for name in ("ann", "bob", "cid"):
        await h.world.say(h.chat, h.user(name), "hello")
    await h.settle()
    async with console_client(h) as client:
        await sign_in(client, await link_for(h))
        await post_form(client, "/communities", "/language", locale="ar")
        page = unescape((await client.get("/c/club")).text)
    assert '<html lang="ar" dir="rtl">' in page
    charts = SVG.findall(page)
    assert len(charts) >= 5 and all('direction="ltr"' in chart for chart in charts)
    segments = page[page.index("<h2>الشرائح</h2>") :]
    labels = LABEL.findall(segments)
    assert len(labels) >= 8
    for x, _, label in labels:
        # right-aligned against the bars, and no wider than the room left of them
        assert label.startswith(FSI) and label.endswith(PDI)
        words = label[1:-1]
        assert float(x) < svg.LABELS and svg._width(words) <= float(x)
        # shown right to left within its isolate: the first letter at the right end
        assert bidi.get_display(label).strip(FSI + PDI) == words[::-1]
    assert "الأعضاء العاديون" in {label[1:-1] for _, _, label in labels}
    for start, length, count_x in COUNT.findall(segments):  # a count after its bar's end
        assert float(count_x) > float(start) + float(length)


def test_close_health_levels_do_not_print_their_labels_over_each_other():
    from types import SimpleNamespace

    from groupops.core.metrics.config import Band

    day = SimpleNamespace(day=date(2026, 3, 2), speakers=9, members=10)  # 90%: the levels close
    kpis = SimpleNamespace(history=SimpleNamespace(days=[day]))
    chart = svg.activity_chart(kpis, Band(alert_below=0.10, healthy_above=0.15), "activity")
    spots = re.findall(r'<text class="tick" x="([\d.]+)" y="([\d.]+)" text-anchor="end">', chart)
    (x1, y1), (x2, y2) = ((float(x), float(y)) for x, y in spots)
    assert abs(y1 - y2) >= svg.TICK_PX or abs(x1 - x2) >= 3 * svg.TICK_PX


async def test_the_joins_and_leaves_chart_names_its_bars(harness):
    async with console_client(harness) as client:
        await sign_in(client, await link_for(harness))
        await post_form(client, "/communities", "/language", locale="zh_Hans")
        page = (await client.get("/c/club")).text
    legend = re.findall(r'<text class="tick legend"[^>]*>([^<]*)</text>', page)
    assert [name.strip(FSI + PDI) for name in legend] == ["入群", "退群或移出"]
