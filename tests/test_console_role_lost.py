"""A console session keeps no power its member lost outside the console: the settings edited
(and the console restarted) or the platform's admin list read afresh. The pages of a community
no longer held answer 403 or the sign-in page, not its members, log or settings, and a form
sent from them asks the bot for nothing."""

from __future__ import annotations

from html import unescape

import httpx
import pytest
from support.console import csrf_of, post_form, sign_in
from support.harness import BASE_SETTINGS, merge

from groupops.core.console.app import build_app
from groupops.core.console.links import BY_SETTINGS, Grant, issue_link
from groupops.core.settings import validate_settings
from groupops.core.storage.models import LoginLink, ScheduledJob

pytest.importorskip("starlette", reason="the console needs the dashboard extra")

SECRET = {"dashboard": {"secret": "the-same-secret-before-and-after-the-restart"}}
TWO = {
    **SECRET,
    "communities": {
        "club": {"roles": {"admin": ["local:user:mod"]}},
        "other": {"ruleset": "main", "chats": ["local:other"], "title": "Other Club",
                  "roles": {"admin": ["local:user:mod"]}},
    },
}  # fmt: skip


def restarted(h, settings: dict) -> httpx.AsyncClient:
    """A console started anew on the same database with `settings` (the operator edited the
    file), the browser's cookie kept."""
    app = build_app(validate_settings(merge(BASE_SETTINGS, settings), "edited"), h.database,
                    None, clock=h.clock)  # fmt: skip
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://console")


async def shell_link(h, user: str, communities: tuple[str, ...]) -> str:
    """`groupops dashboard login-link --user`: the settings' roles make the grant."""
    return await issue_link(Grant(user, user, communities, BY_SETTINGS), h.clock.now(), 10)


def without_mod(where: str) -> dict:
    edited = merge(TWO, {})
    edited["communities"][where]["roles"] = {"admin": ["local:user:boss"]}
    return edited


async def test_a_role_taken_out_of_the_settings_ends_the_session_after_a_restart(
    harness_factory,
):
    h = await harness_factory(TWO)
    ann = h.user("ann")
    await h.world.say(h.chat, ann, "hello")
    await h.settle()
    before = restarted(h, TWO)
    async with before:
        await sign_in(before, await shell_link(h, "local:user:mod", ("club", "other")))
        assert (await before.get(f"/c/club/m/{ann}")).status_code == 200
        token = csrf_of((await before.get(f"/c/club/m/{ann}")).text)
        cookies = before.cookies
    edited = without_mod("club")
    edited["communities"]["other"]["roles"] = {}
    async with restarted(h, edited) as after:
        after.cookies = cookies
        for path in (f"/c/club/m/{ann}", "/members?q=ann", "/moderation", "/settings"):
            page = await after.get(path)
            assert page.status_code == 401 and "Sign in" in page.text, path
            assert "Ann" not in page.text, path
        refused = await after.post(f"/c/club/m/{ann}/act", data={
            "csrf": token, "kind": "ban", "reason": "spam", "amount": "0"})  # fmt: skip
        assert refused.status_code in (401, 403)
    assert await ScheduledJob.filter(job="console").count() == 0
    assert await LoginLink.filter(user="local:user:mod", ended_at__not_isnull=True).count() == 1


async def test_a_community_no_longer_held_is_refused_and_the_others_stay(harness_factory):
    h = await harness_factory(TWO)
    ann = h.user("ann")
    await h.world.say(h.chat, ann, "hello")
    await h.settle()
    async with restarted(h, TWO) as before:
        await sign_in(before, await shell_link(h, "local:user:mod", ("club", "other")))
        cookies = before.cookies
    async with restarted(h, without_mod("club")) as after:
        after.cookies = cookies
        communities = unescape((await after.get("/communities")).text)
        assert "Other Club" in communities and "Test Club" not in communities
        for path in (f"/c/club/m/{ann}", "/c/club", "/moderation?community=club"):
            page = await after.get(path)
            assert page.status_code == 403, path
            assert "This is not a community you hold a role in." in unescape(page.text), path
        assert "Ann" not in (await after.get("/members?q=ann")).text
        asked = await post_form(after, "/c/other", f"/c/club/m/{ann}/act", kind="ban",
                                reason="spam", amount="0")  # fmt: skip
        assert asked.status_code == 403
        assert (await after.get("/c/other")).status_code == 200
    assert await ScheduledJob.filter(job="console").count() == 0


async def test_a_platform_admin_the_group_demoted_no_longer_reads_its_members(harness):
    h = harness
    carl, ann = h.user("carl", admin=True), h.user("ann")
    await h.world.say(h.chat, ann, "hello")
    await h.world.say(h.chat, carl, "/dashboard")
    await h.settle()
    token = h.world.private_texts(carl)[-1].split("/login/")[1].split()[0]
    app = build_app(h.settings, h.database, h.engine, clock=h.clock)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app),
                                 base_url="http://console") as client:  # fmt: skip
        await sign_in(client, token)
        assert (await client.get(f"/c/club/m/{ann}")).status_code == 200
        h.world.chats[h.chat].members[carl].status = "member"  # the group demotes him
        await h.world.say(h.chat, ann, "/admincache")  # and the bot reads the list again
        await h.settle()
        page = await client.get(f"/c/club/m/{ann}")
        assert page.status_code == 401 and "Ann" not in page.text
