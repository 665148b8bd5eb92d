"""Members' own words in a real browser: names and messages written to run a script (a
closed `</script>`, an `<img onerror>`, an `<svg onload>`), to turn a line round (a bidi
override) or to fill the screen (10,000 characters) are shown as text on every page, in the
log's evidence and in the review queue; nothing they hold runs, no dialog opens, and the
console's own script and stylesheet load under its Content-Security-Policy, which keeps a
script slipped into a page from running. Debian's chromium through Playwright, as
test_console_browser.py; skipped, saying why, without them."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.harness import Harness

CHROMIUM = Path("/usr/bin/chromium")
if not CHROMIUM.exists():
    pytest.skip(f"the browser tests need Debian's chromium at {CHROMIUM}", allow_module_level=True)
playwright = pytest.importorskip(
    "playwright.async_api", reason="the browser tests need Playwright (the test extra)"
)
pytest.importorskip("starlette", reason="the console needs the dashboard extra")

RAN = "window.ran=(window.ran||[]).concat"
HOSTILE = {
    "img": f'"><img src=x onerror="{RAN}(1)">',
    "script": f"</script><script>{RAN}(2)</script>",
    "svg": f"<svg onload={RAN}(3)>",
    "link": f"javascript:{RAN}(4)",
    "bidi": "Eve\u202egnp.exe",
    "long": "Maximilian" * 1000,
}
SETTINGS = {
    "communities": {"club": {"roles": {"admin": ["local:user:boss"]}}},
    "rulesets": {"main": {"moderation": {"blocklist": {"words": ["spamword"]}}}},
}


async def test_members_words_run_nothing_on_any_page(sqlite_url):
    from groupops.core.console.links import EVERY, Grant, issue_link
    from groupops.core.console.server import ConsoleServer

    h = await Harness.open(SETTINGS, sqlite_url)
    server = None
    try:
        boss = h.user("boss", admin=True)
        members = {}
        for key, shown in HOSTILE.items():
            members[key] = h.world.user(key, shown)
            h.world.add_member(h.chat, members[key], "member")
            await h.world.say(h.chat, members[key], f"hello {HOSTILE['img']}")
            await h.world.say(h.chat, members[key], f"spamword {HOSTILE['script']}")
        await h.world.say(h.chat, boss, f"/warn @img {HOSTILE['svg']}")
        await h.settle()
        token = await issue_link(Grant("", "", (EVERY,)), h.clock.now(), 10)
        server = ConsoleServer(h.settings, h.database, h.engine, host="127.0.0.1", port=0)
        await server.start()
        base = f"http://127.0.0.1:{server.port}"
        pages = ["/communities", "/c/club", "/members?q=", "/moderation", "/campaigns",
                 "/settings", "/outbox", *(f"/c/club/m/{m}" for m in members.values())]  # fmt: skip
        async with playwright.async_playwright() as driver:
            browser = await driver.chromium.launch(
                executable_path=str(CHROMIUM), args=["--no-sandbox"]
            )
            page = await (await browser.new_context(locale="en-US")).new_page()
            page.set_default_timeout(15_000)
            dialogs: list[str] = []
            errors: list[str] = []
            page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
            page.on("console", lambda message: errors.append(message.text))
            page.on("pageerror", lambda error: errors.append(str(error)))
            await page.goto(f"{base}/login/{token}")
            await page.click("#signin")
            await page.wait_for_url(f"{base}/communities")
            for path in pages:
                answer = await page.goto(base + path)
                assert answer is not None and answer.status == 200, path
                assert await page.evaluate("window.ran") is None, path
                # the console's own script ran: the language picker's button is hidden
                assert await page.locator("form .js-hide").first.is_hidden(), path
            moderation = await (await page.goto(f"{base}/moderation")).text()
            assert "&lt;/script&gt;&lt;script&gt;" in moderation  # the evidence, as text
            await page.goto(f"{base}/members?q=")
            shown = await page.locator("#found tbody").inner_text()
            assert "Evegnp.exe" in shown and HOSTILE["img"] in shown
            # a script slipped into the page (as an escaping mistake would) does not run
            ran = await page.evaluate(
                """() => {
                    const script = document.createElement("script");
                    script.textContent = "window.ran = ['inline']";
                    document.body.append(script);  // an inline script runs as it is added
                    return window.ran ?? null;
                }"""
            )
            assert ran is None
            await browser.close()
        assert dialogs == []
        assert [e for e in errors if "Content Security Policy" in e] == [
            e for e in errors if "inline script" in e
        ]
    finally:
        if server is not None:
            await server.stop()
        await h.close()
