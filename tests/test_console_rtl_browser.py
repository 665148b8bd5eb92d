"""The console in Arabic in a real browser (Debian's chromium through Playwright, as
tests/test_console_browser.py): no page scrolls sideways, on a desktop or a phone, the skip
link shows inside the page when focused, and every label of the charts is drawn inside its
chart. Skipped, saying why, without chromium or Playwright."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.console import link_for
from support.harness import Harness

CHROMIUM = Path("/usr/bin/chromium")
PAGES = ("communities", "members", "moderation", "campaigns", "settings", "outbox", "c/club")
WIDTHS = (1280, 390, 320)
LONG = "1000000000"  # a member whose id and page heading are long
NAMED = "عبد الرحمن بن محمد بن عبد الله الأنصاري الخزرجي المدني"
CUT = """full => [...document.querySelectorAll('#found .name')].filter(n => n.title === full)
  .map(n => n.scrollWidth > n.clientWidth && n.getClientRects().length === 1)"""
OUTSIDE = """() => [...document.querySelectorAll('svg.chart')].flatMap(chart => {
  const box = chart.getBoundingClientRect();
  return [...chart.querySelectorAll('text')].map(t => [t.textContent, t.getBoundingClientRect()])
    .filter(([, r]) => r.left < box.left - 1 || r.right > box.right + 1).map(([text]) => text);
})"""

if not CHROMIUM.exists():
    pytest.skip(f"the browser tests need Debian's chromium at {CHROMIUM}", allow_module_level=True)
playwright = pytest.importorskip(
    "playwright.async_api", reason="the browser tests need Playwright (the test extra)"
)
pytest.importorskip("starlette", reason="the console needs the dashboard extra")


async def test_arabic_pages_do_not_scroll_sideways_and_charts_keep_their_labels(sqlite_url):
    from groupops.core.console.server import ConsoleServer

    h = await Harness.open({}, sqlite_url)
    server = None
    try:
        for name in ("ann", "bob", "cid", LONG):
            await h.world.say(h.chat, h.user(name), "hello")
        named = h.world.user("abd", NAMED)  # a long name: cut with an ellipsis, whole in its title
        h.world.add_member(h.chat, named, "member")
        await h.world.say(h.chat, named, "hello")
        await h.settle()
        token = await link_for(h)
        server = ConsoleServer(h.settings, h.database, h.engine, host="127.0.0.1", port=0)
        await server.start()
        base = f"http://127.0.0.1:{server.port}"
        async with playwright.async_playwright() as driver:
            browser = await driver.chromium.launch(
                executable_path=str(CHROMIUM), args=["--no-sandbox"]
            )
            for width in WIDTHS:
                dark = width == WIDTHS[-1]  # a phone set to dark: the page is dark too
                context = await browser.new_context(
                    locale="ar",
                    viewport={"width": width, "height": 900},
                    color_scheme="dark" if dark else "light",
                )
                page = await context.new_page()
                page.set_default_timeout(15_000)
                await page.goto(f"{base}/login/{token}")
                await page.click("#signin")
                await page.wait_for_url(f"{base}/communities")
                token = await link_for(h)  # a link signs in once
                assert await page.get_attribute("html", "dir") == "rtl"
                background = await page.evaluate("getComputedStyle(document.body).backgroundColor")
                assert (background == "rgb(13, 17, 23)") is dark, background
                for path in (*PAGES, f"c/club/m/{h.user(LONG)}"):
                    await page.goto(f"{base}/{path}")
                    overflow = await page.evaluate(
                        "document.documentElement.scrollWidth - window.innerWidth"
                    )
                    assert overflow <= 0, f"/{path} scrolls {overflow}px sideways at {width}px"
                assert await page.evaluate(OUTSIDE) == []  # /c/club, the last page
                await page.goto(f"{base}/members")
                cut = await page.evaluate(CUT, NAMED)
                assert cut == [True], cut  # shown on one line, shorter than it is
                await page.goto(f"{base}/c/club")
                await page.keyboard.press("Tab")  # the skip link, shown inside the page
                skip = await page.evaluate(
                    "(() => { const r = document.activeElement.getBoundingClientRect();"
                    " return [r.left, r.right, r.width]; })()"
                )
                assert skip[0] >= 0 and skip[1] <= width and skip[2] > 20, skip
                await context.close()
            await browser.close()
    finally:
        if server is not None:
            await server.stop()
        await h.close()
