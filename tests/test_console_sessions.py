"""A console session ends on the server when it is signed out: a copy of the cookie (another
browser, a stolen one) is then the sign-in page, and `groupops dashboard sign-out` ends
sessions from the shell. A form refused on a member's page leads back there, and a form for
someone who is not a member adds no one."""

from __future__ import annotations

from html import unescape

import httpx
import pytest
from support.cli import groupops
from support.console import console_client, csrf_of, link_for, post_form, sign_in

from groupops.core.console.app import build_app
from groupops.core.storage.models import AuditEntry, LoginLink, Member, ScheduledJob

pytest.importorskip("starlette", reason="the console needs the dashboard extra")


def two_browsers(h) -> tuple[httpx.AsyncClient, httpx.AsyncClient]:
    """Two browsers on one console (one signing secret)."""
    app = build_app(h.settings, h.database, h.engine, clock=h.clock)
    return tuple(  # type: ignore[return-value]
        httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://console")
        for _ in range(2)
    )


async def test_a_copied_cookie_stops_working_once_its_session_signs_out(harness):
    browser, thief = two_browsers(harness)
    async with browser, thief:
        await sign_in(browser, await link_for(harness))
        for cookie in browser.cookies.jar:  # the same cookie, as a copy of the browser's
            thief.cookies.jar.set_cookie(cookie)
        assert "Test Club" in (await thief.get("/communities")).text
        signed_out = await post_form(browser, "/communities", "/logout")
        assert signed_out.headers["location"] == "/signin"
        copied = await thief.get("/communities")
        assert copied.status_code == 401 and "groupops dashboard login-link" in copied.text
        refused = await thief.post("/c/club/m/local:user:ann/act", data={"kind": "ban"})
        assert refused.status_code in (401, 403)
    assert await ScheduledJob.filter(job="console").count() == 0


async def test_signing_out_one_session_leaves_the_others(harness):
    phone, laptop = two_browsers(harness)
    async with phone, laptop:
        await sign_in(phone, await link_for(harness))
        await sign_in(laptop, await link_for(harness))
        await post_form(phone, "/communities", "/logout")
        assert (await phone.get("/communities")).status_code == 401
        assert (await laptop.get("/communities")).status_code == 200


async def test_sign_out_from_the_shell_ends_a_members_sessions_and_says_how_many(tmp_path):
    (tmp_path / "settings.toml").write_text(
        '[default.rulesets.main]\ntimezone = "UTC"\n'
        '[default.communities.club]\nruleset = "main"\nchats = ["local:main"]\n'
        '[default.communities.club.roles]\nadmin = ["local:user:boss", "local:user:eve"]\n',
        encoding="utf-8",
    )
    for user in ("local:user:boss", "local:user:eve", "local:user:eve"):
        made = await groupops("dashboard", "login-link", "--user", user, cwd=tmp_path)
        assert made.code == 0, made.text
    # a link never used opens no session: nothing to end
    ended = await groupops("dashboard", "sign-out", "--user", "local:user:eve", cwd=tmp_path)
    assert ended.code == 0, ended.text
    assert ended.out == "0 sessions of local:user:eve ended\n"


async def test_the_shells_sign_out_ends_a_signed_in_session(harness):
    from groupops.core.console.links import end_sessions

    harness.user("boss", admin=True), harness.user("eve", admin=True)
    boss, eve = two_browsers(harness)
    async with boss, eve:
        await sign_in(boss, await link_for(harness, "local:user:boss", ("club",)))
        await sign_in(eve, await link_for(harness, "local:user:eve", ("club",)))
        assert await end_sessions(harness.clock.now(), user="local:user:eve") == 1
        assert (await eve.get("/communities")).status_code == 401
        assert (await boss.get("/communities")).status_code == 200
    assert await LoginLink.filter(ended_at__not_isnull=True).count() == 1


async def _ann_has_spoken(h) -> str:
    ann = h.user("ann")
    await h.world.say(h.chat, ann, "hello")
    await h.settle()
    return ann


async def test_acting_on_someone_who_is_not_a_member_adds_no_one(harness):
    h = harness
    ann = await _ann_has_spoken(h)
    async with console_client(h) as client:
        await sign_in(client, await link_for(h))
        page = f"/c/club/m/{ann}"
        ghost = "/c/club/m/local:user:99999/act"
        refused = await post_form(client, page, ghost, kind="points", amount="50", reason="x")
        assert refused.status_code == 404
        assert "No such member in this community." in unescape(refused.text)
    assert not await Member.exists(key="local:user:99999")
    assert await ScheduledJob.filter(job="console").count() == 0
    assert not await AuditEntry.exists(target="local:user:99999")


async def test_a_refused_form_leads_back_to_the_members_page(harness):
    h = harness
    ann = await _ann_has_spoken(h)
    async with console_client(h) as client:
        await sign_in(client, await link_for(h))
        page = f"/c/club/m/{ann}"
        token_page = await client.get(page)
        refused = await client.post(
            f"{page}/act",
            data={"csrf": csrf_of(token_page.text), "kind": "points", "amount": "x"},
            headers={"referer": f"http://console{page}"},
        )
        assert refused.status_code == 400
        assert f'<a href="http://console{page}">Back to the page</a>' in refused.text


async def test_a_session_used_all_along_still_ends_its_hours_after_the_sign_in(harness):
    """The cookie is signed anew with every page, so its own expiry moved on while it was
    used: a copy used every hour lived for ever."""
    hours = harness.settings.dashboard.session_hours
    async with console_client(harness) as client:
        await sign_in(client, await link_for(harness))
        for _ in range(hours - 1):
            harness.clock.advance(hours=1)
            assert (await client.get("/communities")).status_code == 200
        harness.clock.advance(hours=1, minutes=1)
        page = await client.get("/communities")
        assert page.status_code == 401 and "groupops dashboard login-link" in page.text
