"""The console in a real browser: Debian's chromium driven by Playwright (the system
executable; Playwright's own download is not used). An admin asks for a link with /dashboard,
signs in, walks every page, pages through a member search, adjusts a member's points, undoes a
mute and starts a giveaway; the database and the chat change. Screenshots of every page are
kept in the test's tmp folder. One browser for the module; skipped, saying why, without
chromium or Playwright."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from support.harness import Harness

from groupops.core.storage.models import AuditEntry, Campaign, LedgerEntry

CHROMIUM = Path("/usr/bin/chromium")
PAGES = ("communities", "members", "moderation", "campaigns", "settings", "outbox")

if not CHROMIUM.exists():
    pytest.skip(
        f"the browser tests need Debian's chromium at {CHROMIUM} (.ci/run installs it with "
        "apt-get install chromium)",
        allow_module_level=True,
    )
playwright = pytest.importorskip(
    "playwright.async_api", reason="the browser tests need Playwright (the test extra)"
)
pytest.importorskip("starlette", reason="the console needs the dashboard extra")


async def _shot(page, folder: Path, name: str) -> None:
    await page.screenshot(path=str(folder / f"{name}.png"), full_page=True)


async def test_an_admin_signs_in_walks_every_page_and_acts(sqlite_url, tmp_path):
    from groupops.core.console.server import ConsoleServer

    shots = tmp_path / "screenshots"
    shots.mkdir()
    h = await Harness.open({"communities": {"club": {"roles": {"admin": ["local:user:boss"]}}},
                            "dashboard": {"page_size": 2}}, sqlite_url)  # fmt: skip
    server = None
    try:
        boss, ann, bob = h.user("boss", admin=True), h.user("ann"), h.user("bob")
        await h.world.say(h.chat, ann, "hello everyone")
        await h.world.say(h.chat, bob, "hi")
        others = [h.user(name) for name in ("zara", "zeno", "zoe", "zack", "zelda")]
        for person in others:
            await h.world.say(h.chat, person, "hello")
        await h.world.say(h.chat, boss, "/mute @bob")
        await h.world.say(h.chat, boss, "/dashboard")
        await h.settle()
        assert h.world.chats[h.chat].members[bob].muted
        assert h.world.texts(h.chat)[-1] == "I sent you a sign-in link privately."
        sent = h.world.private_texts(boss)[-1]
        token = re.search(r"/login/([\w-]+)", sent)
        assert token, sent
        server = ConsoleServer(h.settings, h.database, h.engine, host="127.0.0.1", port=0)
        await server.start()
        base = f"http://127.0.0.1:{server.port}"
        async with playwright.async_playwright() as driver:
            browser = await driver.chromium.launch(
                executable_path=str(CHROMIUM), args=["--no-sandbox"]
            )
            desktop = await browser.new_context(locale="en-US")
            page = await desktop.new_page()
            page.on("dialog", lambda dialog: dialog.accept())
            page.set_default_timeout(15_000)

            await page.goto(f"{base}/communities")
            assert await page.inner_text("h1") == "Sign in"
            await page.goto(f"{base}/login/{token.group(1)}")
            await page.click("#signin")
            await page.wait_for_url(f"{base}/communities")
            assert "Test Club" in await page.inner_text("main")
            assert await page.locator(".kpi").count() == 4
            await page.keyboard.press("Tab")  # the first stop is the skip link
            assert await page.evaluate("document.activeElement.textContent") == "Skip to content"
            for name in PAGES:
                await page.click(f"header nav >> text={name.capitalize()}")
                await page.wait_for_url(f"{base}/{name}*")
                await _shot(page, shots, name)
            await page.goto(f"{base}/c/club")
            assert await page.locator("svg.chart").count() >= 3
            await _shot(page, shots, "community")

            # a search with more members than a page: Next until the last page
            await page.goto(f"{base}/members")
            await page.fill("#q", "z")
            await page.keyboard.press("Enter")
            await page.wait_for_url(f"{base}/members?q=z")
            found = []
            while True:
                found += await page.locator("#found tbody td:nth-child(2)").all_inner_texts()
                if await page.locator("a[rel=next]").count() == 0:
                    break
                await page.click("a[rel=next]")
                await page.wait_for_load_state()
            assert "page 3 of 3" in await page.inner_text(".pager")
            assert page.url == f"{base}/members?q=z&page=3"
            assert sorted(found) == sorted(others)  # each once
            await _shot(page, shots, "members-last-page")

            # adjust points on the member's page, found by search
            await page.goto(f"{base}/members")
            await page.fill("#q", "ann")
            await page.keyboard.press("Enter")
            await page.click("table.list >> text=Ann")
            await page.select_option("#kind", "points")
            await page.fill("#amount", "5")
            await page.fill("#reason", "welcome pack")
            await page.click("#act")
            await page.wait_for_selector("text=Done.")
            assert await page.inner_text("#balance") == "5"
            assert "welcome pack" in await page.inner_text("#ledger")
            await _shot(page, shots, "member")
            # Back to the form: Chromium refilled it (5, "welcome pack") under a fresh one-time
            # mark, and Apply gave the points twice
            await page.go_back()
            await page.wait_for_load_state()
            assert await page.input_value("#amount") in ("", "0")
            assert await page.input_value("#reason") == ""

            # undo the mute from the moderation log
            mute = await AuditEntry.get(community="club", action="mute", target=bob)
            await page.goto(f"{base}/moderation")
            await page.click(f'button[data-entry="{mute.id}"]')
            await page.wait_for_selector("text=Done.")
            assert await page.locator(f'button[data-entry="{mute.id}"]').count() == 0
            await _shot(page, shots, "moderation-after-undo")

            # start a giveaway from the campaigns page
            await page.goto(f"{base}/campaigns")
            await page.click("#start-lottery summary")
            await page.select_option("#lottery-community", "club")
            await page.fill("#lottery-name", "spring")
            await page.fill("#lottery-prize", "A mug")
            await page.fill("#lottery-winners", "2")
            await page.fill("#lottery-ends", "2d")
            await page.click("#start-lottery-go")
            await page.wait_for_selector("text=Done.")
            assert await page.locator("#camp-club-spring").count() == 1
            await _shot(page, shots, "campaign-started")
            assert "spring" in await page.inner_text(".asked .start-started")  # what became of it

            # on a phone, in Simplified Chinese, with the same session
            phone = await browser.new_context(
                viewport={"width": 390, "height": 844}, locale="zh-CN", is_mobile=True
            )
            await phone.add_cookies(await desktop.cookies())
            small = await phone.new_page()
            await small.goto(f"{base}/communities")
            assert await small.inner_text("h1") == "社群"
            overflow = await small.evaluate(
                "document.documentElement.scrollWidth - window.innerWidth"
            )
            assert overflow <= 0, f"the page is {overflow}px wider than a phone"
            await _shot(small, shots, "phone-communities")
            # the start form (opened) and a paged search fit a phone too
            for name, path in (("campaigns", "/campaigns"), ("members", "/members?q=z")):
                await small.goto(f"{base}{path}")
                if name == "campaigns":
                    await small.click("#start-lottery summary")
                    assert await small.inner_text("#start-title") == "发起活动"
                    prize = await small.get_attribute("#lottery-prize", "placeholder")
                    assert prize == ""  # no default, no hint
                else:
                    assert "下一页" in await small.inner_text(".pager")
                overflow = await small.evaluate(
                    "document.documentElement.scrollWidth - window.innerWidth"
                )
                assert overflow <= 0, f"{path} is {overflow}px wider than a phone"
                await _shot(small, shots, f"phone-{name}")
            await browser.close()
        await h.settle()
        assert await h.balance(ann) == 5
        assert await LedgerEntry.filter(member=ann, reason="give").count() == 1
        assert h.world.private_texts(ann)[-1] == (
            "An admin changed your points by +5 (welcome pack)."
        )
        assert not h.world.chats[h.chat].members[bob].muted
        assert (await AuditEntry.get(id=mute.id)).undone_at is not None
        spring = await Campaign.get(community="club", name="spring")
        assert (spring.kind, spring.status, spring.created_by) == ("lottery", "active", boss)
        announced = [t for t in h.world.texts(h.chat) if t.startswith("Giveaway spring: A mug")]
        assert len(announced) == 1 and "2 winners" in announced[0]
        started = await AuditEntry.get(community="club", action="campaign.new")
        assert started.actor == boss and started.evidence.startswith("new lottery spring")
        assert sorted(p.stem for p in shots.iterdir()) == sorted(
            [
                *PAGES,
                "community",
                "members-last-page",
                "member",
                "moderation-after-undo",
                "campaign-started",
                "phone-communities",
                "phone-campaigns",
                "phone-members",
            ]
        )
    finally:
        if server is not None:
            await server.stop()
        await h.close()
        if shutil.which("true"):  # where the screenshots are, for whoever reads the log
            print(f"console screenshots: {shots}")


async def test_a_muted_member_with_an_override_in_their_name_as_the_browser_shows_them(
    sqlite_url, tmp_path
):
    """What Chromium renders for a member named Eve<U+202E>gnp.exe muted by /mute: their
    name as written (not turned into Eve…exe.png) and their status muted, not in the group."""
    from support.console import link_for

    from groupops.core.console.server import ConsoleServer

    h = await Harness.open({"communities": {"club": {"roles": {"admin": ["local:user:boss"]}}}},
                           sqlite_url)  # fmt: skip
    server = None
    try:
        boss = h.user("boss", admin=True)
        eve = h.world.user("eve", "Eve\u202egnp.exe")
        h.world.add_member(h.chat, eve, "member")
        await h.world.say(h.chat, eve, "hello")
        await h.world.say(h.chat, boss, "/mute @eve")
        await h.settle()
        token = await link_for(h, boss)
        server = ConsoleServer(h.settings, h.database, h.engine, host="127.0.0.1", port=0)
        await server.start()
        base = f"http://127.0.0.1:{server.port}"
        async with playwright.async_playwright() as driver:
            browser = await driver.chromium.launch(
                executable_path=str(CHROMIUM), args=["--no-sandbox"]
            )
            page = await (await browser.new_context(locale="en-US")).new_page()
            page.set_default_timeout(15_000)
            await page.goto(f"{base}/login/{token}")
            await page.click("#signin")
            await page.wait_for_url(f"{base}/communities")
            await page.goto(f"{base}/c/club/m/{eve}")
            assert await page.inner_text("h1") == "Evegnp.exe"
            assert await page.inner_text("#status") == "muted until an admin lifts it"
            await page.goto(f"{base}/members?q=eve")
            row = await page.inner_text("#found tbody tr")
            assert "Evegnp.exe" in row and "muted until an admin lifts it" in row
            await _shot(page, tmp_path, "muted_member")
            await browser.close()
    finally:
        if server is not None:
            await server.stop()
        await h.close()
