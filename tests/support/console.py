"""The console over a harness: an HTTP client on the ASGI app (same event loop, real
sessions and forms) and helpers to sign in with a link and post a form with its token."""

from __future__ import annotations

import re

import httpx

from groupops.core.console.app import build_app
from groupops.core.console.links import EVERY, Grant, issue_link

CSRF = re.compile(r'name="csrf" value="([^"]+)"')


def console_client(h, engine: bool = True) -> httpx.AsyncClient:
    app = build_app(h.settings, h.database, h.engine if engine else None, clock=h.clock)
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://console")


async def link_for(h, user: str = "", communities: tuple[str, ...] = (EVERY,)) -> str:
    return await issue_link(Grant(user, user, communities), h.clock.now(), 10)


def csrf_of(html: str) -> str:
    found = CSRF.search(html)
    assert found, "the page carries no form token"
    return found.group(1)


async def sign_in(client: httpx.AsyncClient, token: str) -> httpx.Response:
    page = await client.get(f"/login/{token}")
    if page.status_code != 200:
        return page
    return await client.post(f"/login/{token}", data={"csrf": csrf_of(page.text)})


async def post_form(client: httpx.AsyncClient, page: str, action: str, **fields) -> httpx.Response:
    """Fetch `page` for its token, then post `fields` to `action` as its form would."""
    token = csrf_of((await client.get(page)).text)
    return await client.post(action, data={"csrf": token, **fields})


async def a_member_who_spoke(h, name: str = "ann") -> tuple[str, str]:
    """A member who has said hello in the group, and their page in the console."""
    member = h.user(name)
    await h.world.say(h.chat, member, "hello")
    await h.settle()
    return member, f"/c/club/m/{member}"
