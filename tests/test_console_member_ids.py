"""A member's id is the platform's, not the console's: one holding a `?`, a `#`, a `%` or a
`/..` (a Matrix id may hold a `/`) is still a link to their own page, and the form there
acts on them, not on a page the id walks to."""

from __future__ import annotations

import re
from html import unescape

import pytest
from support.console import console_client, link_for, sign_in

pytest.importorskip("starlette", reason="the console needs the dashboard extra")

IDS = {"ann?page=2#top": "Ann", "eve/../../../outbox": "Eve", "max%3F": "Max"}


async def test_odd_ids_lead_to_their_members_page_and_its_form_acts_on_them(harness):
    h = harness
    members = {}
    for local_id, name in IDS.items():
        members[name] = h.world.user(local_id, name)
        h.world.add_member(h.chat, members[name], "member")
        await h.world.say(h.chat, members[name], "hello")
    await h.settle()
    async with console_client(h) as client:
        await sign_in(client, await link_for(h))
        listed = unescape((await client.get("/members?q=")).text)
        for name, member in members.items():
            href = re.search(rf'<a href="([^"]+)"><bdi class="name" title="{name}"', listed)
            assert href, name
            page = await client.get(href.group(1))
            assert page.status_code == 200, (name, href.group(1))
            assert f"<h1>{name}</h1>" in page.text
            action = unescape(re.search(r'<form method="post" autocomplete="off" action="([^"]+)" '
                                        r'class="act"', page.text).group(1))  # fmt: skip
            token = re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)
            sent = await client.post(action, data={
                "csrf": token, "kind": "points", "amount": "7", "reason": "thanks"})  # fmt: skip
            assert sent.status_code == 303, (name, action)
            await h.settle()
            assert await h.balance(member) == 7, name
            back = await client.get(sent.headers["location"])
            assert f"<h1>{name}</h1>" in back.text
